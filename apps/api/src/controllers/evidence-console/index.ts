import type { Type } from '@nestjs/common';
import { ConsoleCorrectionProposalsController } from './console-correction-proposals.controller';
import { ConsoleEvidenceEditorController } from './console-evidence-editor.controller';
import { ConsoleEvidenceReviewController } from './console-evidence-review.controller';
import { ConsoleEvidenceController } from './console-evidence.controller';

/**
 * The evidence ledger's console: the list, the review queue, the editor, one item with its review
 * steps, decisions on proposed corrections. The editor comes first: `/console/evidence/new` must
 * not be read as an item id.
 */
export const evidenceConsoleControllers: Type<unknown>[] = [
  ConsoleEvidenceEditorController,
  ConsoleEvidenceReviewController,
  ConsoleCorrectionProposalsController,
  ConsoleEvidenceController,
];
