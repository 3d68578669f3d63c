import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type Mail from 'nodemailer/lib/mailer';
import { APP_CONFIG, type AppConfig } from '#libs/core';
import { SEND_LEASE_MS } from '../mail.constants';
import type { MailMessageEntity } from '../mail-message.entity';

/** What the transport needs of a row: everything is decided already, including the Message-ID. */
export type StoredMail = Pick<
  MailMessageEntity,
  | 'id'
  | 'toAddress'
  | 'fromAddress'
  | 'replyTo'
  | 'envelopeFrom'
  | 'subject'
  | 'textBody'
  | 'htmlBody'
  | 'headers'
  | 'messageId'
  | 'createdAt'
>;

// Inactivity timeouts far inside the send lease, so that a live attempt never outlasts it and a
// second attempt never races one that is merely slow.
const CONNECTION_TIMEOUT_MS = 30_000;
const SOCKET_TIMEOUT_MS = Math.min(60_000, SEND_LEASE_MS / 4);

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** nodemailer's pooled SMTP options from SMTP_URL (`smtp[s]://user:pass@host:port`) and DKIM. */
export function smtpOptions(config: Pick<AppConfig, 'smtpUrl' | 'dkim'>): SMTPPool.Options {
  const url = new URL(config.smtpUrl!);
  const secure = url.protocol === 'smtps:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return {
    pool: true,
    host,
    port: url.port ? Number(url.port) : undefined,
    secure,
    // Plain SMTP to a relay on this machine (a local Postfix, a test catcher) needs no STARTTLS;
    // anywhere else nodemailer upgrades whenever the relay offers it.
    ignoreTLS: !secure && LOOPBACK.has(host),
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    dkim: config.dkim ?? undefined,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** `20260101T093000`: the outbox sorts by when messages were written. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/**
 * Hands a stored message to the relay (SMTP_URL) or, without one, writes it to the outbox as an
 * .eml file. Either way the message goes out as it was stored: same Message-ID, same Date.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly smtp: Transporter | null;
  private readonly builder = createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  readonly outboxDir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.smtp = config.smtpUrl ? createTransport(smtpOptions(config)) : null;
    this.outboxDir = join(config.dataDir, 'outbox');
  }

  get mode(): 'smtp' | 'outbox' {
    return this.smtp ? 'smtp' : 'outbox';
  }

  async send(mail: StoredMail): Promise<void> {
    if (this.smtp) await this.smtp.sendMail(message(mail));
    else await this.writeToOutbox(mail);
  }

  /** The file name depends only on the row, so a second attempt finds the first one's file and stops. */
  outboxFile(mail: Pick<StoredMail, 'id' | 'createdAt'>): string {
    return join(this.outboxDir, `${stamp(mail.createdAt)}-${mail.id}.eml`);
  }

  private async writeToOutbox(mail: StoredMail): Promise<void> {
    const file = this.outboxFile(mail);
    if (existsSync(file)) return;
    const built = (await this.builder.sendMail(message(mail))) as { message: Buffer };
    await mkdir(this.outboxDir, { recursive: true });
    // Written aside and renamed, so that the outbox never shows half a message.
    const temp = join(this.outboxDir, `.${mail.id}.${randomUUID()}.tmp`);
    try {
      await writeFile(temp, built.message, { mode: 0o640 });
      await rename(temp, file);
    } finally {
      await rm(temp, { force: true });
    }
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}

function message(mail: StoredMail): Mail.Options {
  return {
    from: mail.fromAddress,
    to: mail.toAddress,
    replyTo: mail.replyTo ?? undefined,
    subject: mail.subject,
    text: mail.textBody,
    html: mail.htmlBody ?? undefined,
    headers: mail.headers,
    messageId: mail.messageId,
    // RFC 5322: the time the message was complete and ready to go, i.e. when its row was written.
    date: mail.createdAt,
    envelope: { from: mail.envelopeFrom, to: [mail.toAddress] },
  };
}
