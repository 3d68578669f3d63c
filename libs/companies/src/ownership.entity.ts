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
import { CompanyEntity } from './company.entity';
import { SourceRef } from './source-ref';

/** A parent owns (part of) a subsidiary for a period: Broadcom → VMware. */
@Entity('ownership')
@Check('ownership_not_self', '"parent_id" <> "subsidiary_id"')
@Check('ownership_share_range', '"share" IS NULL OR ("share" > 0 AND "share" <= 100)')
@Check('ownership_period', '"until" IS NULL OR "since" IS NULL OR "until" >= "since"')
export class OwnershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'parent_id', type: 'uuid' })
  parentId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: CompanyEntity;

  @Index()
  @Column({ name: 'subsidiary_id', type: 'uuid' })
  subsidiaryId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subsidiary_id' })
  subsidiary?: CompanyEntity;

  /** Percent held, 0 < share ≤ 100; null when not known. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  share: string | null;

  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Column({ type: 'date', nullable: true })
  until: string | null;

  @Column(() => SourceRef, { prefix: false })
  source: SourceRef;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
