import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, JobHandler, t, UnitOfWork, type AppConfig, type Tx } from '#libs/core';
import { UsersService } from '#libs/auth';
import { MailService } from '#libs/mail';
import { LetterEntity } from '../letter.entity';
import { OutreachStore } from '../outreach-store';

/** Mail to staff about a letter is not one of the letter's deliveries. */
export const NOTICE_RECORD = 'outreach_notice';
export const BOUNCE_NOTICE_JOB = 'outreach.bounce-notice';

interface NoticeJob {
  letterId: string;
  detail: string | null;
}

/**
 * Tells the organizer who sent a letter that it bounced (the dashboard shows it too), once per
 * letter. The job is enqueued in the bounce's own transaction, so it is neither lost nor doubled.
 */
@Injectable()
export class BounceNotice {
  private readonly logger = new Logger(BounceNotice.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: OutreachStore,
    private readonly users: UsersService,
    private readonly mail: MailService,
    private readonly uow: UnitOfWork,
  ) {}

  enqueue(tx: Tx, letterId: string, detail: string | null): Promise<void> {
    return tx.enqueue(BOUNCE_NOTICE_JOB, { letterId, detail } satisfies NoticeJob);
  }

  @JobHandler(BOUNCE_NOTICE_JOB)
  async send(data: NoticeJob): Promise<void> {
    const letter = await this.store.repo(LetterEntity).findOne({ where: { id: data.letterId } });
    if (!letter?.sentById) return;
    // Read before the transaction: the embedded database has one connection.
    const user = await this.users.get(letter.sentById).catch(() => null);
    if (!user) return; // the account is gone: the dashboard still shows the bounce
    const company = (await this.store.companiesById([letter.companyId])).get(letter.companyId);
    const url = `${this.config.publicUrl}/console/outreach/letters/${letter.id}`;
    const params = {
      company: company?.name ?? '',
      date: (letter.sentAt ?? letter.createdAt).toISOString().slice(0, 10),
      detail: data.detail ?? t('outreach.notice.no_detail'),
      url,
    };
    const sent = await this.uow.run(async (tx) => {
      // Under the letter's lock: two bounces of one letter tell its sender once.
      await this.store
        .repo(LetterEntity, tx)
        .findOne({ where: { id: letter.id }, lock: { mode: 'pessimistic_write' } });
      const [{ told }] = await tx.manager.query(
        `SELECT count(*)::int AS told FROM mail_message WHERE ref_type = $1 AND ref_id = $2`,
        [NOTICE_RECORD, letter.id],
      );
      if (told > 0) return false;
      await this.mail.enqueue(tx, {
        to: user.email,
        subject: t('outreach.notice.bounce_subject', params),
        text: t('outreach.notice.bounce_text', params),
        purpose: 'notification',
        refType: NOTICE_RECORD,
        refId: letter.id,
      });
      return true;
    });
    if (sent) this.logger.log(`bounce of letter ${letter.id} notified to its sender`);
  }
}
