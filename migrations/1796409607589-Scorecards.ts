import { MigrationInterface, QueryRunner } from 'typeorm';

export class Scorecards1796409607589 implements MigrationInterface {
  name = 'Scorecards1796409607589';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "scorecard_snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "seq" integer NOT NULL, "current" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "as_of" date NOT NULL, "methodology_version" text NOT NULL, "engine_version" text NOT NULL, "inputs" jsonb NOT NULL, "inputs_hash" text NOT NULL, "record_hash" text NOT NULL, "result" jsonb NOT NULL, "status" text NOT NULL, "overall" double precision, "grade" text, "exposure" double precision, "responsiveness" double precision, "range_low" double precision, "range_high" double precision, "silence_since" date, "categories" text array NOT NULL DEFAULT '{}', "change" jsonb, "reason" text NOT NULL, "provisional_until" TIMESTAMP WITH TIME ZONE, "notice_letter_id" uuid, CONSTRAINT "scorecard_snapshot_company_seq" UNIQUE ("company_id", "seq"), CONSTRAINT "scorecard_snapshot_reason" CHECK ("reason" IN ('record','day','method','start')), CONSTRAINT "scorecard_snapshot_status" CHECK ("status" IN ('scored','unverified','not_scored')), CONSTRAINT "PK_d897b7222e01625149ed3cf904f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5b33707d9753ba8517b261ce98" ON "scorecard_snapshot"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_aa7f4d8173d87278df4cac0719" ON "scorecard_snapshot"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_273ce3eec59290864335b3fbe9" ON "scorecard_snapshot"  ("grade") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "scorecard_snapshot_current" ON "scorecard_snapshot"  ("company_id") WHERE "current"`,
    );
    await queryRunner.query(
      `CREATE TABLE "scorecard_methodology" ("version" text NOT NULL, "yaml" text NOT NULL, "sha256" text NOT NULL, "origin" text NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by_label" text NOT NULL, CONSTRAINT "scorecard_methodology_origin" CHECK ("origin" IN ('file','console')), CONSTRAINT "PK_2661d7fc53bf12f274d8358e068" PRIMARY KEY ("version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "scorecard_dirty" ("company_id" uuid NOT NULL, "reason" text NOT NULL, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "run_id" uuid, CONSTRAINT "PK_02c7627b0775f6f0003b8efbb60" PRIMARY KEY ("company_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e10bba7a3bcb0184bf5f3ede56" ON "scorecard_dirty"  ("marked_at") `);
    await queryRunner.query(
      `CREATE TABLE "scorecard_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "methodology_version" text NOT NULL, "total" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "requested_by_label" text NOT NULL, CONSTRAINT "PK_f33b39df158175c33f7302a00b5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "scorecard_day" ("day" date NOT NULL, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6731aa5e539d5fbd56986c39a03" PRIMARY KEY ("day"))`,
    );
    await queryRunner.query(`ALTER TABLE "outreach_letter" ADD "appendix" text`);
    await queryRunner.query(
      `ALTER TABLE "scorecard_snapshot" ADD CONSTRAINT "FK_c01708bcb6714dbfec5b1ab84fd" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scorecard_snapshot" DROP CONSTRAINT "FK_c01708bcb6714dbfec5b1ab84fd"`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" DROP COLUMN "appendix"`);
    await queryRunner.query(`DROP TABLE "scorecard_day"`);
    await queryRunner.query(`DROP TABLE "scorecard_run"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e10bba7a3bcb0184bf5f3ede56"`);
    await queryRunner.query(`DROP TABLE "scorecard_dirty"`);
    await queryRunner.query(`DROP TABLE "scorecard_methodology"`);
    await queryRunner.query(`DROP INDEX "public"."scorecard_snapshot_current"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_273ce3eec59290864335b3fbe9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa7f4d8173d87278df4cac0719"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5b33707d9753ba8517b261ce98"`);
    await queryRunner.query(`DROP TABLE "scorecard_snapshot"`);
  }
}
