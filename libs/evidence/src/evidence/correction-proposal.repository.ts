import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { UUID_PATTERN as UUID, type Tx } from '#libs/core';
import { EvidenceCorrectionProposalEntity } from '../evidence-correction-proposal.entity';
import { EvidenceEntity } from '../evidence.entity';

/** A malformed id names nothing: looking it up would be a database error, not a miss. */
export const isUuid = (id: string): boolean => UUID.test(id);

@Injectable()
export class CorrectionProposalRepository {
  constructor(
    @InjectRepository(EvidenceCorrectionProposalEntity)
    private readonly proposals: Repository<EvidenceCorrectionProposalEntity>,
  ) {}

  async insert(
    tx: Tx,
    fields: Omit<EvidenceCorrectionProposalEntity, 'id' | 'evidence'>,
  ): Promise<EvidenceCorrectionProposalEntity> {
    const repo = tx.manager.getRepository(EvidenceCorrectionProposalEntity);
    return repo.save(repo.create(fields));
  }

  findById(id: string): Promise<EvidenceCorrectionProposalEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.proposals.findOne({ where: { id } });
  }

  findByIdForUpdate(tx: Tx, id: string): Promise<EvidenceCorrectionProposalEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return tx.manager
      .getRepository(EvidenceCorrectionProposalEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async decide(
    tx: Tx,
    proposal: EvidenceCorrectionProposalEntity,
    decision: Pick<EvidenceCorrectionProposalEntity, 'status' | 'decidedByLabel' | 'decidedAt' | 'decisionComment'>,
  ): Promise<EvidenceCorrectionProposalEntity> {
    const repo = tx.manager.getRepository(EvidenceCorrectionProposalEntity);
    return repo.save(repo.create({ ...proposal, ...decision }));
  }

  /** An item's proposals, newest first. */
  forEvidence(evidenceId: string): Promise<EvidenceCorrectionProposalEntity[]> {
    return this.proposals.find({ where: { evidenceId }, order: { proposedAt: 'DESC', id: 'DESC' } });
  }

  /** Every proposal waiting for a reviewer, oldest first, with the title of its item. */
  async pending(limit: number): Promise<{ proposal: EvidenceCorrectionProposalEntity; title: string }[]> {
    const proposals = await this.proposals.find({
      where: { status: 'pending' },
      order: { proposedAt: 'ASC', id: 'ASC' },
      take: limit,
    });
    const ids = [...new Set(proposals.map((proposal) => proposal.evidenceId))];
    const items = ids.length
      ? await this.proposals.manager
          .getRepository(EvidenceEntity)
          .find({ where: { id: In(ids) }, select: { id: true, title: true } })
      : [];
    const titles = new Map(items.map((item) => [item.id, item.title]));
    return proposals.map((proposal) => ({ proposal, title: titles.get(proposal.evidenceId) ?? '' }));
  }
}
