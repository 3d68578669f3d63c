import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock';
import type { Tx } from '../database/unit-of-work';
import { AuditEventEntity } from './audit-event.entity';
import { auditHash, GENESIS_HASH, snapshot } from './audit-hash';
import { AuditRepository } from './audit.repository';
import { RecordChanges } from './record-changes';

export interface Actor {
  /** The organizer account, or null for the system and the command line. */
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system' };

export type { AuditAction, AuditEntry } from './audit-entry';
import type { AuditEntry } from './audit-entry';

export interface ChainBreak {
  seq: string;
  reason: 'altered' | 'removed' | 'reordered';
}

export interface VerifyResult {
  checked: number;
  firstBreak: ChainBreak | null;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly clock: Clock,
    private readonly changes: RecordChanges,
  ) {}

  /** Appends to the chain inside the write's own transaction: no write without its record. */
  async record(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
    const head = await this.repository.lockHead(tx.manager);
    const event = Object.assign(new AuditEventEntity(), {
      seq: String(head ? BigInt(head.seq) + 1n : 1n),
      at: this.clock.now(),
      actorId: actor.id,
      actorLabel: actor.label,
      recordType: entry.recordType,
      recordId: entry.recordId,
      action: entry.action,
      before: snapshot(entry.before ?? null),
      after: snapshot(entry.after ?? null),
      prevHash: head?.hash ?? GENESIS_HASH,
    });
    event.hash = auditHash(event);
    await this.repository.insert(tx.manager, event);
    await this.changes.notify(tx, entry);
  }

  history(recordType: string, recordId: string): Promise<AuditEventEntity[]> {
    return this.repository.findForRecord(recordType, recordId);
  }

  /** The accounts that made these changes to a record (the four-eyes rule asks who wrote an item). */
  async writers(tx: Tx, recordType: string, recordId: string, actions: string[]): Promise<Set<string>> {
    const rows = await this.repository.actorsOf(tx.manager, recordType, recordId);
    return new Set(
      rows.filter((row) => row.actorId !== null && actions.includes(row.action)).map((row) => row.actorId as string),
    );
  }

  recent(limit = 20): Promise<AuditEventEntity[]> {
    return this.repository.findRecent(limit);
  }

  /** Recomputes every hash; the first row whose content, position or predecessor is off is named. */
  async verify(): Promise<VerifyResult> {
    let expectedSeq = 1n;
    let prevHash = GENESIS_HASH;
    let checked = 0;
    for await (const row of this.repository.walk()) {
      const seq = BigInt(row.seq);
      if (seq !== expectedSeq) return { checked, firstBreak: { seq: String(expectedSeq), reason: 'removed' } };
      if (row.prevHash !== prevHash) return { checked, firstBreak: { seq: row.seq, reason: 'reordered' } };
      if (auditHash(row) !== row.hash) return { checked, firstBreak: { seq: row.seq, reason: 'altered' } };
      prevHash = row.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    // Rows taken from the end leave an intact but shorter chain: the anchor still names its end.
    const anchor = await this.repository.anchor();
    if (anchor && (BigInt(anchor.seq) >= expectedSeq || (checked > 0 && anchor.hash !== prevHash))) {
      return { checked, firstBreak: { seq: String(expectedSeq), reason: 'removed' } };
    }
    return { checked, firstBreak: null };
  }
}
