import { ApiProperty } from '@nestjs/swagger';
import { SourceView, toSourceView } from '../shared/source.view';
import { STATE_BODY_KINDS, type StateBodyEntity, type StateBodyKind } from '../state-body.entity';

export class StateBodyView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'kgb' })
  slug: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: [String] })
  aliases: string[];

  @ApiProperty({ example: 'BY' })
  country: string;

  @ApiProperty({ enum: STATE_BODY_KINDS, description: '`not_named`: an end user the sources do not name.' })
  kind: StateBodyKind;

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

export class StateBodyPageView {
  @ApiProperty({ type: () => [StateBodyView] })
  data: StateBodyView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;

  @ApiProperty()
  total: number;
}

export function toStateBodyView(entity: StateBodyEntity): StateBodyView {
  const view = new StateBodyView();
  view.id = entity.id;
  view.slug = entity.slug;
  view.name = entity.name;
  view.aliases = [...entity.aliases];
  view.country = entity.country;
  view.kind = entity.kind;
  view.website = entity.website;
  view.description = entity.description;
  view.source = toSourceView(entity.source);
  view.createdAt = entity.createdAt.toISOString();
  view.updatedAt = entity.updatedAt.toISOString();
  return view;
}

export function stateBodySnapshot(entity: StateBodyEntity): Record<string, unknown> {
  return {
    slug: entity.slug,
    name: entity.name,
    aliases: [...entity.aliases],
    country: entity.country,
    kind: entity.kind,
    website: entity.website,
    description: entity.description,
    source: toSourceView(entity.source),
  };
}
