import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';
import type { Tx } from '#libs/core';
import { CompanyEntity } from '#libs/companies';
import { CampaignsException } from '../campaigns.exception';
import {
  CampaignEntity,
  CampaignEvidenceEntity,
  CampaignMilestoneEntity,
  CampaignTargetEntity,
} from './campaign.entity';
import { CampaignCountEntity, CampaignTallyEntity } from './tally.entity';

/** A campaign with what hangs off it, read in a handful of queries. */
export interface CampaignRecord {
  campaign: CampaignEntity;
  targets: { slug: string; name: string; id: string }[];
  evidence: string[];
  milestones: CampaignMilestoneEntity[];
  count: CampaignCountEntity | null;
  tallies: CampaignTallyEntity[];
}

/** Repositories of campaigns' tables, inside a transaction when given one. */
@Injectable()
export class CampaignStore {
  constructor(private readonly dataSource: DataSource) {}

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>, tx?: Tx): Repository<T> {
    return tx ? tx.manager.getRepository(entity) : this.dataSource.getRepository(entity);
  }

  /** A statement's rows, whatever its command (see Tx.rows), in the transaction when given one. */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[], tx?: Tx): Promise<T[]> {
    if (tx) return tx.rows<T>(sql, params);
    const runner = this.dataSource.createQueryRunner();
    try {
      return ((await runner.query(sql, params, true)) as { records: T[] }).records;
    } finally {
      await runner.release();
    }
  }

  async bySlug(slug: string, tx?: Tx, lock = false): Promise<CampaignEntity> {
    const campaign = await this.repo(CampaignEntity, tx).findOne({
      where: { slug },
      ...(lock && tx ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!campaign) throw CampaignsException.notFound(slug);
    return campaign;
  }

  /** Campaigns with their targets, evidence, milestones and counts, in the order given. */
  async records(campaigns: CampaignEntity[], tx?: Tx): Promise<CampaignRecord[]> {
    if (campaigns.length === 0) return [];
    const ids = campaigns.map((c) => c.id);
    const [targets, evidence, milestones, counts, tallies] = await Promise.all([
      this.query<{ campaign_id: string; id: string; slug: string; name: string }>(
        `SELECT t.campaign_id, c.id, c.slug, c.name FROM campaign_target t JOIN company c ON c.id = t.company_id
          WHERE t.campaign_id = ANY($1) ORDER BY t.position`,
        [ids],
        tx,
      ),
      this.repo(CampaignEvidenceEntity, tx).find({ where: { campaignId: In(ids) }, order: { position: 'ASC' } }),
      this.repo(CampaignMilestoneEntity, tx).find({ where: { campaignId: In(ids) }, order: { count: 'ASC' } }),
      this.repo(CampaignCountEntity, tx).find({ where: { campaignId: In(ids) } }),
      this.repo(CampaignTallyEntity, tx).find({
        where: { campaignId: In(ids) },
        order: { signatures: 'DESC', country: 'ASC' },
      }),
    ]);
    return campaigns.map((campaign) => ({
      campaign,
      targets: targets.filter((t) => t.campaign_id === campaign.id).map(({ id, slug, name }) => ({ id, slug, name })),
      evidence: evidence.filter((e) => e.campaignId === campaign.id).map((e) => e.evidenceId),
      milestones: milestones.filter((m) => m.campaignId === campaign.id),
      count: counts.find((c) => c.campaignId === campaign.id) ?? null,
      tallies: tallies.filter((t) => t.campaignId === campaign.id),
    }));
  }

  async companiesBySlug(slugs: string[], tx: Tx): Promise<CompanyEntity[]> {
    const found = await this.repo(CompanyEntity, tx).find({ where: { slug: In(slugs) } });
    return slugs.map((slug) => {
      const company = found.find((c) => c.slug === slug);
      if (!company) throw CampaignsException.unknownCompany(slug);
      return company;
    });
  }

  /** Replaces what hangs off a campaign: its targets, evidence and milestones (keeping dates reached). */
  async replaceLinks(
    tx: Tx,
    campaignId: string,
    links: { companies: CompanyEntity[]; evidence: string[]; milestones: number[] },
  ): Promise<void> {
    await this.repo(CampaignTargetEntity, tx).delete({ campaignId });
    await this.repo(CampaignEvidenceEntity, tx).delete({ campaignId });
    if (links.companies.length)
      await this.repo(CampaignTargetEntity, tx).insert(
        links.companies.map((company, position) => ({ campaignId, companyId: company.id, position })),
      );
    if (links.evidence.length)
      await this.repo(CampaignEvidenceEntity, tx).insert(
        links.evidence.map((evidenceId, position) => ({ campaignId, evidenceId, position })),
      );
    const milestones = this.repo(CampaignMilestoneEntity, tx);
    const kept = await milestones.find({ where: { campaignId } });
    const gone = kept.filter((m) => !links.milestones.includes(m.count)).map((m) => m.count);
    if (gone.length) await milestones.delete({ campaignId, count: In(gone) });
    const added = links.milestones.filter((count) => !kept.some((m) => m.count === count));
    if (added.length) await milestones.insert(added.map((count) => ({ campaignId, count, reachedAt: null })));
  }
}
