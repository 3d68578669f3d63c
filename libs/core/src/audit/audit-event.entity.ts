import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row of the append-only, hash-chained audit trail. */
@Entity('audit_event')
/** A record's history, in order (declared so that generated migrations keep it). */
@Index('IDX_audit_event_record', ['recordType', 'recordId', 'seq'])
export class AuditEventEntity {
  /** Gap-free position in the chain (not a sequence: a rolled-back write must not leave a hole). */
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel: string;

  @Column({ name: 'record_type', type: 'text' })
  recordType: string;

  @Column({ name: 'record_id', type: 'text' })
  recordId: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
