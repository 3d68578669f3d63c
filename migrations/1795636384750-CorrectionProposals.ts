import { MigrationInterface, QueryRunner } from "typeorm";

/** Corrections of public evidence wait as proposals until a second reviewer approves them. */

export class CorrectionProposals1795636384750 implements MigrationInterface {
    name = 'CorrectionProposals1795636384750'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "evidence_correction_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_id" uuid NOT NULL, "base_version" integer NOT NULL, "reason" text NOT NULL, "changes" jsonb NOT NULL, "diff" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL, "proposer_id" uuid, "proposer_label" text NOT NULL, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by_label" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_comment" text, CONSTRAINT "evidence_correction_proposal_status" CHECK ("status" IN ('pending','approved','rejected')), CONSTRAINT "PK_f6f28142154b376f0d5bd06a71f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_75e572be750407fc945a980c85" ON "evidence_correction_proposal"  ("evidence_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_3b1035838ecf203ca1f2fddbd7" ON "evidence_correction_proposal"  ("status") `);
        await queryRunner.query(`ALTER TABLE "evidence_correction_proposal" ADD CONSTRAINT "FK_75e572be750407fc945a980c850" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "evidence_correction_proposal" DROP CONSTRAINT "FK_75e572be750407fc945a980c850"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3b1035838ecf203ca1f2fddbd7"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_75e572be750407fc945a980c85"`);
        await queryRunner.query(`DROP TABLE "evidence_correction_proposal"`);
    }

}
