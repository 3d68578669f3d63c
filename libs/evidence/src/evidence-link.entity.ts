import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CompanyEntity } from '#libs/companies';
import { EvidenceEntity } from './evidence.entity';

export const CHAIN_ROLES = ['manufacturer', 'vendor', 'distributor', 'reseller', 'integrator', 'operator'] as const;
export type ChainRole = (typeof CHAIN_ROLES)[number];

/**
 * One company in an evidence item's chain, in order from the maker to the last company before the
 * end user: Supermicro (manufacturer, 0) → MAP INFO (reseller, 1) → the KGB.
 */
@Entity('evidence_link')
@Unique('evidence_link_position', ['evidenceId', 'position'])
@Unique('evidence_link_company', ['evidenceId', 'companyId'])
@Check('evidence_link_role', `"role" IN ('manufacturer','vendor','distributor','reseller','integrator','operator')`)
@Check('evidence_link_position_range', '"position" >= 0')
export class EvidenceLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => EvidenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: EvidenceEntity;

  @Column({ type: 'integer' })
  position: number;

  @Index()
  @Column({ name: 'company_id', type: 'uuid' })
  companyId: string;

  /** A company in a chain cannot be deleted from under it. */
  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  @Column({ type: 'text' })
  role: ChainRole;
}
