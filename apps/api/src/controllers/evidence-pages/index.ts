import type { Type } from '@nestjs/common';
import { EvidencePagesController } from './evidence-pages.controller';

/**
 * The evidence ledger's public pages: an item (`/evidence/:id`) and the corrections
 * (`/corrections`). The evidence sections of company and state-body pages are drawn by
 * ../companies with this folder's view models (company-evidence.model.ts).
 */
export const evidencePagesControllers: Type<unknown>[] = [EvidencePagesController];
