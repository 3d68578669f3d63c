import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SourceRef } from './source-ref';

/**
 * What a state body is, as the scoring method weighs it (DESIGN.md, "Scoring": end-user severity).
 * `not_named`: the sources say only "the authorities" (A1: "by order of the authorized state
 * bodies"); the record keeps such an end user as a body of its own, shown and weighed as unnamed.
 */
export const STATE_BODY_KINDS = [
  'security_service',
  'police',
  'internet_regulator',
  'presidential_administration',
  'other_ministry',
  'other',
  'not_named',
] as const;
export type StateBodyKind = (typeof STATE_BODY_KINDS)[number];

/** An end user of the tools of repression: the KGB, the National Traffic Exchange Center. */
@Entity('state_body')
@Check(
  'state_body_kind',
  `"kind" IN ('security_service','police','internet_regulator','presidential_administration','other_ministry','other','not_named')`,
)
export class StateBodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', default: 'other' })
  kind: StateBodyKind;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column(() => SourceRef, { prefix: false })
  source: SourceRef;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
