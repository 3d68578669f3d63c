import type { Type } from '@nestjs/common';
import { ContactsApiController } from './contacts-api.controller';
import { ExternalLettersApiController } from './external-letters-api.controller';
import { InboundApiController } from './inbound-api.controller';
import { LetterBatchesApiController } from './letter-batches-api.controller';
import { LettersApiController } from './letters-api.controller';
import { OutreachDataController } from './outreach-data.controller';
import { OutreachPublicApiController } from './outreach-public-api.controller';
import { ResponsesApiController } from './responses-api.controller';

/** The outreach JSON API (public reads; contacts, letters, batches, responses and inbound mail for organizers) and its open data. */
export const outreachApiControllers: Type<unknown>[] = [
  OutreachPublicApiController,
  ContactsApiController,
  ExternalLettersApiController,
  LettersApiController,
  LetterBatchesApiController,
  ResponsesApiController,
  InboundApiController,
  OutreachDataController,
];
