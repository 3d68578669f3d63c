import { ApiProperty } from '@nestjs/swagger';
import { CompanyRefView, toCompanyRefView } from '../company/company.view';
import type { OwnershipEntity } from '../ownership.entity';
import { SourceView, toSourceView } from '../shared/source.view';
import type { GroupLinkRow } from './ownership.repository';

export class OwnershipView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: () => CompanyRefView })
  parent: CompanyRefView;

  @ApiProperty({ type: () => CompanyRefView })
  subsidiary: CompanyRefView;

  @ApiProperty({ type: Number, nullable: true, example: 100 })
  share: number | null;

  @ApiProperty({ type: String, nullable: true, example: '2019-07-09' })
  since: string | null;

  @ApiProperty({ type: String, nullable: true })
  until: string | null;

  @ApiProperty({ type: () => SourceView, nullable: true })
  source: SourceView | null;
}

export class OwnershipPageView {
  @ApiProperty({ type: () => [OwnershipView] })
  data: OwnershipView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

/** One link of a company's group; depth 1 is a direct parent or subsidiary. */
export class GroupLinkView extends OwnershipView {
  @ApiProperty({ example: 1 })
  depth: number;
}

export class CompanyGroupView {
  @ApiProperty({ type: () => [GroupLinkView], description: 'Owners, up the chain' })
  parents: GroupLinkView[];

  @ApiProperty({ type: () => [GroupLinkView], description: 'Holdings, down the chain' })
  subsidiaries: GroupLinkView[];
}

function shareOf(share: string | null): number | null {
  return share === null ? null : Number(share);
}

/** The entity must come with both companies loaded. */
export function toOwnershipView(entity: OwnershipEntity): OwnershipView {
  if (!entity.parent || !entity.subsidiary) throw new Error(`ownership ${entity.id} loaded without its companies`);
  const view = new OwnershipView();
  view.id = entity.id;
  view.parent = toCompanyRefView(entity.parent);
  view.subsidiary = toCompanyRefView(entity.subsidiary);
  view.share = shareOf(entity.share);
  view.since = entity.since;
  view.until = entity.until;
  view.source = toSourceView(entity.source);
  return view;
}

export function toGroupLinkView(row: GroupLinkRow): GroupLinkView {
  const view = new GroupLinkView();
  view.id = row.id;
  view.depth = Number(row.depth);
  view.parent = toCompanyRefView({ slug: row.parent_slug, name: row.parent_name });
  view.subsidiary = toCompanyRefView({ slug: row.subsidiary_slug, name: row.subsidiary_name });
  view.share = shareOf(row.share);
  view.since = row.since;
  view.until = row.until;
  view.source = toSourceView({
    url: row.source_url,
    title: row.source_title,
    publisher: row.source_publisher,
    publishedOn: row.source_published_on,
  });
  return view;
}

/** What the audit trail keeps of a link: both ends by slug, so that history reads without joins. */
export function ownershipSnapshot(
  entity: OwnershipEntity,
  parentSlug: string,
  subsidiarySlug: string,
): Record<string, unknown> {
  return {
    parent: parentSlug,
    parentId: entity.parentId,
    subsidiary: subsidiarySlug,
    subsidiaryId: entity.subsidiaryId,
    share: shareOf(entity.share),
    since: entity.since,
    until: entity.until,
    source: toSourceView(entity.source),
  };
}
