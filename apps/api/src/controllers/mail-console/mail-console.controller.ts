import { join } from 'node:path';
import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, t, type AppConfig } from '#libs/core';
import { MAIL_STATUSES, MailService, type MailMessageView, type MailStatus } from '#libs/mail';
import { LETTER_RECORD } from '#libs/outreach';
import { Access } from '../../security/access.decorator';

/** Outgoing mail is the organizers' work (admins always pass). */
const ORGANIZERS = { roles: ['organizer' as const], token: false as const };
/** How many messages the list shows, newest first. */
const RECENT = 200;

const BASE = '/console/mail';
const enc = encodeURIComponent;
const urls = {
  list: (status?: string) => (status ? `${BASE}?status=${enc(status)}` : BASE),
  message: (id: string) => `${BASE}/${enc(id)}`,
  letter: (id: string) => `/console/outreach/letters/${enc(id)}`,
};

/** The tabs of the list: every message, then one per status. */
const TABS: { key: string; status?: MailStatus }[] = [
  { key: 'all' },
  ...MAIL_STATUSES.map((status) => ({ key: status, status })),
];

/** A message as a row of the list, and the start of its own page. */
function messageRow(message: MailMessageView) {
  return {
    id: message.id,
    url: urls.message(message.id),
    createdAt: message.createdAt,
    to: message.to,
    subject: message.subject,
    purpose: message.purpose,
    status: message.status,
    statusLabel: t(`mail.console.status.${message.status}`),
    attempts: message.attempts,
    sentAt: message.sentAt,
    bouncedAt: message.bouncedAt,
    messageId: message.messageId,
    problem: message.bounceReason ?? message.lastError,
    letterUrl: message.refType === LETTER_RECORD && message.refId ? urls.letter(message.refId) : null,
  };
}

/**
 * Outgoing mail in the console: the latest messages by status, and each one as it was addressed
 * and written. The HTML version is shown as source only, never rendered. The page says where mail
 * goes (the relay or the outbox) without ever showing SMTP_URL, which may hold a password.
 */
@ApiExcludeController()
@Controller('console/mail')
export class MailConsoleController {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Access(ORGANIZERS)
  async list(@Query('status') status: unknown, @Res() res: Response): Promise<void> {
    const current = TABS.find((tab) => tab.status !== undefined && tab.status === status) ?? TABS[0];
    const messages = await this.mail.recent({ status: current.status, limit: RECENT });
    res.render('pages/console/mail/index', {
      title: t('mail.console.title'),
      consoleNav: true,
      delivery: this.delivery(),
      tabs: TABS.map((tab) => ({
        label: t(`mail.console.tab.${tab.key}`),
        url: urls.list(tab.status),
        current: tab === current,
      })),
      caption: t(`mail.console.tab.${current.key}`),
      empty: t(`mail.console.empty.${current.key}`),
      recentHint: t('mail.console.recent_hint', { limit: RECENT }),
      messages: messages.map(messageRow),
    });
  }

  @Get(':id')
  @Access(ORGANIZERS)
  async show(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const message = await this.mail.get(id);
    res.render('pages/console/mail/show', {
      title: message.subject || t('mail.console.no_subject'),
      consoleNav: true,
      delivery: this.delivery(),
      listUrl: urls.list(),
      message: {
        ...messageRow(message),
        from: message.from,
        replyTo: message.replyTo,
        envelopeFrom: message.envelopeFrom,
        headers: Object.entries(message.headers).map(([name, value]) => ({ name, value })),
        text: message.text,
        html: message.html,
      },
    });
  }

  /** Where mail goes, in words: the relay, or the outbox directory. Never the relay's URL. */
  private delivery(): string {
    return this.config.smtpUrl
      ? t('mail.console.delivery.smtp')
      : t('mail.console.delivery.outbox', { dir: join(this.config.dataDir, 'outbox') });
  }
}
