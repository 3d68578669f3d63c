import { slugFor } from '../company/company.fields';
import { sameSource, toSourceRef } from '../shared/source.view';
import { descriptionText, normalizeAliases, sameList, textOrNull } from '../shared/text';
import type { StateBodyEntity } from '../state-body.entity';
import type { CreateStateBodyDto } from './dto/create-state-body.dto';
import type { UpdateStateBodyDto } from './dto/update-state-body.dto';
import type { StateBodyFields } from './state-body.repository';

export function stateBodyFieldsFromCreate(dto: CreateStateBodyDto, currentSlug?: string): StateBodyFields {
  const name = dto.name.trim();
  return {
    slug: dto.slug || currentSlug || slugFor(name, null),
    name,
    aliases: normalizeAliases(dto.aliases, name),
    country: dto.country.toUpperCase(),
    kind: dto.kind ?? 'other',
    website: textOrNull(dto.website),
    description: descriptionText(dto.description),
    source: toSourceRef(dto.source),
  };
}

export function stateBodyFieldsFromPatch(entity: StateBodyEntity, dto: UpdateStateBodyDto): StateBodyFields {
  const name = dto.name !== undefined ? dto.name.trim() : entity.name;
  return {
    slug: dto.slug ?? entity.slug,
    name,
    aliases: normalizeAliases(dto.aliases ?? entity.aliases, name),
    country: dto.country?.toUpperCase() ?? entity.country,
    kind: dto.kind ?? entity.kind,
    website: dto.website !== undefined ? textOrNull(dto.website) : entity.website,
    description: dto.description !== undefined ? descriptionText(dto.description) : entity.description,
    source: dto.source !== undefined ? toSourceRef(dto.source) : entity.source,
  };
}

export function sameStateBody(entity: StateBodyEntity, fields: StateBodyFields): boolean {
  return (
    entity.slug === fields.slug &&
    entity.name === fields.name &&
    sameList(entity.aliases, fields.aliases) &&
    entity.country.trim() === fields.country &&
    entity.kind === fields.kind &&
    entity.website === fields.website &&
    entity.description === fields.description &&
    sameSource(entity.source, fields.source)
  );
}
