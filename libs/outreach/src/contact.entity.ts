import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CompanyEntity } from '#libs/companies';

/** Who at a company a letter goes to; the escalation order says whom to write to next. */
export const CONTACT_ROLES = [
  'press',
  'human_rights',
  'legal',
  'executive',
  'board',
  'investor_relations',
  'other',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

@Entity('outreach_contact')
@Index('outreach_contact_company_email', ['companyId', 'email'], { unique: true })
@Check(
  'outreach_contact_role',
  `"role" IN ('press','human_rights','legal','executive','board','investor_relations','other')`,
)
@Check('outreach_contact_order', '"escalation_order" >= 1')
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  /** A person or a desk ("Press office"). */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: ContactRole;

  /** Lower-cased. */
  @Column({ type: 'text' })
  email: string;

  /** Where the address was found (a URL or a note): addresses are facts too. */
  @Column({ type: 'text', default: '' })
  source: string;

  /** 1 is written to first; the sweep suggests the next one up when a company stays silent. */
  @Column({ name: 'escalation_order', type: 'integer' })
  escalationOrder: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'updated_by_label', type: 'text' })
  updatedByLabel: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
