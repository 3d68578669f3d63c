import { Injectable } from '@nestjs/common';
import { In, QueryFailedError } from 'typeorm';
import { AuditService, Clock, UnitOfWork, validateOrThrow, UUID_PATTERN, type Actor, type Tx } from '#libs/core';
import { slugify } from '#libs/companies';
import { CampaignsException } from '../campaigns.exception';
import { CampaignInputDto, CampaignVersionDto, MarkWonDto, UpdateCampaignDto } from '../dto/campaign.dto';
import { CampaignEntity, type CampaignStatus } from '../store/campaign.entity';
import { CampaignStore, type CampaignRecord } from '../store/campaign.store';
import { SupporterErasure } from '../supporters/supporter-erasure';
import { auditSnapshot, toCampaignView } from './campaign.mapper';
import type { CampaignView, WonByView } from './campaign.view';

export const CAMPAIGN_RECORD = 'campaign';

type Transition = 'open' | 'close' | 'won';
const FROM: Record<Transition, CampaignStatus[]> = { open: ['draft'], close: ['open'], won: ['open', 'closed'] };

/** Organizers' side of campaigns: write, open, close, mark won. Every change is audited; no signer ever is. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly store: CampaignStore,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly erasure: SupporterErasure,
  ) {}

  /** Campaigns of these statuses (every one when not given), newest first. */
  async list(statuses?: readonly CampaignStatus[]): Promise<CampaignView[]> {
    const campaigns = await this.store.repo(CampaignEntity).find({
      where: statuses ? { status: In([...statuses]) } : {},
      order: { createdAt: 'DESC' },
    });
    return this.views(await this.store.records(campaigns));
  }

  async get(slug: string, tx?: Tx): Promise<CampaignView> {
    const campaign = await this.store.bySlug(slug, tx);
    const [view] = await this.views(await this.store.records([campaign], tx), tx);
    return view;
  }

  async create(actor: Actor, input: CampaignInputDto, options: { demo?: boolean } = {}): Promise<CampaignView> {
    const dto = await validateOrThrow(CampaignInputDto, input);
    return this.uow.run(async (tx) => {
      const links = await this.checkLinks(tx, dto);
      const entity = this.store.repo(CampaignEntity, tx).create({
        slug: dto.slug ?? slugify(dto.title),
        kind: dto.kind,
        title: dto.title,
        ask: dto.ask,
        why: dto.why,
        goal: dto.goal,
        status: 'draft',
        opensAt: dto.opensAt ? new Date(dto.opensAt) : null,
        closesAt: dto.closesAt ? new Date(dto.closesAt) : null,
        demo: options.demo ?? false,
        updatedByLabel: actor.label,
      });
      const saved = await this.save(tx, entity);
      await this.store.replaceLinks(tx, saved.id, links);
      await this.audit.record(tx, actor, {
        recordType: CAMPAIGN_RECORD,
        recordId: saved.id,
        action: 'create',
        after: auditSnapshot(saved, this.linkSlugs(dto)),
      });
      return this.get(saved.slug, tx);
    });
  }

  async update(actor: Actor, slug: string, input: UpdateCampaignDto): Promise<CampaignView> {
    const dto = await validateOrThrow(UpdateCampaignDto, input);
    return this.uow.run(async (tx) => {
      const campaign = await this.lockVersion(tx, slug, dto.version);
      const before = await this.snapshotOf(tx, campaign);
      const links = await this.checkLinks(tx, dto);
      Object.assign(campaign, {
        slug: dto.slug ?? campaign.slug,
        title: dto.title,
        ask: dto.ask,
        why: dto.why,
        goal: dto.goal,
        opensAt: dto.opensAt ? new Date(dto.opensAt) : null,
        closesAt: dto.closesAt ? new Date(dto.closesAt) : null,
        updatedByLabel: actor.label,
      });
      const saved = await this.save(tx, campaign);
      await this.store.replaceLinks(tx, saved.id, links);
      await this.audit.record(tx, actor, {
        recordType: CAMPAIGN_RECORD,
        recordId: saved.id,
        action: 'update',
        before,
        after: auditSnapshot(saved, this.linkSlugs(dto)),
      });
      return this.get(saved.slug, tx);
    });
  }

  open(actor: Actor, slug: string, input: CampaignVersionDto): Promise<CampaignView> {
    return this.transition(actor, slug, input, 'open', async (campaign) => {
      campaign.status = 'open';
      campaign.openedAt = this.clock.now();
    });
  }

  close(actor: Actor, slug: string, input: CampaignVersionDto): Promise<CampaignView> {
    return this.transition(actor, slug, input, 'close', async (campaign, tx) => {
      campaign.status = 'closed';
      campaign.closedAt = this.clock.now();
      await this.erasure.atClose(tx, campaign.id);
    });
  }

  async markWon(actor: Actor, slug: string, input: MarkWonDto): Promise<CampaignView> {
    const dto = await validateOrThrow(MarkWonDto, input);
    return this.transition(actor, slug, dto, 'won', async (campaign, tx) => {
      const [response] = await this.store.query<{ id: string }>(
        `SELECT r.id FROM outreach_response r JOIN campaign_target t ON t.company_id = r.company_id AND t.campaign_id = $2
          WHERE r.id = $1`,
        [dto.response, campaign.id],
        tx,
      );
      if (!response) throw CampaignsException.unknownResponse(dto.response);
      if (campaign.status === 'open') {
        campaign.closedAt = this.clock.now();
        await this.erasure.atClose(tx, campaign.id);
      }
      campaign.status = 'won';
      campaign.wonResponseId = response.id;
    });
  }

  /** Closes the open campaigns whose closing time has passed (the sweep job); returns their slugs. */
  async closeDue(actor: Actor): Promise<string[]> {
    const due = await this.store.query<{ slug: string; version: number }>(
      `SELECT slug, version FROM campaign WHERE status = 'open' AND closes_at <= $1`,
      [this.clock.now()],
    );
    for (const { slug, version } of due) await this.close(actor, slug, { version });
    return due.map((d) => d.slug);
  }

  private async transition(
    actor: Actor,
    slug: string,
    input: CampaignVersionDto,
    action: Transition,
    change: (campaign: CampaignEntity, tx: Tx) => Promise<void>,
  ): Promise<CampaignView> {
    const dto = await validateOrThrow(CampaignVersionDto, { version: input.version });
    return this.uow.run(async (tx) => {
      const campaign = await this.lockVersion(tx, slug, dto.version);
      if (!FROM[action].includes(campaign.status)) throw CampaignsException.wrongStatus(campaign.status, action);
      const before = await this.snapshotOf(tx, campaign);
      await change(campaign, tx);
      campaign.updatedByLabel = actor.label;
      const saved = await this.save(tx, campaign);
      await this.audit.record(tx, actor, {
        recordType: CAMPAIGN_RECORD,
        recordId: saved.id,
        action,
        before,
        after: { ...before, status: saved.status, wonResponseId: saved.wonResponseId, version: saved.version },
      });
      return this.get(saved.slug, tx);
    });
  }

  private async lockVersion(tx: Tx, slug: string, version: number): Promise<CampaignEntity> {
    const campaign = await this.store.bySlug(slug, tx, true);
    if (campaign.version !== version) throw CampaignsException.versionConflict();
    return campaign;
  }

  private async checkLinks(tx: Tx, dto: CampaignInputDto) {
    if (dto.kind !== 'petition') throw CampaignsException.kindNotYet(dto.kind);
    const companies = await this.store.companiesBySlug(dto.targets, tx);
    const evidence = dto.evidence.filter((id) => UUID_PATTERN.test(id));
    const published = await this.store.query<{ id: string }>(
      `SELECT id FROM evidence WHERE id = ANY($1) AND status = 'published'`,
      [evidence],
      tx,
    );
    const missing = dto.evidence.find((id) => !published.some((row) => row.id === id));
    if (missing) throw CampaignsException.unknownEvidence(missing);
    return { companies, evidence: dto.evidence, milestones: [...dto.milestones].sort((a, b) => a - b) };
  }

  private linkSlugs(dto: CampaignInputDto) {
    return { targets: dto.targets, evidence: dto.evidence, milestones: [...dto.milestones].sort((a, b) => a - b) };
  }

  private async snapshotOf(tx: Tx, campaign: CampaignEntity) {
    const [record] = await this.store.records([campaign], tx);
    return auditSnapshot(campaign, {
      targets: record.targets.map((t) => t.slug),
      evidence: record.evidence,
      milestones: record.milestones.map((m) => m.count),
    });
  }

  private async save(tx: Tx, entity: CampaignEntity): Promise<CampaignEntity> {
    try {
      return await this.store.repo(CampaignEntity, tx).save(entity);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
        throw CampaignsException.slugTaken(entity.slug);
      throw error;
    }
  }

  private async views(records: CampaignRecord[], tx?: Tx): Promise<CampaignView[]> {
    const wonIds = records.map((r) => r.campaign.wonResponseId).filter((id): id is string => id !== null);
    const won = wonIds.length
      ? await this.store.query<{ id: string; slug: string; classification: string; responded_on: string }>(
          `SELECT r.id, c.slug, r.classification, r.responded_on::text FROM outreach_response r JOIN company c ON c.id = r.company_id
            WHERE r.id = ANY($1)`,
          [wonIds],
          tx,
        )
      : [];
    const now = this.clock.now();
    return records.map((record) => {
      const row = won.find((w) => w.id === record.campaign.wonResponseId);
      const wonBy: WonByView | null = row
        ? { responseId: row.id, company: row.slug, classification: row.classification, respondedOn: row.responded_on }
        : null;
      return toCampaignView(record, now, wonBy);
    });
  }
}
