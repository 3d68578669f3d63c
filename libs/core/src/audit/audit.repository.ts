import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

/** A lock id of its own so that appends to the chain queue up instead of forking it. */
const CHAIN_LOCK = 7_242_031_001;

@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Holds the chain for the rest of the transaction and returns its current head. */
  async lockHead(manager: EntityManager): Promise<{ seq: string; hash: string } | null> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
    // Ordered by the bigint column, not by its text form ('9' sorts after '10').
    const rows = (await manager.query(
      'SELECT seq::text AS head_seq, hash FROM audit_event ORDER BY audit_event.seq DESC LIMIT 1',
    )) as { head_seq: string; hash: string }[];
    return rows[0] ? { seq: rows[0].head_seq, hash: rows[0].hash } : null;
  }

  /** Appends the row and moves the anchor to it, in the same transaction. */
  async insert(manager: EntityManager, event: AuditEventEntity): Promise<void> {
    await manager.getRepository(AuditEventEntity).insert(event as never);
    await manager.query(
      'INSERT INTO audit_anchor (id, seq, hash) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash',
      [event.seq, event.hash],
    );
  }

  /** Where the chain should end. */
  async anchor(): Promise<{ seq: string; hash: string } | null> {
    const rows = (await this.events.query('SELECT seq::text AS anchor_seq, hash FROM audit_anchor WHERE id = 1')) as {
      anchor_seq: string;
      hash: string;
    }[];
    return rows[0] ? { seq: rows[0].anchor_seq, hash: rows[0].hash } : null;
  }

  findForRecord(recordType: string, recordId: string, limit = 200): Promise<AuditEventEntity[]> {
    return this.events.find({ where: { recordType, recordId }, order: { seq: 'DESC' }, take: limit });
  }

  /** Who has written this record, and with which actions (inside the caller's transaction). */
  async actorsOf(
    manager: EntityManager,
    recordType: string,
    recordId: string,
  ): Promise<{ actorId: string | null; action: string }[]> {
    const rows = (await manager.query(
      'SELECT DISTINCT actor_id, action FROM audit_event WHERE record_type = $1 AND record_id = $2',
      [recordType, recordId],
    )) as { actor_id: string | null; action: string }[];
    return rows.map((row) => ({ actorId: row.actor_id, action: row.action }));
  }

  findRecent(limit: number): Promise<AuditEventEntity[]> {
    return this.events.find({ order: { seq: 'DESC' }, take: limit });
  }

  /** Walks the chain in order, a page at a time, without holding it all in memory. */
  async *walk(pageSize = 1000): AsyncGenerator<AuditEventEntity> {
    let after = '0';
    for (;;) {
      const page = await this.events
        .createQueryBuilder('e')
        .where('e.seq > :after', { after })
        .orderBy('e.seq', 'ASC')
        .take(pageSize)
        .getMany();
      if (page.length === 0) return;
      yield* page;
      after = page[page.length - 1].seq;
    }
  }
}
