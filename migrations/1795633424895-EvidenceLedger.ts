import { MigrationInterface, QueryRunner } from "typeorm";

/** The evidence ledger: evidence with its chain, sources, corrections and review notes; procurement records. */

export class EvidenceLedger1795633424895 implements MigrationInterface {
    name = 'EvidenceLedger1795633424895'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "category" text NOT NULL, "status" text NOT NULL, "confidence" text NOT NULL, "polarity" text NOT NULL, "products" text array NOT NULL DEFAULT '{}', "state_body_id" uuid, "period_start" date, "period_end" date, "value_minor" bigint, "currency" character(3), "summary" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "author_id" uuid, "author_label" text NOT NULL, "updated_by_label" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "publisher_id" uuid, "publisher_label" text, "status_reason" text, "status_changed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evidence_harm_end_user" CHECK ("polarity" = 'positive' OR "state_body_id" IS NOT NULL), CONSTRAINT "evidence_value" CHECK (("value_minor" IS NULL) = ("currency" IS NULL) AND ("value_minor" IS NULL OR "value_minor" >= 0)), CONSTRAINT "evidence_period" CHECK ("period_end" IS NULL OR "period_start" IS NULL OR "period_end" >= "period_start"), CONSTRAINT "evidence_polarity" CHECK ("polarity" IN ('harm','positive')), CONSTRAINT "evidence_confidence" CHECK ("confidence" IN ('confirmed','corroborated','single_source','plausible')), CONSTRAINT "evidence_status" CHECK ("status" IN ('draft','in_review','published','disputed','retracted')), CONSTRAINT "evidence_category" CHECK ("category" IN ('censorship','surveillance','internet_shutdown','facial_recognition','data_infrastructure','crowd_control','financial_services','other')), CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_62edeffdc28afefd3b71a2d46c" ON "evidence"  ("category") `);
        await queryRunner.query(`CREATE INDEX "IDX_f6806c3ef39cf8bf4871cf66e6" ON "evidence"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_612f53b0b375a0760870aedf3e" ON "evidence"  ("state_body_id") `);
        await queryRunner.query(`CREATE TABLE "evidence_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_id" uuid NOT NULL, "position" integer NOT NULL, "company_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "evidence_link_company" UNIQUE ("evidence_id", "company_id"), CONSTRAINT "evidence_link_position" UNIQUE ("evidence_id", "position"), CONSTRAINT "evidence_link_position_range" CHECK ("position" >= 0), CONSTRAINT "evidence_link_role" CHECK ("role" IN ('manufacturer','vendor','distributor','reseller','integrator','operator')), CONSTRAINT "PK_2ba79badd83902cc99f713f1d33" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e8c1e938aa49836e1c62bd517c" ON "evidence_link"  ("company_id") `);
        await queryRunner.query(`CREATE TABLE "evidence_source" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_id" uuid NOT NULL, "position" integer NOT NULL, "url" text NOT NULL, "publisher" text, "title" text, "published_on" date, "archived_url" text, "kind" text NOT NULL, "excerpt" text NOT NULL DEFAULT '', CONSTRAINT "evidence_source_position" UNIQUE ("evidence_id", "position"), CONSTRAINT "evidence_source_kind" CHECK ("kind" IN ('investigation','procurement_record','company_statement','press_report','court_record','leak','other')), CONSTRAINT "PK_cf7d3bc903383146f59f3cd15cd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_fe93b8f4edf6dad051a79e065a" ON "evidence_source"  ("url") `);
        await queryRunner.query(`CREATE TABLE "evidence_correction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_id" uuid NOT NULL, "kind" text NOT NULL, "reason" text NOT NULL, "changes" jsonb NOT NULL DEFAULT '[]', "actor_label" text NOT NULL, "made_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version_after" integer NOT NULL, CONSTRAINT "evidence_correction_kind" CHECK ("kind" IN ('correction','dispute','dispute_resolved','retraction')), CONSTRAINT "PK_c752b19aea513e9d36e077cb0cc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_4212c4fa30305752f88a51adec" ON "evidence_correction"  ("evidence_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_697710b61eeab5c558f05f288d" ON "evidence_correction"  ("made_at") `);
        await queryRunner.query(`CREATE TABLE "evidence_review_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_id" uuid NOT NULL, "action" text NOT NULL, "comment" text NOT NULL DEFAULT '', "actor_label" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL, CONSTRAINT "evidence_review_note_action" CHECK ("action" IN ('submitted','returned','published')), CONSTRAINT "PK_63111e794fd9af1305491dcd9af" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_dca33de441c801f1a26ed1cc9b" ON "evidence_review_note"  ("evidence_id") `);
        await queryRunner.query(`CREATE TABLE "procurement_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "ocid" text, "title" text NOT NULL, "buyer_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "brand_id" uuid, "items" jsonb NOT NULL DEFAULT '[]', "value_minor" bigint, "currency" character(3), "awarded_on" date NOT NULL, "url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "procurement_value" CHECK (("value_minor" IS NULL) = ("currency" IS NULL) AND ("value_minor" IS NULL OR "value_minor" >= 0)), CONSTRAINT "PK_72a27aed2752cb58892b0fd5b04" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3bbd2e38ff2df4978ed7ac4d25" ON "procurement_record"  ("reference") `);
        await queryRunner.query(`CREATE INDEX "IDX_e1d42a6b70887d0bdc3c15666d" ON "procurement_record"  ("buyer_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_63cceb5ca6e547e3f1684910ce" ON "procurement_record"  ("supplier_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_6e23df2e3f270486cd425fc00e" ON "procurement_record"  ("brand_id") `);
        await queryRunner.query(`CREATE TABLE "evidence_procurement_record" ("procurement_record_id" uuid NOT NULL, "evidence_id" uuid NOT NULL, CONSTRAINT "PK_7fe0b486de045190d73946ec05f" PRIMARY KEY ("procurement_record_id", "evidence_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2344ab05e41b88d95acc9282c0" ON "evidence_procurement_record"  ("procurement_record_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_091400e851f72f73594f513473" ON "evidence_procurement_record"  ("evidence_id") `);
        await queryRunner.query(`ALTER TABLE "evidence" ADD CONSTRAINT "FK_612f53b0b375a0760870aedf3ef" FOREIGN KEY ("state_body_id") REFERENCES "state_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "evidence_link" ADD CONSTRAINT "FK_ab34f02d34aa19ff9982be88411" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "evidence_link" ADD CONSTRAINT "FK_e8c1e938aa49836e1c62bd517cc" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "evidence_source" ADD CONSTRAINT "FK_df16502322da18518ab7add97ce" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "evidence_correction" ADD CONSTRAINT "FK_4212c4fa30305752f88a51adec4" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "evidence_review_note" ADD CONSTRAINT "FK_dca33de441c801f1a26ed1cc9b2" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "procurement_record" ADD CONSTRAINT "FK_e1d42a6b70887d0bdc3c15666d5" FOREIGN KEY ("buyer_id") REFERENCES "state_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "procurement_record" ADD CONSTRAINT "FK_63cceb5ca6e547e3f1684910cec" FOREIGN KEY ("supplier_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "procurement_record" ADD CONSTRAINT "FK_6e23df2e3f270486cd425fc00e9" FOREIGN KEY ("brand_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "evidence_procurement_record" ADD CONSTRAINT "FK_2344ab05e41b88d95acc9282c06" FOREIGN KEY ("procurement_record_id") REFERENCES "procurement_record"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "evidence_procurement_record" ADD CONSTRAINT "FK_091400e851f72f73594f5134739" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "evidence_procurement_record" DROP CONSTRAINT "FK_091400e851f72f73594f5134739"`);
        await queryRunner.query(`ALTER TABLE "evidence_procurement_record" DROP CONSTRAINT "FK_2344ab05e41b88d95acc9282c06"`);
        await queryRunner.query(`ALTER TABLE "procurement_record" DROP CONSTRAINT "FK_6e23df2e3f270486cd425fc00e9"`);
        await queryRunner.query(`ALTER TABLE "procurement_record" DROP CONSTRAINT "FK_63cceb5ca6e547e3f1684910cec"`);
        await queryRunner.query(`ALTER TABLE "procurement_record" DROP CONSTRAINT "FK_e1d42a6b70887d0bdc3c15666d5"`);
        await queryRunner.query(`ALTER TABLE "evidence_review_note" DROP CONSTRAINT "FK_dca33de441c801f1a26ed1cc9b2"`);
        await queryRunner.query(`ALTER TABLE "evidence_correction" DROP CONSTRAINT "FK_4212c4fa30305752f88a51adec4"`);
        await queryRunner.query(`ALTER TABLE "evidence_source" DROP CONSTRAINT "FK_df16502322da18518ab7add97ce"`);
        await queryRunner.query(`ALTER TABLE "evidence_link" DROP CONSTRAINT "FK_e8c1e938aa49836e1c62bd517cc"`);
        await queryRunner.query(`ALTER TABLE "evidence_link" DROP CONSTRAINT "FK_ab34f02d34aa19ff9982be88411"`);
        await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "FK_612f53b0b375a0760870aedf3ef"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_091400e851f72f73594f513473"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2344ab05e41b88d95acc9282c0"`);
        await queryRunner.query(`DROP TABLE "evidence_procurement_record"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6e23df2e3f270486cd425fc00e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_63cceb5ca6e547e3f1684910ce"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e1d42a6b70887d0bdc3c15666d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3bbd2e38ff2df4978ed7ac4d25"`);
        await queryRunner.query(`DROP TABLE "procurement_record"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_dca33de441c801f1a26ed1cc9b"`);
        await queryRunner.query(`DROP TABLE "evidence_review_note"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_697710b61eeab5c558f05f288d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4212c4fa30305752f88a51adec"`);
        await queryRunner.query(`DROP TABLE "evidence_correction"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fe93b8f4edf6dad051a79e065a"`);
        await queryRunner.query(`DROP TABLE "evidence_source"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e8c1e938aa49836e1c62bd517c"`);
        await queryRunner.query(`DROP TABLE "evidence_link"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_612f53b0b375a0760870aedf3e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f6806c3ef39cf8bf4871cf66e6"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_62edeffdc28afefd3b71a2d46c"`);
        await queryRunner.query(`DROP TABLE "evidence"`);
    }

}
