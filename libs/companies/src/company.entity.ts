import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SourceRef } from './source-ref';

export const COMPANY_KINDS = [
  'manufacturer',
  'software_vendor',
  'reseller',
  'telecom_operator',
  'financial',
  'other',
] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

@Entity('company')
export class CompanyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  /** ISO 3166-1 alpha-2, upper case. */
  @Index()
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Index()
  @Column({ type: 'text' })
  kind: CompanyKind;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column(() => SourceRef, { prefix: false })
  source: SourceRef;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
