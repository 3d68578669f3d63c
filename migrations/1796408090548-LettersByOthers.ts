import { MigrationInterface, QueryRunner } from 'typeorm';

export class LettersByOthers1796408090548 implements MigrationInterface {
  name = 'LettersByOthers1796408090548';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "state_body" ADD "kind" text NOT NULL DEFAULT 'other'`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" ADD "sender_organization" text`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" ADD "sent_on_precision" text NOT NULL DEFAULT 'day'`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" ADD "source_excerpt" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" ADD "source_url" text`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" ADD "source_title" text`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" ADD "source_publisher" text`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" ADD "source_published_on" date`);
    await queryRunner.query(`ALTER TABLE "outreach_response" ADD "responded_on_precision" text NOT NULL DEFAULT 'day'`);
    await queryRunner.query(`ALTER TABLE "outreach_response" ADD "due_on" date`);
    await queryRunner.query(
      `ALTER TABLE "state_body" ADD CONSTRAINT "state_body_kind" CHECK ("kind" IN ('security_service','police','internet_regulator','presidential_administration','other_ministry','other','not_named'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_letter" ADD CONSTRAINT "outreach_letter_sender_source" CHECK ("sender_organization" IS NULL OR "source_url" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_letter" ADD CONSTRAINT "outreach_letter_sent_on_precision" CHECK ("sent_on_precision" IN ('day','month','on_or_before'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "outreach_response" ADD CONSTRAINT "outreach_response_date_precision" CHECK ("responded_on_precision" IN ('day','month','on_or_before'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outreach_response" DROP CONSTRAINT "outreach_response_date_precision"`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" DROP CONSTRAINT "outreach_letter_sent_on_precision"`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" DROP CONSTRAINT "outreach_letter_sender_source"`);
    await queryRunner.query(`ALTER TABLE "state_body" DROP CONSTRAINT "state_body_kind"`);
    await queryRunner.query(`ALTER TABLE "outreach_response" DROP COLUMN "due_on"`);
    await queryRunner.query(`ALTER TABLE "outreach_response" DROP COLUMN "responded_on_precision"`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" DROP COLUMN "source_published_on"`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" DROP COLUMN "source_publisher"`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" DROP COLUMN "source_title"`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" DROP COLUMN "source_url"`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" DROP COLUMN "source_excerpt"`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" DROP COLUMN "sent_on_precision"`);
    await queryRunner.query(`ALTER TABLE "outreach_letter" DROP COLUMN "sender_organization"`);
    await queryRunner.query(`ALTER TABLE "state_body" DROP COLUMN "kind"`);
  }
}
