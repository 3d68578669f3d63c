// Entities (for the data source and migrations; they never leave the services).
export * from './src/contact.entity';
export * from './src/letter-batch.entity';
export * from './src/letter.entity';
export * from './src/inbound-mail.entity';
export * from './src/response.entity';

export * from './src/outreach.module';
export * from './src/outreach.exception';
export * from './src/outreach.view';
export * from './src/outreach-public.view';
export * from './src/dto/contact.dto';
export * from './src/dto/letter.dto';
export * from './src/dto/response.dto';
export { ContactsService, CONTACT_RECORD } from './src/contacts/contacts.service';
export { LettersService, type LetterFilter } from './src/letters/letters.service';
export { LetterContextBuilder } from './src/letters/letter-context.builder';
export { LETTER_FIELDS, type LetterContext } from './src/letters/letter-context';
export { LETTER_RECORD, REPLY_TAG } from './src/letters/letter-dispatcher';
export { BatchesService, BatchListItem } from './src/batches/batches.service';
export { InboundService, type InboundMeta } from './src/inbound/inbound.service';
export { ResponsesService, RESPONSE_RECORD } from './src/responses/responses.service';
export { publishableReply } from './src/responses/reply-text';
export { OutreachSweepService, FOLLOW_UP_AFTER_DAYS, type SweepResult } from './src/sweep/outreach-sweep.service';
export { OutreachPublicService, PublicLetterView } from './src/public/outreach-public.service';
export { OutreachDashboardService, DashboardView, DUE_SOON_DAYS } from './src/public/outreach-dashboard.service';
export { OutreachDemoSeedService } from './src/demo/outreach-demo-seed.service';
export { DEMO_LETTERS, DEMO_CONTACTS, DEMO_BATCH } from './src/demo/demo-outreach';
export { startReplyReceiver, type ReplyReceiver } from './src/inbound/reply-receiver';
