import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Snapshot inputs and results kept as text (their canonical JSON, the text that was hashed) rather
 * than jsonb: a full recompute writes hundreds of megabytes of them, and parsing each into jsonb
 * was most of its time. The table reads only the completeness of a result, which gets a column of
 * its own; the result's hash lets a recompute tell an unchanged score without reading it. Where the
 * server has lz4 (PostgreSQL builds usually do; the embedded one does not), the two documents are
 * compressed with it, several times faster than the default.
 *
 * Generated as DROP and ADD of the two columns, which would lose every snapshot: rewritten to
 * convert them in place (rows written before keep an equivalent JSON text, not the canonical one;
 * readers parse it the same).
 */
export class ScorecardDocuments1796415091591 implements MigrationInterface {
  name = 'ScorecardDocuments1796415091591';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scorecard_snapshot" ADD "result_hash" text`);
    await queryRunner.query(`ALTER TABLE "scorecard_snapshot" ADD "completeness" jsonb`);
    await queryRunner.query(`UPDATE "scorecard_snapshot" SET "completeness" = "result"->'completeness'`);
    await queryRunner.query(`ALTER TABLE "scorecard_snapshot" ALTER COLUMN "completeness" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "scorecard_snapshot" ALTER COLUMN "inputs" TYPE text USING "inputs"::text,
         ALTER COLUMN "result" TYPE text USING "result"::text`,
    );
    await queryRunner.query(
      `DO $$ BEGIN
         IF 'lz4' = ANY ((SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression')::text[]) THEN
           ALTER TABLE "scorecard_snapshot" ALTER COLUMN "inputs" SET COMPRESSION lz4, ALTER COLUMN "result" SET COMPRESSION lz4;
         END IF;
       END $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "scorecard_snapshot" ALTER COLUMN "inputs" TYPE jsonb USING "inputs"::jsonb,
         ALTER COLUMN "result" TYPE jsonb USING "result"::jsonb`,
    );
    await queryRunner.query(`ALTER TABLE "scorecard_snapshot" DROP COLUMN "completeness"`);
    await queryRunner.query(`ALTER TABLE "scorecard_snapshot" DROP COLUMN "result_hash"`);
  }
}
