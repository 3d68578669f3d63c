import type { Type } from '@nestjs/common';
import { ChangesFeedController } from './changes-feed.controller';
import { CorrectionProposalsApiController } from './correction-proposals-api.controller';
import { EvidenceApiController } from './evidence-api.controller';
import { EvidenceDataController } from './evidence-data.controller';
import { EvidenceReviewApiController } from './evidence-review-api.controller';
import { RecordEvidenceApiController } from './record-evidence-api.controller';

/** The evidence JSON API, its open data files and the change feed. */
export const evidenceApiControllers: Type<unknown>[] = [
  EvidenceApiController,
  EvidenceReviewApiController,
  CorrectionProposalsApiController,
  RecordEvidenceApiController,
  EvidenceDataController,
  ChangesFeedController,
];
