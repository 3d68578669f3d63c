import type { Type } from '@nestjs/common';
import { OutreachBatchesController } from './outreach-batches.controller';
import { OutreachContactsController } from './outreach-contacts.controller';
import { OutreachDashboardController } from './outreach-dashboard.controller';
import { OutreachExternalLettersController } from './outreach-external-letters.controller';
import { OutreachInboundController } from './outreach-inbound.controller';
import { OutreachLetterActionsController } from './outreach-letter-actions.controller';
import { OutreachLettersController } from './outreach-letters.controller';
import { OutreachResponsesController } from './outreach-responses.controller';

/**
 * Outreach in the organizer console: the dashboard and each company's outreach, contacts,
 * letters (compose, edit, preview, send, publish), batches, received mail, responses. Within each
 * controller the literal paths (`letters/new`, `batches/new`) come before the `:id` ones.
 */
export const outreachConsoleControllers: Type<unknown>[] = [
  OutreachDashboardController,
  OutreachContactsController,
  OutreachLettersController,
  OutreachLetterActionsController,
  OutreachBatchesController,
  OutreachInboundController,
  OutreachResponsesController,
  OutreachExternalLettersController,
];
