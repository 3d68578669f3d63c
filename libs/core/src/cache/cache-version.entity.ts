import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The version of one part of the public record (`record`, `campaigns`), raised in the transaction
 * of every write that changes what a public page shows. Every process's page cache compares its
 * entries against these, so a write on one node empties the others' caches too.
 */
@Entity('cache_version')
export class CacheVersionEntity {
  @PrimaryColumn({ type: 'text' })
  scope: string;

  @Column({ type: 'bigint' })
  version: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
