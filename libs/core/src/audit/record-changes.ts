import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/unit-of-work';
import type { AuditEntry } from './audit-entry';

/** Called inside the write's own transaction, for every change the audit trail records. */
export type RecordChangeListener = (tx: Tx, entry: AuditEntry) => Promise<void>;

/**
 * Every write of the record passes through the audit trail; areas built on top of the record
 * (scorecards) listen here to what changed, in the same transaction, without the areas below them
 * knowing they exist. A listener's failure fails the write, as any part of it would.
 */
@Injectable()
export class RecordChanges {
  private readonly listeners: RecordChangeListener[] = [];

  subscribe(listener: RecordChangeListener): void {
    this.listeners.push(listener);
  }

  async notify(tx: Tx, entry: AuditEntry): Promise<void> {
    for (const listener of this.listeners) await listener(tx, entry);
  }
}
