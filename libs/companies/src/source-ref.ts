import { Column } from 'typeorm';

/** Where a fact about a company, an ownership or a state body comes from. */
export class SourceRef {
  @Column({ name: 'source_url', type: 'text', nullable: true })
  url: string | null;

  @Column({ name: 'source_title', type: 'text', nullable: true })
  title: string | null;

  @Column({ name: 'source_publisher', type: 'text', nullable: true })
  publisher: string | null;

  @Column({ name: 'source_published_on', type: 'date', nullable: true })
  publishedOn: string | null;
}
