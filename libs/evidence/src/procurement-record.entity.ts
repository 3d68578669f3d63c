import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CompanyEntity, StateBodyEntity } from '#libs/companies';
import { EvidenceEntity } from './evidence.entity';

/** One item of a tender, as OCDS's `items[]` has it. */
export interface ProcurementItem {
  description: string;
  quantity: number | null;
  unit: string | null;
}

/**
 * A tender from a state portal, shaped after OCDS: the buyer (a state body), the supplier (often
 * a reseller) and the brand (the manufacturer). The reference is the portal's own and unique, so
 * an import can be run again without duplicates.
 */
@Entity('procurement_record')
@Check(
  'procurement_value',
  '("value_minor" IS NULL) = ("currency" IS NULL) AND ("value_minor" IS NULL OR "value_minor" >= 0)',
)
export class ProcurementRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  reference: string;

  /** The OCDS contracting-process id, when the record came from a release package. */
  @Column({ type: 'text', nullable: true })
  ocid: string | null;

  @Column({ type: 'text' })
  title: string;

  @Index()
  @Column({ name: 'buyer_id', type: 'uuid' })
  buyerId: string;

  @ManyToOne(() => StateBodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buyer_id' })
  buyer?: StateBodyEntity;

  @Index()
  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: CompanyEntity;

  @Index()
  @Column({ name: 'brand_id', type: 'uuid', nullable: true })
  brandId: string | null;

  @ManyToOne(() => CompanyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'brand_id' })
  brand?: CompanyEntity | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  items: ProcurementItem[];

  @Column({ name: 'value_minor', type: 'bigint', nullable: true })
  valueMinor: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  /** The award (or tender) date. */
  @Column({ name: 'awarded_on', type: 'date' })
  awardedOn: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @ManyToMany(() => EvidenceEntity)
  @JoinTable({
    name: 'evidence_procurement_record',
    joinColumn: { name: 'procurement_record_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'evidence_id', referencedColumnName: 'id' },
  })
  evidence?: EvidenceEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
