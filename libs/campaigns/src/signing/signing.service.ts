import { Injectable } from '@nestjs/common';
import { Clock, UnitOfWork, UUID_PATTERN, ValidationFailedException, t, type Locale, type Tx } from '#libs/core';
import { CampaignStore } from '../store/campaign.store';
import type { SignDto } from '../dto/sign.dto';
import { SupporterTokens } from '../supporters/supporter-tokens';
import { TallyService } from '../tally/tally.service';
import { readSignerAddress } from './address';
import { SignatureIntake, type SignatureOutcome } from './signature-intake';

/** Where a confirmation link leads; every case is a page of its own, none a 500. */
export type ConfirmState = 'ready' | 'confirmed' | 'already' | 'expired' | 'invalid' | 'erased' | 'invalidated';

export interface ConfirmResult {
  state: ConfirmState;
  campaign: { slug: string; title: string } | null;
}

/** The signer's side: sign (through the intake), then confirm from the email. */
@Injectable()
export class SigningService {
  constructor(
    private readonly intake: SignatureIntake,
    private readonly tokens: SupporterTokens,
    private readonly tally: TallyService,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly store: CampaignStore,
  ) {}

  /**
   * Takes a checked form. Resolves once the signature (or the email saying it was there already) is
   * committed; the caller answers the same page whichever it was.
   */
  async sign(slug: string, form: SignDto, context: { ip: string; locale: Locale }): Promise<SignatureOutcome> {
    const address = readSignerAddress(form.email);
    if (!address)
      throw new ValidationFailedException([{ field: 'email', message: t('campaigns.validation.email_undeliverable') }]);
    return this.intake.submit({
      slug,
      name: form.name,
      address,
      country: form.country,
      showName: form.show_name,
      updates: form.updates,
      comment: form.comment ? form.comment : null,
      locale: context.locale,
      ip: context.ip,
      honeypot: Boolean(form.website && form.website.trim()),
    });
  }

  /** What the confirmation page shows before its button is pressed. */
  async preview(token: string): Promise<ConfirmResult> {
    const signatureId = this.signatureOf(token);
    if (typeof signatureId !== 'string') return { state: signatureId.state, campaign: null };
    const row = await this.find(signatureId);
    if (!row) return { state: 'invalid', campaign: null };
    return { state: stateOf(row, 'ready'), campaign: { slug: row.slug, title: row.title } };
  }

  /** The button: confirms once; a second press, a replay, says it was already done. */
  async confirm(token: string): Promise<ConfirmResult> {
    const signatureId = this.signatureOf(token);
    if (typeof signatureId !== 'string') return { state: signatureId.state, campaign: null };
    return this.uow.run(async (tx) => {
      const confirmed = (await tx.rows(
        `UPDATE signature SET status = 'confirmed', confirmed_at = $2
          WHERE id = $1 AND status = 'pending' AND erased_at IS NULL RETURNING id`,
        [signatureId, this.clock.now()],
      )) as { id: string }[];
      if (confirmed.length) await this.tally.request(tx);
      const row = await this.find(signatureId, tx);
      if (!row) return { state: 'invalid' as const, campaign: null };
      return {
        state: confirmed.length ? ('confirmed' as const) : stateOf(row, 'already'),
        campaign: { slug: row.slug, title: row.title },
      };
    });
  }

  private signatureOf(token: string): string | { state: ConfirmState } {
    const reading = this.tokens.read('confirm', token);
    if (reading.expired) return { state: 'expired' };
    const id = reading.payload?.[0];
    if (!reading.valid || !id || !UUID_PATTERN.test(id)) return { state: 'invalid' };
    return id;
  }

  private async find(id: string, tx?: Tx) {
    const rows = await this.store.query<{ status: string; erased: boolean; slug: string; title: string }>(
      `SELECT s.status, s.erased_at IS NOT NULL AS erased, c.slug, c.title
         FROM signature s JOIN campaign c ON c.id = s.campaign_id WHERE s.id = $1`,
      [id],
      tx,
    );
    return rows[0] ?? null;
  }
}

function stateOf(row: { status: string; erased: boolean }, pending: ConfirmState): ConfirmState {
  if (row.erased) return 'erased';
  if (row.status === 'invalidated') return 'invalidated';
  if (row.status === 'confirmed') return 'already';
  return pending;
}
