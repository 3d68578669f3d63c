import { Injectable } from '@nestjs/common';
import { AuditService, Clock, diffSnapshots, UnitOfWork, validateOrThrow, type Actor, type Tx } from '#libs/core';
import { EvidenceException } from '../evidence.exception';
import type { EvidenceCorrectionProposalEntity } from '../evidence-correction-proposal.entity';
import { CorrectionProposalRepository, isUuid } from './correction-proposal.repository';
import { CorrectionProposalView, toProposalView } from './correction-proposal.view';
import { CreateEvidenceDto } from './dto/create-evidence.dto';
import { ApproveProposalDto, CorrectEvidenceDto, RejectProposalDto } from './dto/write-evidence.dto';
import { inputOf, overlay, resolveEvidence } from './evidence.fields';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceWriter } from './evidence-writer';
import { evidenceSnapshot, toEvidenceView, type EvidenceAggregate, type EvidenceView } from './evidence.view';

/** The audit trail's name for a proposed correction. */
export const PROPOSAL_RECORD = 'evidence_correction_proposal';
const CORRECTABLE = ['published', 'disputed'];
/** The review queue shows at most this many waiting corrections. */
const PENDING_LIMIT = 200;

/**
 * Corrections of what the public has seen, under the same four-eyes rule as publication: anyone
 * on the record may propose one (with its reason), and a reviewer who did not propose it makes it.
 * Nothing public changes until then.
 */
@Injectable()
export class CorrectionProposalsService {
  constructor(
    private readonly proposals: CorrectionProposalRepository,
    private readonly evidence: EvidenceRepository,
    private readonly writer: EvidenceWriter,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Checks the correction as if it were made now, keeps what it would change, and changes nothing yet. */
  async propose(actor: Actor, id: string, input: CorrectEvidenceDto): Promise<CorrectionProposalView> {
    const dto = await validateOrThrow(CorrectEvidenceDto, input);
    return this.uow.run(async (tx) => {
      const before = await this.writer.lock(tx, id, dto.version);
      if (!CORRECTABLE.includes(before.evidence.status))
        throw EvidenceException.wrongStatus('correct', before.evidence.status);
      const changes = JSON.parse(JSON.stringify(dto.changes ?? {})) as Record<string, unknown>;
      const diff = await this.preview(tx, actor, before, changes);
      const proposal = await this.proposals.insert(tx, {
        evidenceId: before.evidence.id,
        baseVersion: before.evidence.version,
        reason: dto.reason.trim(),
        changes,
        diff,
        status: 'pending',
        proposerId: actor.id,
        proposerLabel: actor.label,
        proposedAt: this.clock.now(),
        decidedByLabel: null,
        decidedAt: null,
        decisionComment: null,
      });
      await this.audit.record(tx, actor, {
        recordType: PROPOSAL_RECORD,
        recordId: proposal.id,
        action: 'propose',
        before: null,
        after: { evidenceId: proposal.evidenceId, reason: proposal.reason, diff },
      });
      return toProposalView(proposal, before.evidence.title, actor.id);
    });
  }

  /** Makes the correction: public at once on the item, on /corrections and in the feed. */
  async approve(actor: Actor, proposalId: string, input: ApproveProposalDto): Promise<EvidenceView> {
    const dto = await validateOrThrow(ApproveProposalDto, input);
    return this.uow.run(async (tx) => {
      const proposal = await this.pendingForUpdate(tx, proposalId);
      if (actor.id === null || actor.id === proposal.proposerId) throw EvidenceException.ownProposal();
      const current = await this.evidence.findByIdForUpdate(tx, proposal.evidenceId);
      if (!current) throw EvidenceException.notFound(proposal.evidenceId);
      if (current.version !== proposal.baseVersion)
        throw EvidenceException.proposalStale(proposal.baseVersion, current.version, current.updatedByLabel);
      const before = await this.writer.lock(tx, proposal.evidenceId, proposal.baseVersion);
      if (!CORRECTABLE.includes(before.evidence.status))
        throw EvidenceException.wrongStatus('correct', before.evidence.status);
      const after = await this.apply(tx, actor, before, proposal.changes);
      const changes = diffSnapshots(evidenceSnapshot(before), evidenceSnapshot(after));
      if (changes.length === 0) throw EvidenceException.nothingToCorrect();
      const now = this.clock.now();
      await this.evidence.addCorrection(tx, {
        evidenceId: after.evidence.id,
        kind: 'correction',
        reason: proposal.reason,
        changes,
        actorLabel: actor.label,
        madeAt: now,
        versionAfter: after.evidence.version,
      });
      await this.writer.record(tx, actor, 'correct', before, after);
      await this.decide(tx, actor, proposal, 'approved', dto.comment ?? null);
      return toEvidenceView(await this.evidence.aggregate(after.evidence, tx));
    });
  }

  async reject(actor: Actor, proposalId: string, input: RejectProposalDto): Promise<CorrectionProposalView> {
    const dto = await validateOrThrow(RejectProposalDto, input);
    return this.uow.run(async (tx) => {
      const proposal = await this.pendingForUpdate(tx, proposalId);
      const decided = await this.decide(tx, actor, proposal, 'rejected', dto.comment);
      const item = await this.evidence.findById(proposal.evidenceId, tx);
      return toProposalView(decided, item?.title ?? '', actor.id);
    });
  }

  /** One proposal (staff only); `viewerId` says whether the viewer proposed it. */
  async get(proposalId: string, viewerId: string | null = null): Promise<CorrectionProposalView> {
    const proposal = await this.proposals.findById(proposalId);
    if (!proposal) throw EvidenceException.proposalNotFound(proposalId);
    const item = await this.evidence.findById(proposal.evidenceId);
    return toProposalView(proposal, item?.title ?? '', viewerId);
  }

  /** An item's proposals (staff only), newest first. */
  async forEvidence(evidenceId: string, viewerId: string | null = null): Promise<CorrectionProposalView[]> {
    const item = isUuid(evidenceId) ? await this.evidence.findById(evidenceId) : null;
    if (!item) throw EvidenceException.notFound(evidenceId);
    return (await this.proposals.forEvidence(item.id)).map((proposal) =>
      toProposalView(proposal, item.title, viewerId),
    );
  }

  /** Every correction waiting for a reviewer, oldest first: part of the review queue. */
  async pending(viewerId: string | null = null): Promise<CorrectionProposalView[]> {
    return (await this.proposals.pending(PENDING_LIMIT)).map(({ proposal, title }) =>
      toProposalView(proposal, title, viewerId),
    );
  }

  /** What the correction would change, worked out by making it inside a savepoint that is then undone. */
  private async preview(
    tx: Tx,
    actor: Actor,
    before: EvidenceAggregate,
    changes: Record<string, unknown>,
  ): Promise<{ field: string; before: string; after: string }[]> {
    await tx.manager.query('SAVEPOINT correction_preview');
    const after = await this.apply(tx, actor, before, changes);
    const diff = diffSnapshots(evidenceSnapshot(before), evidenceSnapshot(after));
    await tx.manager.query('ROLLBACK TO SAVEPOINT correction_preview');
    if (diff.length === 0) throw EvidenceException.nothingToCorrect();
    return diff;
  }

  private async apply(
    tx: Tx,
    actor: Actor,
    before: EvidenceAggregate,
    changes: Record<string, unknown>,
  ): Promise<EvidenceAggregate> {
    const merged = await validateOrThrow(
      CreateEvidenceDto,
      overlay(inputOf(before), changes as Partial<CreateEvidenceDto>),
    );
    const resolved = await resolveEvidence(tx, this.evidence, merged);
    return this.writer.writeContent(tx, actor, before.evidence, resolved);
  }

  private async pendingForUpdate(tx: Tx, id: string): Promise<EvidenceCorrectionProposalEntity> {
    const proposal = await this.proposals.findByIdForUpdate(tx, id);
    if (!proposal) throw EvidenceException.proposalNotFound(id);
    if (proposal.status !== 'pending') throw EvidenceException.proposalDecided(proposal.status);
    return proposal;
  }

  private async decide(
    tx: Tx,
    actor: Actor,
    proposal: EvidenceCorrectionProposalEntity,
    status: 'approved' | 'rejected',
    comment: string | null,
  ): Promise<EvidenceCorrectionProposalEntity> {
    const decided = await this.proposals.decide(tx, proposal, {
      status,
      decidedByLabel: actor.label,
      decidedAt: this.clock.now(),
      decisionComment: comment?.trim() || null,
    });
    await this.audit.record(tx, actor, {
      recordType: PROPOSAL_RECORD,
      recordId: proposal.id,
      action: status === 'approved' ? 'approve' : 'reject',
      before: { status: 'pending' },
      after: { status, comment: decided.decisionComment },
    });
    return decided;
  }
}
