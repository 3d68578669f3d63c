import { MigrationInterface, QueryRunner } from 'typeorm';

export class Campaigns1796589768409 implements MigrationInterface {
  name = 'Campaigns1796589768409';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cache_version" ("scope" text NOT NULL, "version" bigint NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e4a000b586d0eee1af043c48a53" PRIMARY KEY ("scope"))`,
    );
    await queryRunner.query(
      `INSERT INTO "cache_version" ("scope", "version", "changed_at") VALUES ('record', 1, now()), ('campaigns', 1, now())`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "ask" text NOT NULL, "why" text NOT NULL, "goal" integer NOT NULL, "status" text NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "won_response_id" uuid, "demo" boolean NOT NULL DEFAULT false, "updated_by_label" text NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaign_dates" CHECK ("closes_at" IS NULL OR "opens_at" IS NULL OR "closes_at" > "opens_at"), CONSTRAINT "campaign_won" CHECK (("status" = 'won') = ("won_response_id" IS NOT NULL)), CONSTRAINT "campaign_goal" CHECK ("goal" > 0), CONSTRAINT "campaign_status" CHECK ("status" IN ('draft','open','closed','won')), CONSTRAINT "campaign_kind" CHECK ("kind" IN ('petition','letter')), CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ee60fb10f0a4594d3ecb1b580f" ON "campaign"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "campaign_target" ("campaign_id" uuid NOT NULL, "company_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_c7f8b664ee7eba6bef7c31e85e2" PRIMARY KEY ("campaign_id", "company_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_37c76d25d6ed54a4d918118a0b" ON "campaign_target"  ("company_id") `);
    await queryRunner.query(
      `CREATE TABLE "campaign_evidence" ("campaign_id" uuid NOT NULL, "evidence_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_0e63b7e92b2a44abebdd66ff208" PRIMARY KEY ("campaign_id", "evidence_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_53ff8fcf61b0c2563675e0bacd" ON "campaign_evidence"  ("evidence_id") `);
    await queryRunner.query(
      `CREATE TABLE "campaign_milestone" ("campaign_id" uuid NOT NULL, "count" integer NOT NULL, "reached_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "campaign_milestone_count" CHECK ("count" > 0), CONSTRAINT "PK_57fc1a4987354e5537cd13ff43b" PRIMARY KEY ("campaign_id", "count"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "signature" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "email_hash" text NOT NULL, "email" text, "email_domain" text, "name" text, "country" character(2) NOT NULL, "show_name" boolean NOT NULL, "updates" boolean NOT NULL, "comment" text, "locale" text NOT NULL, "status" text NOT NULL, "flag" text, "cleared_at" TIMESTAMP WITH TIME ZONE, "ip_hash" text, "tallied" boolean NOT NULL DEFAULT false, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "invalidated_at" TIMESTAMP WITH TIME ZONE, "erased_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "signature_erased" CHECK ("erased_at" IS NULL OR ("email" IS NULL AND "name" IS NULL AND "comment" IS NULL)), CONSTRAINT "signature_country" CHECK ("country" ~ '^[A-Z]{2}$'), CONSTRAINT "signature_confirmed" CHECK ("status" <> 'confirmed' OR "confirmed_at" IS NOT NULL), CONSTRAINT "signature_flag" CHECK ("flag" IS NULL OR "flag" IN ('rate_limit','honeypot')), CONSTRAINT "signature_status" CHECK ("status" IN ('pending','confirmed','invalidated')), CONSTRAINT "PK_8e62734171afc1d7c9570be27fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a89d4b9f584c0f0e0339ec8902" ON "signature"  ("email_hash") `);
    await queryRunner.query(
      `CREATE INDEX "signature_untallied" ON "signature"  ("campaign_id") WHERE "tallied" <> ("status" = 'confirmed' AND ("flag" IS NULL OR "cleared_at" IS NOT NULL))`,
    );
    await queryRunner.query(`CREATE INDEX "signature_by_created" ON "signature"  ("campaign_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "signature_by_ip" ON "signature"  ("campaign_id", "ip_hash", "created_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "signature_one_per_person" ON "signature"  ("campaign_id", "email_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_tally" ("campaign_id" uuid NOT NULL, "country" character(2) NOT NULL, "signatures" integer NOT NULL, CONSTRAINT "PK_6301a8888806259dfa4dd59fd94" PRIMARY KEY ("campaign_id", "country"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_count" ("campaign_id" uuid NOT NULL, "signatures" integer NOT NULL, "counted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_cf11f660eea09e88bd57a191bdb" PRIMARY KEY ("campaign_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign" ADD CONSTRAINT "FK_cc24a23ad3a8368616cef6d7b5c" FOREIGN KEY ("won_response_id") REFERENCES "outreach_response"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_target" ADD CONSTRAINT "FK_81c31562368ee5ca3ca8b0f95a0" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_target" ADD CONSTRAINT "FK_37c76d25d6ed54a4d918118a0b2" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_evidence" ADD CONSTRAINT "FK_d4811ce935a482726a98943db85" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_evidence" ADD CONSTRAINT "FK_53ff8fcf61b0c2563675e0bacd2" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_milestone" ADD CONSTRAINT "FK_48721b3b787ec0933221886c80a" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "signature" ADD CONSTRAINT "FK_5e2af8f36e168fce7ae63b2d65d" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_tally" ADD CONSTRAINT "FK_c21557493d4e8793c6bf7b84574" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_count" ADD CONSTRAINT "FK_cf11f660eea09e88bd57a191bdb" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_count" DROP CONSTRAINT "FK_cf11f660eea09e88bd57a191bdb"`);
    await queryRunner.query(`ALTER TABLE "campaign_tally" DROP CONSTRAINT "FK_c21557493d4e8793c6bf7b84574"`);
    await queryRunner.query(`ALTER TABLE "signature" DROP CONSTRAINT "FK_5e2af8f36e168fce7ae63b2d65d"`);
    await queryRunner.query(`ALTER TABLE "campaign_milestone" DROP CONSTRAINT "FK_48721b3b787ec0933221886c80a"`);
    await queryRunner.query(`ALTER TABLE "campaign_evidence" DROP CONSTRAINT "FK_53ff8fcf61b0c2563675e0bacd2"`);
    await queryRunner.query(`ALTER TABLE "campaign_evidence" DROP CONSTRAINT "FK_d4811ce935a482726a98943db85"`);
    await queryRunner.query(`ALTER TABLE "campaign_target" DROP CONSTRAINT "FK_37c76d25d6ed54a4d918118a0b2"`);
    await queryRunner.query(`ALTER TABLE "campaign_target" DROP CONSTRAINT "FK_81c31562368ee5ca3ca8b0f95a0"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "FK_cc24a23ad3a8368616cef6d7b5c"`);
    await queryRunner.query(`DROP TABLE "campaign_count"`);
    await queryRunner.query(`DROP TABLE "campaign_tally"`);
    await queryRunner.query(`DROP INDEX "public"."signature_one_per_person"`);
    await queryRunner.query(`DROP INDEX "public"."signature_by_ip"`);
    await queryRunner.query(`DROP INDEX "public"."signature_by_created"`);
    await queryRunner.query(`DROP INDEX "public"."signature_untallied"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a89d4b9f584c0f0e0339ec8902"`);
    await queryRunner.query(`DROP TABLE "signature"`);
    await queryRunner.query(`DROP TABLE "campaign_milestone"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_53ff8fcf61b0c2563675e0bacd"`);
    await queryRunner.query(`DROP TABLE "campaign_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_37c76d25d6ed54a4d918118a0b"`);
    await queryRunner.query(`DROP TABLE "campaign_target"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ee60fb10f0a4594d3ecb1b580f"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
    await queryRunner.query(`DROP TABLE "cache_version"`);
  }
}
