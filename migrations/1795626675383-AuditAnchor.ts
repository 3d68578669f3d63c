import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain's head is also kept in a row of its own, so that removing rows from the end of
 * the chain shows; and TRUNCATE is refused like UPDATE and DELETE.
 */
export class AuditAnchor1795626675383 implements MigrationInterface {
  name = 'AuditAnchor1795626675383';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_anchor" ("id" smallint NOT NULL DEFAULT 1, "seq" bigint NOT NULL, "hash" text NOT NULL, CONSTRAINT "PK_audit_anchor" PRIMARY KEY ("id"), CONSTRAINT "audit_anchor_single_row" CHECK ("id" = 1))`);
    await queryRunner.query(`INSERT INTO "audit_anchor" ("id", "seq", "hash") SELECT 1, "seq", "hash" FROM "audit_event" ORDER BY "seq" DESC LIMIT 1`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TABLE "audit_anchor"`);
  }
}
