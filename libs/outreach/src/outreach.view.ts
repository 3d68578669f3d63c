import { ApiProperty } from '@nestjs/swagger';
import { DATE_PRECISIONS, type DatePrecision } from '#libs/core';
import { CONTACT_ROLES, type ContactRole } from './contact.entity';
import {
  LETTER_KINDS,
  LETTER_STATUSES,
  RESPONSE_STATES,
  type LetterKind,
  type LetterStatus,
  type ResponseState,
} from './letter.entity';
import { CLASSIFICATIONS, type Classification } from './response.entity';

/** Where a letter sent by another organization is documented, with the words that show it. */
export class LetterSourceView {
  @ApiProperty()
  url: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true })
  publisher: string | null;

  @ApiProperty({ type: String, nullable: true })
  publishedOn: string | null;

  @ApiProperty()
  excerpt: string;
}

export class CompanyRefView {
  @ApiProperty({ example: 'sandvine' })
  slug: string;

  @ApiProperty({ example: 'Sandvine' })
  name: string;
}

export class ContactView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: () => CompanyRefView })
  company: CompanyRefView;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: CONTACT_ROLES })
  role: ContactRole;

  @ApiProperty()
  email: string;

  @ApiProperty({ description: 'Where the address was found.' })
  source: string;

  @ApiProperty()
  escalationOrder: number;

  @ApiProperty()
  active: boolean;

  @ApiProperty()
  version: number;

  @ApiProperty()
  updatedAt: string;
}

export class RecipientView {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null when the contact was deleted after the letter.',
  })
  contactId: string | null;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: CONTACT_ROLES })
  role: ContactRole;

  @ApiProperty()
  email: string;
}

/** One message of a letter to one recipient, as the mailer reports it. */
export class DeliveryView {
  @ApiProperty()
  to: string;

  @ApiProperty({ enum: ['queued', 'sending', 'sent', 'failed', 'bounced'] })
  status: string;

  @ApiProperty()
  attempts: number;

  @ApiProperty({ type: String, nullable: true })
  messageId: string | null;

  @ApiProperty({ type: String, nullable: true })
  sentAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  bouncedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  problem: string | null;
}

export class LetterSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: () => CompanyRefView })
  company: CompanyRefView;

  @ApiProperty({ enum: LETTER_KINDS })
  kind: LetterKind;

  @ApiProperty({ enum: LETTER_STATUSES })
  status: LetterStatus;

  @ApiProperty({ enum: RESPONSE_STATES, nullable: true, description: 'Null while a draft.' })
  responseState: ResponseState | null;

  @ApiProperty({ description: 'The subject as sent, or the draft subject rendered.' })
  subject: string;

  @ApiProperty({ type: () => [RecipientView] })
  recipients: RecipientView[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  batchId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentLetterId: string | null;

  @ApiProperty()
  deadlineDays: number;

  @ApiProperty({ type: String, nullable: true })
  sentAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  deadline: string | null;

  @ApiProperty({ type: String, nullable: true })
  answeredAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  overdueAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  noResponseAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  bouncedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'When the text was made public.' })
  publishedAt: string | null;

  @ApiProperty({ description: 'Demo data: never sent.' })
  demo: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The organization that sent it, for a letter by others recorded from its source; null for ours.',
  })
  sentBy: string | null;

  @ApiProperty({ enum: DATE_PRECISIONS, description: 'How much of the sending date the source gives.' })
  sentOnPrecision: DatePrecision;

  @ApiProperty({ type: () => LetterSourceView, nullable: true, description: 'Where a letter by others is documented.' })
  source: LetterSourceView | null;

  @ApiProperty()
  version: number;

  @ApiProperty()
  updatedAt: string;
}

export class LetterView extends LetterSummaryView {
  @ApiProperty()
  templateKey: string;

  @ApiProperty({ description: 'The subject as a Handlebars source.' })
  subjectSource: string;

  @ApiProperty({ description: 'The body as a Handlebars source.' })
  bodySource: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  evidenceIds: string[];

  @ApiProperty({ type: String, nullable: true, description: 'As sent (frozen).' })
  textBody: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'As sent (frozen).' })
  htmlBody: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of subject, text and HTML as sent.' })
  contentHash: string | null;

  @ApiProperty({ type: String, nullable: true })
  sentByLabel: string | null;

  @ApiProperty()
  createdByLabel: string;

  @ApiProperty({ type: () => [DeliveryView] })
  deliveries: DeliveryView[];
}

export class PreviewView {
  @ApiProperty()
  subject: string;

  @ApiProperty()
  text: string;

  @ApiProperty()
  html: string;
}

export class TemplateView {
  @ApiProperty({ example: 'inquiry' })
  key: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  subject: string;

  @ApiProperty()
  body: string;
}

export class BatchRowView {
  @ApiProperty({ type: () => CompanyRefView })
  company: CompanyRefView;

  @ApiProperty({ type: () => LetterSummaryView })
  letter: LetterSummaryView;

  @ApiProperty({
    type: String,
    enum: CLASSIFICATIONS,
    nullable: true,
    description: 'The latest classified answer to this letter.',
  })
  classification: Classification | null;

  @ApiProperty({ description: 'False when the company has no contact to write to yet.' })
  sendable: boolean;
}

/** A letter of a batch that could not be sent, and why (the others were sent all the same). */
export class BatchProblemView {
  @ApiProperty({ type: () => CompanyRefView })
  company: CompanyRefView;

  @ApiProperty()
  message: string;
}

export class BatchView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  templateKey: string;

  @ApiProperty()
  createdByLabel: string;

  @ApiProperty()
  createdAt: string;

  @ApiProperty()
  demo: boolean;

  @ApiProperty({ type: () => [BatchRowView] })
  rows: BatchRowView[];

  @ApiProperty({
    type: () => [BatchProblemView],
    description: 'After sending: the letters that could not be sent, and why. Empty otherwise.',
  })
  problems: BatchProblemView[];
}
