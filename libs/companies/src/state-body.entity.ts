import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SourceRef } from './source-ref';

/** An end user of the tools of repression: the KGB, the National Traffic Exchange Center. */
@Entity('state_body')
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
