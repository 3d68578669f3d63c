import { MigrationInterface, QueryRunner } from "typeorm";

/** Every email is a row before it is sent: its Message-ID, bounce address, status and attempts. */

export class MailMessages1795645407334 implements MigrationInterface {
    name = 'MailMessages1795645407334'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "mail_message" ("id" uuid NOT NULL, "purpose" text NOT NULL, "ref_type" text, "ref_id" uuid, "to_address" text NOT NULL, "to_domain" text NOT NULL, "from_address" text NOT NULL, "reply_to" text, "envelope_from" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text, "headers" jsonb NOT NULL DEFAULT '{}', "message_id" text NOT NULL, "status" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "claimed_at" TIMESTAMP WITH TIME ZONE, "claim_token" uuid, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "bounced_at" TIMESTAMP WITH TIME ZONE, "bounce_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "mail_message_status" CHECK ("status" IN ('queued','sending','sent','failed','bounced')), CONSTRAINT "PK_d23285093ea237bc7632d4fcce9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_99eabd790591da7f905d199fa1" ON "mail_message"  ("to_domain") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_90a224aee8f2f90813ed99747e" ON "mail_message"  ("message_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_mail_message_status_created" ON "mail_message"  ("status", "created_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_mail_message_ref" ON "mail_message"  ("ref_type", "ref_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_mail_message_ref"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_mail_message_status_created"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_90a224aee8f2f90813ed99747e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_99eabd790591da7f905d199fa1"`);
        await queryRunner.query(`DROP TABLE "mail_message"`);
    }

}
