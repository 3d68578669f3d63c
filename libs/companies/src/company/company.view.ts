import { ApiProperty } from '@nestjs/swagger';
import { COMPANY_KINDS, type CompanyEntity, type CompanyKind } from '../company.entity';
import { SourceView, toSourceView } from '../shared/source.view';

export class CompanyView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'supermicro' })
  slug: string;

  @ApiProperty({ example: 'Supermicro' })
  name: string;

  @ApiProperty({ type: [String] })
  aliases: string[];

  @ApiProperty({ enum: COMPANY_KINDS })
  kind: CompanyKind;

  @ApiProperty({ type: String, nullable: true, example: 'US' })
  country: string | null;

  @ApiProperty({ type: String, nullable: true })
  website: string | null;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: () => SourceView, nullable: true })
  source: SourceView | null;

  @ApiProperty()
  createdAt: string;

  @ApiProperty()
  updatedAt: string;
}

/** A company as it appears in a list of names: a link and a label. */
export class CompanyRefView {
  @ApiProperty({ example: 'broadcom' })
  slug: string;

  @ApiProperty({ example: 'Broadcom' })
  name: string;
}

export class CompanyPageView {
  @ApiProperty({ type: () => [CompanyView] })
  data: CompanyView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as ?cursor= for the next page; null on the last page.',
  })
  nextCursor: string | null;

  @ApiProperty({ description: 'How many companies match the search and filters.' })
  total: number;
}

export function toCompanyView(entity: CompanyEntity): CompanyView {
  const view = new CompanyView();
  view.id = entity.id;
  view.slug = entity.slug;
  view.name = entity.name;
  view.aliases = [...entity.aliases];
  view.kind = entity.kind;
  view.country = entity.country;
  view.website = entity.website;
  view.description = entity.description;
  view.source = toSourceView(entity.source);
  view.createdAt = entity.createdAt.toISOString();
  view.updatedAt = entity.updatedAt.toISOString();
  return view;
}

export function toCompanyRefView(company: { slug: string; name: string }): CompanyRefView {
  const view = new CompanyRefView();
  view.slug = company.slug;
  view.name = company.name;
  return view;
}

/** What the audit trail keeps of a company: the record's own fields, not its timestamps. */
export function companySnapshot(entity: CompanyEntity): Record<string, unknown> {
  return {
    slug: entity.slug,
    name: entity.name,
    aliases: [...entity.aliases],
    kind: entity.kind,
    country: entity.country,
    website: entity.website,
    description: entity.description,
    source: toSourceView(entity.source),
  };
}
