import { Injectable } from '@nestjs/common';
import { UUID_PATTERN as UUID, AuditService, type Actor, type Tx } from '#libs/core';
import { EvidenceException } from '../evidence.exception';
import type { EvidenceEntity } from '../evidence.entity';
import type { ResolvedEvidence } from './evidence.fields';
import { EvidenceRepository } from './evidence.repository';
import { evidenceSnapshot, type EvidenceAggregate } from './evidence.view';

/** The audit trail's name for an evidence item (and the console's history URL). */
export const EVIDENCE_RECORD = 'evidence';

/** What every write of an item shares: the lock, the version check, the write itself and its audit row. */
@Injectable()
export class EvidenceWriter {
  constructor(
    private readonly evidence: EvidenceRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Locks the item and checks that the writer saw its current version: a write based on an older
   * one is refused and names who saved in between, never merged or overwritten.
   */
  async lock(tx: Tx, id: string, version: number): Promise<EvidenceAggregate> {
    const entity = UUID.test(id) ? await this.evidence.findByIdForUpdate(tx, id) : null;
    if (!entity) throw EvidenceException.notFound(id);
    if (entity.version !== version)
      throw EvidenceException.versionConflict(version, entity.version, entity.updatedByLabel, entity.updatedAt);
    return this.evidence.aggregate(entity, tx);
  }

  /** Writes the resolved content and bumps the version; returns the item as it now is. */
  async writeContent(
    tx: Tx,
    actor: Actor,
    entity: EvidenceEntity,
    resolved: ResolvedEvidence,
    extra: Partial<EvidenceEntity> = {},
  ): Promise<EvidenceAggregate> {
    const saved = await this.evidence.save(tx, entity, { ...resolved.fields, ...extra, updatedByLabel: actor.label });
    await this.evidence.replaceChain(tx, saved.id, resolved.chain);
    await this.evidence.replaceSources(tx, saved.id, resolved.sources);
    await this.evidence.replaceProcurement(tx, saved.id, resolved.procurementIds);
    return this.evidence.aggregate(saved, tx);
  }

  /** A status change: the row only, version bumped. */
  async writeStatus(
    tx: Tx,
    actor: Actor,
    entity: EvidenceEntity,
    changes: Partial<EvidenceEntity>,
  ): Promise<EvidenceAggregate> {
    const saved = await this.evidence.save(tx, entity, { ...changes, updatedByLabel: actor.label });
    return this.evidence.aggregate(saved, tx);
  }

  async record(
    tx: Tx,
    actor: Actor,
    action: string,
    before: EvidenceAggregate | null,
    after: EvidenceAggregate | null,
  ): Promise<void> {
    const id = (after ?? before)?.evidence.id as string;
    await this.audit.record(tx, actor, {
      recordType: EVIDENCE_RECORD,
      recordId: id,
      action,
      before: before ? { ...evidenceSnapshot(before), version: before.evidence.version } : null,
      after: after ? { ...evidenceSnapshot(after), version: after.evidence.version } : null,
    });
  }

  /** Everyone who wrote the item's content: none of them may publish it (the four-eyes rule). */
  writers(tx: Tx, id: string): Promise<Set<string>> {
    return this.audit.writers(tx, EVIDENCE_RECORD, id, ['create', 'update']);
  }
}
