import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, Clock, DB_POOL, UnitOfWork, type AppConfig, type Locale, type Tx } from '#libs/core';
import { MailService, type OutgoingMail } from '#libs/mail';
import { CampaignsException } from '../campaigns.exception';
import { isSignable } from '../campaigns/campaign.mapper';
import type { CampaignEntity } from '../store/campaign.entity';
import type { SignatureFlag } from '../store/signature.entity';
import { SupporterMail, type SignatureMailKind } from '../supporters/supporter-mail';
import { ipHash, supporterHash, type SignerAddress } from './address';
import { rateFlags, type RateHistory } from './rate-flags';

/** One signature as the form gave it, checked, on its way in. */
export interface SignatureRequest {
  slug: string;
  name: string;
  address: SignerAddress;
  country: string;
  showName: boolean;
  updates: boolean;
  comment: string | null;
  locale: Locale;
  /** Held in memory only until the batch hashes it per campaign (ipHash); never stored or logged. */
  ip: string;
  honeypot: boolean;
}

/** What happened, for the tests and the log; the signer sees the same page whatever it was. */
export type SignatureOutcome = SignatureMailKind;

interface Waiting {
  request: SignatureRequest;
  resolve: (outcome: SignatureOutcome) => void;
  reject: (error: unknown) => void;
}

interface Row {
  id: string;
  campaign: CampaignEntity;
  request: SignatureRequest;
  emailHash: string;
  ipHash: string;
  flag: SignatureFlag | null;
}

const MAX_BATCH = 500;
const CAMPAIGN_CACHE_MS = 1000;
const CAMPAIGN_COLUMNS = `id, slug, title, status, opens_at AS "opensAt", closes_at AS "closesAt"`;

/**
 * Group commit for signatures (DESIGN.md, "Signing safely"): requests that arrive while a batch is
 * being written wait for the next one, which writes them all in one transaction (one multi-row
 * insert, their confirmation mail rows and send jobs). A request is answered only once its batch
 * has committed, so an acknowledged signature is never lost; under no load a batch is one request
 * and nothing waits. A batch that fails is retried one request at a time, so that one bad request
 * fails alone.
 */
@Injectable()
export class SignatureIntake {
  private readonly logger = new Logger(SignatureIntake.name);
  private queue: Waiting[] = [];
  private inFlight = 0;
  /** Batches written at once: one per connection the pool can spare (one on the embedded database). */
  private readonly maxInFlight: number;
  private readonly campaignCache = new Map<string, { row: CampaignEntity | null; at: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DB_POOL) pool: Pool,
    private readonly uow: UnitOfWork,
    private readonly mail: MailService,
    private readonly supporterMail: SupporterMail,
    private readonly clock: Clock,
  ) {
    this.maxInFlight = Math.max(1, Math.min(4, (pool.options.max ?? 10) - 2));
  }

  submit(request: SignatureRequest): Promise<SignatureOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.pump();
    });
  }

  /** Starts batches while connections are free; what arrives meanwhile waits for the next one. */
  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async flush(batch: Waiting[]): Promise<void> {
    try {
      const outcomes = await this.write(batch.map((w) => w.request));
      batch.forEach((waiting, i) => settle(waiting, outcomes[i]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      this.logger.warn(`a batch of ${batch.length} signatures failed; writing them one by one: ${String(error)}`);
      for (const waiting of batch) {
        try {
          settle(waiting, (await this.write([waiting.request]))[0]);
        } catch (single) {
          waiting.reject(single);
        }
      }
    }
  }

  /** One transaction for the whole batch; per request, its outcome or the refusal it gets. */
  private write(requests: SignatureRequest[]): Promise<(SignatureOutcome | Error)[]> {
    return this.uow.run(async (tx) => {
      const now = this.clock.now();
      const campaigns = await this.campaigns(tx, requests);
      const outcomes: (SignatureOutcome | Error)[] = [];
      const rows: Row[] = [];
      const seen = new Set<string>();
      for (const request of requests) {
        const campaign = campaigns.get(request.slug);
        if (!campaign) outcomes.push(CampaignsException.notFound(request.slug));
        else if (!isSignable(campaign, now)) outcomes.push(CampaignsException.notOpen(request.slug));
        else {
          const emailHash = supporterHash(this.config.hmacSecret, request.address.canonical);
          const row = {
            id: randomUUID(),
            campaign,
            request,
            emailHash,
            ipHash: ipHash(this.config.hmacSecret, campaign.id, request.ip),
            flag: null,
          };
          rows.push(row);
          outcomes.push('confirm');
          seen.add(`${campaign.id}:${emailHash}`);
        }
      }
      if (rows.length === 0) return outcomes;
      const history = await this.history(tx, rows, now);
      for (const row of rows) row.flag = row.request.honeypot ? 'honeypot' : rateFlags(history, row, this.config);
      const inserted = await this.insert(tx, rows, now);
      const existing = await this.existing(
        tx,
        rows.filter((row) => !inserted.has(row.id)),
      );
      const mails: OutgoingMail[] = [];
      let index = 0;
      for (let i = 0; i < outcomes.length; i++) {
        if (outcomes[i] instanceof Error) continue;
        const row = rows[index++];
        const before = existing.get(`${row.campaign.id}:${row.emailHash}`);
        // Neither written nor there before: the campaign closed since it was last read.
        if (!inserted.has(row.id) && !before) {
          outcomes[i] = CampaignsException.notOpen(row.request.slug);
          continue;
        }
        const kind: SignatureMailKind = inserted.has(row.id)
          ? 'confirm'
          : before!.erased
            ? 'erased'
            : before!.status === 'pending'
              ? 'pending'
              : 'already';
        outcomes[i] = kind;
        mails.push(
          this.supporterMail.signature({
            kind,
            to: row.request.address.address,
            name: row.request.name,
            locale: row.request.locale,
            title: row.campaign.title,
            signatureId: inserted.has(row.id) ? row.id : (before?.id ?? row.id),
            emailHash: row.emailHash,
          }),
        );
      }
      await this.mail.enqueueMany(tx, mails);
      return outcomes;
    });
  }

  /**
   * The batch's campaigns, read at most once a second: the insert itself admits rows only to an
   * open campaign, so a campaign closed within that second takes no signature all the same.
   */
  private async campaigns(tx: Tx, requests: SignatureRequest[]): Promise<Map<string, CampaignEntity>> {
    const at = Date.now();
    const slugs = [...new Set(requests.map((r) => r.slug))];
    const missing = slugs.filter((slug) => {
      const cached = this.campaignCache.get(slug);
      return !cached || at - cached.at > CAMPAIGN_CACHE_MS;
    });
    if (missing.length) {
      const rows = await tx.rows<CampaignEntity>(`SELECT ${CAMPAIGN_COLUMNS} FROM campaign WHERE slug = ANY($1)`, [
        missing,
      ]);
      if (this.campaignCache.size > 1000) this.campaignCache.clear();
      for (const slug of missing) this.campaignCache.set(slug, { row: rows.find((r) => r.slug === slug) ?? null, at });
    }
    const found = new Map<string, CampaignEntity>();
    for (const slug of slugs) {
      const row = this.campaignCache.get(slug)?.row;
      if (row) found.set(slug, row);
    }
    return found;
  }

  /**
   * How many signatures each (campaign, IP hash) of the batch made in each window, counted no
   * further than its limit: a flood from one address costs each batch a few index entries, not a
   * scan of everything it sent.
   */
  private async history(tx: Tx, rows: Row[], now: Date): Promise<RateHistory> {
    const { limit1, window1Ms, limit2, window2Ms } = this.config.signing;
    const pairs = [...new Map(rows.map((r) => [`${r.campaign.id}:${r.ipHash}`, r])).values()];
    const found = await tx.rows<{ campaignId: string; ipHash: string; inFirst: number; inSecond: number }>(
      `SELECT p.campaign_id AS "campaignId", p.ip_hash AS "ipHash",
              (SELECT count(*)::int FROM (SELECT 1 FROM signature s WHERE s.campaign_id = p.campaign_id
                  AND s.ip_hash = p.ip_hash AND s.created_at > $3 LIMIT $4) a) AS "inFirst",
              (SELECT count(*)::int FROM (SELECT 1 FROM signature s WHERE s.campaign_id = p.campaign_id
                  AND s.ip_hash = p.ip_hash AND s.created_at > $5 LIMIT $6) b) AS "inSecond"
         FROM unnest($1::uuid[], $2::text[]) AS p(campaign_id, ip_hash)`,
      [
        pairs.map((r) => r.campaign.id),
        pairs.map((r) => r.ipHash),
        new Date(now.getTime() - window1Ms),
        limit1,
        new Date(now.getTime() - window2Ms),
        limit2,
      ],
    );
    return new Map(found.map((r) => [`${r.campaignId}:${r.ipHash}`, { inFirst: r.inFirst, inSecond: r.inSecond }]));
  }

  /** One statement for the batch; a second signature of the same person is left out by the unique index. */
  private async insert(tx: Tx, rows: Row[], now: Date): Promise<Set<string>> {
    const column = <T>(pick: (row: Row) => T) => rows.map(pick);
    const inserted = (await tx.rows(
      `INSERT INTO signature (id, campaign_id, email_hash, email, email_domain, name, country, show_name, updates, comment,
         locale, status, flag, ip_hash, created_at)
       SELECT id, campaign_id, email_hash, email, email_domain, name, country, show_name, updates, comment, locale,
         'pending', flag, ip_hash, $15
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[],
           $9::bool[], $10::text[], $11::text[], $12::text[], $13::text[], $14::int[])
           AS r(id, campaign_id, email_hash, email, email_domain, name, country, show_name, updates, comment, locale, flag,
             ip_hash, ord)
        WHERE EXISTS (SELECT 1 FROM campaign c WHERE c.id = r.campaign_id AND c.status = 'open')
        ORDER BY ord
       ON CONFLICT (campaign_id, email_hash) DO NOTHING
       RETURNING id`,
      [
        column((r) => r.id),
        column((r) => r.campaign.id),
        column((r) => r.emailHash),
        column((r) => r.request.address.address),
        column((r) => r.request.address.domain),
        column((r) => r.request.name),
        column((r) => r.request.country),
        column((r) => r.request.showName),
        column((r) => r.request.updates),
        column((r) => r.request.comment),
        column((r) => r.request.locale),
        column((r) => r.flag),
        column((r) => r.ipHash),
        rows.map((_, i) => i),
        now,
      ],
    )) as { id: string }[];
    return new Set(inserted.map((row) => row.id));
  }

  /** Who had signed before, and where their signature stands (the email tells them). */
  private async existing(tx: Tx, rows: Row[]) {
    const found = new Map<string, { id: string; status: string; erased: boolean }>();
    if (rows.length === 0) return found;
    const result = (await tx.rows(
      `SELECT id, campaign_id AS "campaignId", email_hash AS "emailHash", status, erased_at IS NOT NULL AS erased
         FROM signature WHERE (campaign_id, email_hash) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))`,
      [rows.map((r) => r.campaign.id), rows.map((r) => r.emailHash)],
    )) as { id: string; campaignId: string; emailHash: string; status: string; erased: boolean }[];
    for (const row of result) found.set(`${row.campaignId}:${row.emailHash}`, row);
    return found;
  }
}

function settle(waiting: Waiting, outcome: SignatureOutcome | Error): void {
  if (outcome instanceof Error) waiting.reject(outcome);
  else waiting.resolve(outcome);
}
