import { ApiProperty } from '@nestjs/swagger';
import { MAIL_STATUSES, type MailMessageEntity, type MailStatus } from './mail-message.entity';

/** What enqueue answers: enough to show "queued" and to find the message again. */
export interface QueuedMail {
  id: string;
  /** `<uuid@MAIL_DOMAIN>`, fixed when the row was written. */
  messageId: string;
  status: MailStatus;
}

/** One email as the console and the record show it (no bodies). */
export class MailMessageView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'letter' })
  purpose: string;

  @ApiProperty({ example: 'press@company.example' })
  to: string;

  @ApiProperty()
  subject: string;

  @ApiProperty({ enum: MAIL_STATUSES })
  status: MailStatus;

  @ApiProperty({ description: 'Times a worker tried to hand the message to the relay.' })
  attempts: number;

  @ApiProperty({ example: '<0b5e…@leverage.example.org>' })
  messageId: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  sentAt: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  bouncedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  bounceReason: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The last error of the relay or the outbox, if any.' })
  lastError: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, nullable: true, example: 'outreach_letter' })
  refType: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  refId: string | null;
}

/** One email with what it said and how it was addressed. */
export class MailMessageDetailView extends MailMessageView {
  @ApiProperty()
  from: string;

  @ApiProperty({ type: String, nullable: true })
  replyTo: string | null;

  @ApiProperty({ description: 'The envelope sender (the signed bounce address).' })
  envelopeFrom: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  headers: Record<string, string>;

  @ApiProperty()
  text: string;

  @ApiProperty({ type: String, nullable: true, description: 'Stored as data; never rendered unescaped.' })
  html: string | null;
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toMailMessageView(m: MailMessageEntity): MailMessageView {
  return {
    id: m.id,
    purpose: m.purpose,
    to: m.toAddress,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    messageId: m.messageId,
    sentAt: iso(m.sentAt),
    bouncedAt: iso(m.bouncedAt),
    bounceReason: m.bounceReason,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    refType: m.refType,
    refId: m.refId,
  };
}

export function toMailMessageDetailView(m: MailMessageEntity): MailMessageDetailView {
  return {
    ...toMailMessageView(m),
    from: m.fromAddress,
    replyTo: m.replyTo,
    envelopeFrom: m.envelopeFrom,
    headers: { ...m.headers },
    text: m.textBody,
    html: m.htmlBody,
  };
}
