import { Injectable } from '@nestjs/common';
import { AuditService, Clock, t, UnitOfWork, validateOrThrow, ValidationFailedException, type Actor } from '#libs/core';
import { CAMPAIGN_RECORD } from '../campaigns/campaigns.service';
import { ReviewFlaggedDto } from '../dto/review.dto';
import { CampaignStore } from '../store/campaign.store';
import { TallyService } from '../tally/tally.service';

export interface DashboardView {
  totals: {
    pending: number;
    confirmed: number;
    counting: number;
    flagged: number;
    invalidated: number;
    erased: number;
  };
  /** Per day (UTC): signatures made and confirmed. */
  days: { day: string; signed: number; confirmed: number }[];
  /** Exact, for organizers: confirmed signatures that count, by country. */
  countries: { country: string; signatures: number }[];
  /** Flagged and not yet reviewed, grouped. */
  flaggedByIp: FlagGroup[];
  flaggedByDomain: FlagGroup[];
  /** The last hour's busiest sources, flagged or not. */
  trendingIps: FlagGroup[];
  trendingDomains: FlagGroup[];
}

export interface FlagGroup {
  key: string;
  signatures: number;
  first: string;
  last: string;
}

const HOUR = 60 * 60 * 1000;
const UNREVIEWED = `flag IS NOT NULL AND cleared_at IS NULL AND status <> 'invalidated'`;

/** Organizers' view of a campaign's signatures: the dashboard, and review of flagged groups. */
@Injectable()
export class SignaturesAdminService {
  constructor(
    private readonly store: CampaignStore,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly tally: TallyService,
    private readonly clock: Clock,
  ) {}

  async dashboard(slug: string): Promise<DashboardView> {
    const campaign = await this.store.bySlug(slug);
    const id = campaign.id;
    const since = new Date(this.clock.now().getTime() - HOUR);
    const [totals] = await this.store.query<Record<keyof DashboardView['totals'], string>>(
      `SELECT count(*) FILTER (WHERE status = 'pending') AS pending,
              count(*) FILTER (WHERE status = 'confirmed') AS confirmed,
              count(*) FILTER (WHERE status = 'confirmed' AND (flag IS NULL OR cleared_at IS NOT NULL)) AS counting,
              count(*) FILTER (WHERE ${UNREVIEWED}) AS flagged,
              count(*) FILTER (WHERE status = 'invalidated') AS invalidated,
              count(*) FILTER (WHERE erased_at IS NOT NULL) AS erased
         FROM signature WHERE campaign_id = $1`,
      [id],
    );
    const days = await this.store.query<{ day: string; signed: string; confirmed: string }>(
      `SELECT d::date::text AS day,
              (SELECT count(*) FROM signature s WHERE s.campaign_id = $1 AND s.created_at >= d AND s.created_at < d + interval '1 day') AS signed,
              (SELECT count(*) FROM signature s WHERE s.campaign_id = $1 AND s.confirmed_at >= d AND s.confirmed_at < d + interval '1 day') AS confirmed
         FROM generate_series(
           date_trunc('day', COALESCE((SELECT min(created_at) FROM signature WHERE campaign_id = $1), $2::timestamptz) AT TIME ZONE 'UTC'),
           date_trunc('day', $2::timestamptz AT TIME ZONE 'UTC'), interval '1 day') AS d
        ORDER BY d`,
      [id, this.clock.now()],
    );
    const countries = await this.store.query<{ country: string; signatures: string }>(
      `SELECT country, count(*) AS signatures FROM signature
        WHERE campaign_id = $1 AND status = 'confirmed' AND (flag IS NULL OR cleared_at IS NOT NULL)
        GROUP BY country ORDER BY count(*) DESC, country`,
      [id],
    );
    const group = (column: string, where: string, params: unknown[]) =>
      this.store
        .query<{ key: string; signatures: string; first: Date; last: Date }>(
          `SELECT ${column} AS key, count(*) AS signatures, min(created_at) AS first, max(created_at) AS last
             FROM signature WHERE campaign_id = $1 AND ${column} IS NOT NULL AND ${where}
            GROUP BY ${column} ORDER BY count(*) DESC, ${column} LIMIT 20`,
          [id, ...params],
        )
        .then((rows) =>
          rows.map((r) => ({
            key: r.key,
            signatures: Number(r.signatures),
            first: r.first.toISOString(),
            last: r.last.toISOString(),
          })),
        );
    const recent = `created_at > $2`;
    return {
      totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Number(v)])) as DashboardView['totals'],
      days: days.map((d) => ({ day: d.day, signed: Number(d.signed), confirmed: Number(d.confirmed) })),
      countries: countries.map((c) => ({ country: c.country, signatures: Number(c.signatures) })),
      flaggedByIp: await group('ip_hash', UNREVIEWED, []),
      flaggedByDomain: await group('email_domain', UNREVIEWED, []),
      trendingIps: (await group('ip_hash', recent, [since])).filter((g) => g.signatures > 1),
      trendingDomains: await group('email_domain', recent, [since]),
    };
  }

  /** Clears (they count) or invalidates (they never do) the unreviewed flagged signatures that match. */
  async review(actor: Actor, slug: string, input: ReviewFlaggedDto): Promise<number> {
    const dto = await validateOrThrow(ReviewFlaggedDto, input);
    if (!dto.ipHash && !dto.domain && !dto.from && !dto.to)
      throw new ValidationFailedException([{ field: 'from', message: t('campaigns.validation.review_group') }]);
    return this.uow.run(async (tx) => {
      const campaign = await this.store.bySlug(slug, tx);
      const now = this.clock.now();
      const set = dto.action === 'clear' ? `cleared_at = $2` : `status = 'invalidated', invalidated_at = $2`;
      const rows = await this.store.query<{ id: string }>(
        `UPDATE signature SET ${set}
          WHERE campaign_id = $1 AND ${UNREVIEWED}
            AND ($3::text IS NULL OR ip_hash = $3) AND ($4::text IS NULL OR email_domain = $4)
            AND ($5::timestamptz IS NULL OR created_at >= $5) AND ($6::timestamptz IS NULL OR created_at <= $6)
          RETURNING id`,
        [campaign.id, now, dto.ipHash ?? null, dto.domain ?? null, dto.from ?? null, dto.to ?? null],
        tx,
      );
      if (rows.length) {
        await this.tally.request(tx);
        await this.audit.record(tx, actor, {
          recordType: CAMPAIGN_RECORD,
          recordId: campaign.id,
          action: dto.action === 'clear' ? 'signatures_cleared' : 'signatures_invalidated',
          // The audit trail is never erased, so it keeps no domain or IP hash: only what kind of group it was.
          after: {
            signatures: rows.length,
            byIpHash: Boolean(dto.ipHash),
            byDomain: Boolean(dto.domain),
            from: dto.from ?? null,
            to: dto.to ?? null,
          },
        });
      }
      return rows.length;
    });
  }
}
