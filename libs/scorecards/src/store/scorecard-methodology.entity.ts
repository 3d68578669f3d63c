import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A published version of the method, exactly as its YAML reads: the built-in files of
 * `methodologies/` and versions an admin published in the console. A version never changes.
 */
@Entity('scorecard_methodology')
@Check('scorecard_methodology_origin', `"origin" IN ('file','console')`)
export class ScorecardMethodologyEntity {
  @PrimaryColumn({ type: 'text' })
  version: string;

  @Column({ type: 'text' })
  yaml: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'text' })
  origin: 'file' | 'console';

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'published_by_label', type: 'text' })
  publishedByLabel: string;
}
