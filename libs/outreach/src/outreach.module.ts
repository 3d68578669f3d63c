import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '#libs/auth';
import { CompaniesModule } from '#libs/companies';
import { EvidenceModule } from '#libs/evidence';
import { MailModule } from '#libs/mail';
import { BatchesService } from './batches/batches.service';
import { ContactEntity } from './contact.entity';
import { ContactsService } from './contacts/contacts.service';
import { OutreachDemoSeedService } from './demo/outreach-demo-seed.service';
import { InboundMailEntity } from './inbound-mail.entity';
import { BounceNotice } from './inbound/bounce-notice';
import { InboundService } from './inbound/inbound.service';
import { LetterBatchEntity } from './letter-batch.entity';
import { LetterEntity } from './letter.entity';
import { LetterContextBuilder } from './letters/letter-context.builder';
import { LetterDispatcher } from './letters/letter-dispatcher';
import { ExternalLettersService } from './letters/external-letters.service';
import { LettersService } from './letters/letters.service';
import { OutreachStore } from './outreach-store';
import { OutreachDashboardService } from './public/outreach-dashboard.service';
import { OutreachPublicService } from './public/outreach-public.service';
import { ResponseEntity } from './response.entity';
import { ResponsesService } from './responses/responses.service';
import { OutreachSweepService } from './sweep/outreach-sweep.service';

/** Every table of outreach (the CLI's data source lists them too, for generating migrations). */
export const OUTREACH_ENTITIES = [ContactEntity, LetterBatchEntity, LetterEntity, InboundMailEntity, ResponseEntity];

/** Outreach: contacts, letters and batches, replies and the holding pen, responses, deadlines. Needs CoreModule. */
@Module({
  imports: [TypeOrmModule.forFeature(OUTREACH_ENTITIES), AuthModule, CompaniesModule, EvidenceModule, MailModule],
  providers: [
    OutreachStore,
    ContactsService,
    LetterContextBuilder,
    LetterDispatcher,
    LettersService,
    ExternalLettersService,
    BatchesService,
    InboundService,
    BounceNotice,
    ResponsesService,
    OutreachSweepService,
    OutreachPublicService,
    OutreachDashboardService,
    OutreachDemoSeedService,
  ],
  exports: [
    ContactsService,
    LetterContextBuilder,
    LettersService,
    ExternalLettersService,
    BatchesService,
    InboundService,
    ResponsesService,
    OutreachSweepService,
    OutreachPublicService,
    OutreachDashboardService,
    OutreachDemoSeedService,
  ],
})
export class OutreachModule {}
