import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One letter to many companies at once: each company gets its own letter, tracked side by side. */
@Entity('outreach_letter_batch')
export class LetterBatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'template_key', type: 'text' })
  templateKey: string;

  @Column({ name: 'created_by_label', type: 'text' })
  createdByLabel: string;

  /** Demo data: shown as such, never sent. */
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
