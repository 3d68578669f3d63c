import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScorecardMarks1796413475733 implements MigrationInterface {
  name = 'ScorecardMarks1796413475733';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_e10bba7a3bcb0184bf5f3ede56"`);
    await queryRunner.query(`ALTER TABLE "scorecard_dirty" ADD "version" BIGSERIAL NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_dfd85f5939c257360743a4577c" ON "scorecard_dirty"  ("version") `);
    // Marks of companies deleted before the key existed.
    await queryRunner.query(
      `DELETE FROM "scorecard_dirty" d WHERE NOT EXISTS (SELECT 1 FROM "company" c WHERE c.id = d.company_id)`,
    );
    await queryRunner.query(
      `ALTER TABLE "scorecard_dirty" ADD CONSTRAINT "FK_02c7627b0775f6f0003b8efbb60" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scorecard_dirty" DROP CONSTRAINT "FK_02c7627b0775f6f0003b8efbb60"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dfd85f5939c257360743a4577c"`);
    await queryRunner.query(`ALTER TABLE "scorecard_dirty" DROP COLUMN "version"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_e10bba7a3bcb0184bf5f3ede56" ON "scorecard_dirty" USING btree ("marked_at") `,
    );
  }
}
