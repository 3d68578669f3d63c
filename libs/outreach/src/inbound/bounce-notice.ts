import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, t, UnitOfWork, type AppConfig } from '../../../core';
import { UsersService } from '../../../auth';
import { MailService } from '../../../mail';
import type { LetterEntity } from '../letter.entity';

/** Mail to staff about a letter is not one of the letter's deliveries. */
export const NOTICE_RECORD = 'outreach_notice';

/**
 * Tells the organizer who sent a letter that it bounced (the dashboard shows it too). Best effort:
 * the bounce itself is already recorded; an account that is gone is simply not written to.
 */
@Injectable()
export class BounceNotice {
  private readonly logger = new Logger(BounceNotice.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly uow: UnitOfWork,
  ) {}

  async send(letter: LetterEntity, company: { name: string }, detail: string | null): Promise<void> {
    if (!letter.sentById) return;
    if ((await this.mail.forRef(NOTICE_RECORD, letter.id)).length > 0) return; // told once per letter
    const user = await this.users.get(letter.sentById).catch(() => null);
    if (!user) return;
    const url = `${this.config.publicUrl}/console/outreach/letters/${letter.id}`;
    const params = { company: company.name, date: (letter.sentAt ?? letter.createdAt).toISOString().slice(0, 10), detail: detail ?? t('outreach.notice.no_detail'), url };
    await this.uow.run((tx) =>
      this.mail.enqueue(tx, {
        to: user.email,
        subject: t('outreach.notice.bounce_subject', params),
        text: t('outreach.notice.bounce_text', params),
        purpose: 'notification',
        refType: NOTICE_RECORD,
        refId: letter.id,
      }),
    );
    this.logger.log(`bounce of letter ${letter.id} notified to its sender`);
  }
}
