import { Injectable } from '@nestjs/common';
import { Clock, UnitOfWork, validateOrThrow, type Actor, type Tx } from '#libs/core';
import type { CorrectionKind } from '../evidence-correction.entity';
import type { EvidenceStatus } from '../evidence.entity';
import { EvidenceException } from '../evidence.exception';
import { ReturnEvidenceDto, ReviewStepDto, StatusChangeDto } from './dto/write-evidence.dto';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceWriter } from './evidence-writer';
import { toEvidenceView, type EvidenceAggregate, type EvidenceView } from './evidence.view';

/**
 * The review workflow: draft → in_review → published → disputed | retracted. Every step names the
 * version it acts on. Corrections of what the public has seen are CorrectionProposalsService's.
 */
@Injectable()
export class EvidenceWorkflowService {
  constructor(
    private readonly evidence: EvidenceRepository,
    private readonly writer: EvidenceWriter,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** The author (or another researcher) asks for review. */
  async submit(actor: Actor, id: string, input: ReviewStepDto): Promise<EvidenceView> {
    const dto = await validateOrThrow(ReviewStepDto, input);
    return this.step(actor, id, dto.version, 'submit', ['draft'], async (tx, before) => {
      const now = this.clock.now();
      const after = await this.writer.writeStatus(tx, actor, before.evidence, {
        status: 'in_review',
        submittedAt: now,
      });
      await this.note(tx, actor, after, 'submitted', dto.comment);
      return after;
    });
  }

  /** A reviewer sends the item back to its author, saying what to change. */
  async sendBack(actor: Actor, id: string, input: ReturnEvidenceDto): Promise<EvidenceView> {
    const dto = await validateOrThrow(ReturnEvidenceDto, input);
    return this.step(actor, id, dto.version, 'return', ['in_review'], async (tx, before) => {
      const after = await this.writer.writeStatus(tx, actor, before.evidence, { status: 'draft' });
      await this.note(tx, actor, after, 'returned', dto.comment);
      return after;
    });
  }

  /** Four eyes: a reviewer who wrote none of the item publishes it. */
  async publish(actor: Actor, id: string, input: ReviewStepDto): Promise<EvidenceView> {
    const dto = await validateOrThrow(ReviewStepDto, input);
    return this.step(actor, id, dto.version, 'publish', ['in_review'], async (tx, before) => {
      const writers = await this.writer.writers(tx, before.evidence.id);
      if (actor.id === null || actor.id === before.evidence.authorId || writers.has(actor.id))
        throw EvidenceException.ownWork();
      const after = await this.writer.writeStatus(tx, actor, before.evidence, {
        status: 'published',
        publishedAt: this.clock.now(),
        publisherId: actor.id,
        publisherLabel: actor.label,
      });
      await this.note(tx, actor, after, 'published', dto.comment);
      return after;
    });
  }

  /** The item is contested (a company denies it, a source is in doubt): it stays public, marked, with the reason. */
  async dispute(actor: Actor, id: string, input: StatusChangeDto): Promise<EvidenceView> {
    return this.statusChange(actor, id, input, 'dispute', ['published'], 'disputed', 'dispute');
  }

  async resolveDispute(actor: Actor, id: string, input: StatusChangeDto): Promise<EvidenceView> {
    return this.statusChange(actor, id, input, 'resolve', ['disputed'], 'published', 'dispute_resolved');
  }

  /** A retracted item stays visible, marked retracted, with the reason; it no longer counts. */
  async retract(actor: Actor, id: string, input: StatusChangeDto): Promise<EvidenceView> {
    return this.statusChange(actor, id, input, 'retract', ['published', 'disputed'], 'retracted', 'retraction');
  }

  private async statusChange(
    actor: Actor,
    id: string,
    input: StatusChangeDto,
    action: string,
    from: EvidenceStatus[],
    to: EvidenceStatus,
    kind: CorrectionKind,
  ): Promise<EvidenceView> {
    const dto = await validateOrThrow(StatusChangeDto, input);
    return this.step(actor, id, dto.version, action, from, async (tx, before) => {
      const after = await this.writer.writeStatus(tx, actor, before.evidence, {
        status: to,
        statusReason: to === 'published' ? null : dto.reason.trim(),
        statusChangedAt: this.clock.now(),
      });
      await this.correction(tx, actor, after, kind, dto.reason, [
        { field: 'status', before: before.evidence.status, after: to },
      ]);
      return after;
    });
  }

  /** Locks, checks the version and the status, runs the step, keeps its audit row. */
  private async step(
    actor: Actor,
    id: string,
    version: number,
    action: string,
    from: EvidenceStatus[],
    work: (tx: Tx, before: EvidenceAggregate) => Promise<EvidenceAggregate>,
  ): Promise<EvidenceView> {
    return this.uow.run(async (tx) => {
      const before = await this.writer.lock(tx, id, version);
      if (!from.includes(before.evidence.status)) throw EvidenceException.wrongStatus(action, before.evidence.status);
      const after = await work(tx, before);
      await this.writer.record(tx, actor, action, before, after);
      return toEvidenceView(await this.evidence.aggregate(after.evidence, tx));
    });
  }

  private async note(
    tx: Tx,
    actor: Actor,
    after: EvidenceAggregate,
    action: 'submitted' | 'returned' | 'published',
    comment: string | null | undefined,
  ): Promise<void> {
    await this.evidence.addReviewNote(tx, {
      evidenceId: after.evidence.id,
      action,
      comment: (comment ?? '').trim(),
      actorLabel: actor.label,
      at: this.clock.now(),
      version: after.evidence.version,
    });
  }

  private async correction(
    tx: Tx,
    actor: Actor,
    after: EvidenceAggregate,
    kind: CorrectionKind,
    reason: string,
    changes: { field: string; before: string; after: string }[],
  ): Promise<void> {
    await this.evidence.addCorrection(tx, {
      evidenceId: after.evidence.id,
      kind,
      reason: reason.trim(),
      changes,
      actorLabel: actor.label,
      madeAt: this.clock.now(),
      versionAfter: after.evidence.version,
    });
  }
}
