import type { Type } from '@nestjs/common';
import { OutreachPagesController } from './outreach-pages.controller';

/**
 * Outreach's public pages: the response statistics (`/outreach`) and published letters
 * (`/outreach/letters/:id`). The outreach timeline of a company profile and the right of reply on
 * an evidence page are drawn by ../companies and ../evidence-pages with this folder's page models.
 */
export const outreachPagesControllers: Type<unknown>[] = [OutreachPagesController];
