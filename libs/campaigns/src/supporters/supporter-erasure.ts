import { Injectable } from '@nestjs/common';
import { Clock, type Tx } from '#libs/core';
import { MailService } from '#libs/mail';

/**
 * What is forgotten of supporters, and when: everything that says who they are when they ask
 * (the signature stays as an anonymous count), and the address of those who wanted no updates
 * when their campaign ends (the keyed hash stays, so that nobody signs twice). Their mail goes too.
 */
@Injectable()
export class SupporterErasure {
  constructor(
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  /** A supporter's own request: every signature of their keyed hash. Returns how many. */
  async erase(tx: Tx, emailHash: string): Promise<number> {
    const rows = (await tx.rows(
      `UPDATE signature SET email = NULL, email_domain = NULL, name = NULL, comment = NULL, ip_hash = NULL,
         show_name = false, updates = false, erased_at = $2
       WHERE email_hash = $1 AND erased_at IS NULL RETURNING id`,
      [emailHash, this.clock.now()],
    )) as { id: string }[];
    await this.forgetMail(tx, emailHash);
    return rows.length;
  }

  /** A campaign closed (or won): the addresses of those who did not ask for updates go. */
  async atClose(tx: Tx, campaignId: string): Promise<number> {
    const rows = (await tx.rows(
      `UPDATE signature SET email = NULL, email_domain = NULL
        WHERE campaign_id = $1 AND NOT updates AND email IS NOT NULL RETURNING id`,
      [campaignId],
    )) as { id: string }[];
    if (rows.length)
      await this.mail.forget(
        tx,
        'signature',
        rows.map((r) => r.id),
      );
    return rows.length;
  }

  /** Every ended campaign's addresses that should have gone at its close (a batch in flight as it closed). */
  async afterClose(tx: Tx): Promise<number> {
    const rows = await tx.rows<{ id: string }>(
      `UPDATE signature s SET email = NULL, email_domain = NULL FROM campaign c
        WHERE c.id = s.campaign_id AND c.status IN ('closed', 'won') AND NOT s.updates AND s.email IS NOT NULL
        RETURNING s.id`,
    );
    if (rows.length)
      await this.mail.forget(
        tx,
        'signature',
        rows.map((r) => r.id),
      );
    return rows.length;
  }

  /** Every message sent about any of the supporter's signatures, on every campaign. */
  private async forgetMail(tx: Tx, emailHash: string): Promise<void> {
    const all = (await tx.rows(`SELECT id FROM signature WHERE email_hash = $1`, [emailHash])) as {
      id: string;
    }[];
    await this.mail.forget(
      tx,
      'signature',
      all.map((r) => r.id),
    );
  }
}
