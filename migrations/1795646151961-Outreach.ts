import { MigrationInterface, QueryRunner } from "typeorm";

export class Outreach1795646151961 implements MigrationInterface {
    name = 'Outreach1795646151961'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "outreach_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "email" text NOT NULL, "source" text NOT NULL DEFAULT '', "escalation_order" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "updated_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outreach_contact_order" CHECK ("escalation_order" >= 1), CONSTRAINT "outreach_contact_role" CHECK ("role" IN ('press','human_rights','legal','executive','board','investor_relations','other')), CONSTRAINT "PK_7e310506fd287f4306f39f05738" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "outreach_contact_company_email" ON "outreach_contact"  ("company_id", "email") `);
        await queryRunner.query(`CREATE TABLE "outreach_letter_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "template_key" text NOT NULL, "created_by_label" text NOT NULL, "demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_95a3950fe03c7e9f5dce32956c2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "outreach_letter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "batch_id" uuid, "kind" text NOT NULL, "parent_letter_id" uuid, "template_key" text NOT NULL, "subject_source" text NOT NULL, "body_source" text NOT NULL, "recipients" jsonb NOT NULL DEFAULT '[]', "evidence_ids" uuid array NOT NULL DEFAULT '{}', "deadline_days" integer NOT NULL DEFAULT '14', "status" text NOT NULL, "response_state" text, "subject" text, "text_body" text, "html_body" text, "content_hash" text, "sent_at" TIMESTAMP WITH TIME ZONE, "sent_by_label" text, "sent_by_id" uuid, "deadline" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "overdue_at" TIMESTAMP WITH TIME ZONE, "no_response_at" TIMESTAMP WITH TIME ZONE, "bounced_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_by_label" text NOT NULL, "updated_by_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outreach_letter_sent" CHECK ("status" = 'draft' OR ("sent_at" IS NOT NULL AND "deadline" IS NOT NULL AND "content_hash" IS NOT NULL)), CONSTRAINT "outreach_letter_deadline_days" CHECK ("deadline_days" BETWEEN 1 AND 365), CONSTRAINT "outreach_letter_response_state" CHECK ("response_state" IS NULL OR "response_state" IN ('awaiting','answered','overdue','no_response')), CONSTRAINT "outreach_letter_status" CHECK ("status" IN ('draft','sent','bounced')), CONSTRAINT "outreach_letter_kind" CHECK ("kind" IN ('initial','follow_up','escalation')), CONSTRAINT "PK_3c03f6e98b5964f3034cf053856" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3c0756520cd6da1172ac7807de" ON "outreach_letter"  ("company_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_95a3950fe03c7e9f5dce32956c" ON "outreach_letter"  ("batch_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_1d27ac6214609303d04854fb31" ON "outreach_letter"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_4ca0b43456f4a68a6154bef491" ON "outreach_letter"  ("response_state") `);
        await queryRunner.query(`CREATE INDEX "IDX_52eb6d072831118ed4b23b5812" ON "outreach_letter"  ("sent_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "outreach_letter_one_follow_up" ON "outreach_letter"  ("parent_letter_id") WHERE "kind" = 'follow_up'`);
        await queryRunner.query(`CREATE TABLE "outreach_inbound_mail" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "via" text NOT NULL, "envelope_from" text, "envelope_to" text array NOT NULL DEFAULT '{}', "raw" bytea NOT NULL, "message_id" text, "from_address" text, "from_name" text, "subject" text NOT NULL DEFAULT '', "text_body" text NOT NULL DEFAULT '', "sent_date" TIMESTAMP WITH TIME ZONE, "attachments" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL, "hold_reason" text, "detail" text, "letter_id" uuid, "handled_by_label" text, "handled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outreach_inbound_hold_reason" CHECK ("hold_reason" IS NULL OR "hold_reason" IN ('no_letter','unknown_letter','forged_address','unparseable','delivery_notice')), CONSTRAINT "outreach_inbound_status" CHECK ("status" IN ('attached','auto_reply','classified','bounce','held','dismissed')), CONSTRAINT "PK_14231bffa1d2d2ec7535ae36f90" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8255499dadeb8530be3c532304" ON "outreach_inbound_mail"  ("received_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_c2e250e74a22fac08dd5c3ac3b" ON "outreach_inbound_mail"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_a4808182c6ea800896d5b1c895" ON "outreach_inbound_mail"  ("letter_id") `);
        await queryRunner.query(`CREATE TABLE "outreach_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "letter_id" uuid, "inbound_mail_id" uuid, "channel" text NOT NULL, "responded_on" date NOT NULL, "text" text NOT NULL DEFAULT '', "url" text, "classification" text NOT NULL, "evidence_ids" uuid array NOT NULL DEFAULT '{}', "recorded_by_label" text NOT NULL, "demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outreach_response_content" CHECK ("text" <> '' OR "url" IS NOT NULL), CONSTRAINT "outreach_response_classification" CHECK ("classification" IN ('exited','committed_to_act','partial_action','acknowledged','justified','denied','declined_to_comment')), CONSTRAINT "outreach_response_channel" CHECK ("channel" IN ('email','public_statement','press','meeting')), CONSTRAINT "PK_379353e324f1674590626c21390" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e408036300835df04be265e7e5" ON "outreach_response"  ("company_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_a4733da08abf93353a110bf650" ON "outreach_response"  ("letter_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4449942ed80237885ce2a3751a" ON "outreach_response"  ("inbound_mail_id") WHERE "inbound_mail_id" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "outreach_contact" ADD CONSTRAINT "FK_26d79bcbfa5cdbd0cbdcd92886a" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outreach_letter" ADD CONSTRAINT "FK_3c0756520cd6da1172ac7807de9" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outreach_letter" ADD CONSTRAINT "FK_95a3950fe03c7e9f5dce32956c2" FOREIGN KEY ("batch_id") REFERENCES "outreach_letter_batch"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outreach_letter" ADD CONSTRAINT "FK_2ebc7cb9758244f37cd7df752f5" FOREIGN KEY ("parent_letter_id") REFERENCES "outreach_letter"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outreach_inbound_mail" ADD CONSTRAINT "FK_a4808182c6ea800896d5b1c895a" FOREIGN KEY ("letter_id") REFERENCES "outreach_letter"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outreach_response" ADD CONSTRAINT "FK_e408036300835df04be265e7e5b" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outreach_response" ADD CONSTRAINT "FK_a4733da08abf93353a110bf6507" FOREIGN KEY ("letter_id") REFERENCES "outreach_letter"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outreach_response" ADD CONSTRAINT "FK_7d9e2cc1401b82f86c4c75240f0" FOREIGN KEY ("inbound_mail_id") REFERENCES "outreach_inbound_mail"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "outreach_response" DROP CONSTRAINT "FK_7d9e2cc1401b82f86c4c75240f0"`);
        await queryRunner.query(`ALTER TABLE "outreach_response" DROP CONSTRAINT "FK_a4733da08abf93353a110bf6507"`);
        await queryRunner.query(`ALTER TABLE "outreach_response" DROP CONSTRAINT "FK_e408036300835df04be265e7e5b"`);
        await queryRunner.query(`ALTER TABLE "outreach_inbound_mail" DROP CONSTRAINT "FK_a4808182c6ea800896d5b1c895a"`);
        await queryRunner.query(`ALTER TABLE "outreach_letter" DROP CONSTRAINT "FK_2ebc7cb9758244f37cd7df752f5"`);
        await queryRunner.query(`ALTER TABLE "outreach_letter" DROP CONSTRAINT "FK_95a3950fe03c7e9f5dce32956c2"`);
        await queryRunner.query(`ALTER TABLE "outreach_letter" DROP CONSTRAINT "FK_3c0756520cd6da1172ac7807de9"`);
        await queryRunner.query(`ALTER TABLE "outreach_contact" DROP CONSTRAINT "FK_26d79bcbfa5cdbd0cbdcd92886a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4449942ed80237885ce2a3751a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a4733da08abf93353a110bf650"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e408036300835df04be265e7e5"`);
        await queryRunner.query(`DROP TABLE "outreach_response"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a4808182c6ea800896d5b1c895"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c2e250e74a22fac08dd5c3ac3b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8255499dadeb8530be3c532304"`);
        await queryRunner.query(`DROP TABLE "outreach_inbound_mail"`);
        await queryRunner.query(`DROP INDEX "public"."outreach_letter_one_follow_up"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_52eb6d072831118ed4b23b5812"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4ca0b43456f4a68a6154bef491"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1d27ac6214609303d04854fb31"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_95a3950fe03c7e9f5dce32956c"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3c0756520cd6da1172ac7807de"`);
        await queryRunner.query(`DROP TABLE "outreach_letter"`);
        await queryRunner.query(`DROP TABLE "outreach_letter_batch"`);
        await queryRunner.query(`DROP INDEX "public"."outreach_contact_company_email"`);
        await queryRunner.query(`DROP TABLE "outreach_contact"`);
    }

}
