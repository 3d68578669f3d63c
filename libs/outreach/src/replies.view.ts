import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_PRECISIONS, type DatePrecision } from '#libs/core';
import { HOLD_REASONS, INBOUND_STATUSES, type HoldReason, type InboundStatus } from './inbound-mail.entity';
import { CLASSIFICATIONS, RESPONSE_CHANNELS, type Classification, type ResponseChannel } from './response.entity';
import { CompanyRefView, ContactView } from './outreach.view';

// What comes back from a company: the mail received, the answers recorded, and whom to write to next.

export class InboundSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  receivedAt: string;

  @ApiProperty({ enum: ['smtp', 'api'] })
  via: 'smtp' | 'api';

  @ApiProperty({ type: String, nullable: true })
  from: string | null;

  @ApiProperty()
  subject: string;

  @ApiProperty({ enum: INBOUND_STATUSES })
  status: InboundStatus;

  @ApiProperty({ type: String, enum: HOLD_REASONS, nullable: true })
  holdReason: HoldReason | null;

  @ApiProperty({ type: String, nullable: true, description: 'For a bounce: what the report said.' })
  detail: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  letterId: string | null;

  @ApiProperty({ type: () => CompanyRefView, nullable: true })
  company: CompanyRefView | null;
}

export class InboundView extends InboundSummaryView {
  @ApiProperty({ type: String, nullable: true })
  messageId: string | null;

  @ApiProperty({ type: String, nullable: true })
  sentDate: string | null;

  @ApiProperty({ description: 'The text of the message (never rendered as HTML).' })
  text: string;

  @ApiProperty({ type: [Object] })
  attachments: { filename: string | null; contentType: string; size: number }[];

  @ApiProperty()
  size: number;

  @ApiProperty({ type: String, nullable: true })
  handledByLabel: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The response made of it, once classified.',
  })
  responseId: string | null;
}

export class ResponseView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: () => CompanyRefView })
  company: CompanyRefView;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  letterId: string | null;

  @ApiProperty({ enum: RESPONSE_CHANNELS })
  channel: ResponseChannel;

  @ApiProperty({ example: '2020-09-15' })
  respondedOn: string;

  @ApiProperty({ enum: DATE_PRECISIONS, description: 'How much of the date the source gives.' })
  respondedOnPrecision: DatePrecision;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'For a commitment: the day the company said it would act by.',
  })
  dueOn: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Who sent the letter this answers, when another organization did.',
  })
  letterSentBy: string | null;

  @ApiProperty()
  text: string;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ enum: CLASSIFICATIONS })
  classification: Classification;

  @ApiProperty({ type: [String], format: 'uuid' })
  evidenceIds: string[];

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Days from the letter to this answer, when it answers one.',
  })
  daysToAnswer: number | null;

  @ApiProperty()
  demo: boolean;

  @ApiProperty()
  createdAt: string;
}

export class EscalationView {
  @ApiProperty({ type: () => CompanyRefView })
  company: CompanyRefView;

  @ApiProperty({ format: 'uuid', description: 'The letter that went unanswered (or bounced).' })
  letterId: string;

  @ApiProperty({
    type: () => ContactView,
    nullable: true,
    description: 'The next contact in escalation order; null when every contact was written to.',
  })
  next: ContactView | null;
}
