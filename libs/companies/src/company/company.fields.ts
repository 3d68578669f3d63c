import { t, ValidationFailedException } from '#libs/core';
import type { CompanyEntity } from '../company.entity';
import { slugify } from '../shared/slug';
import { sameSource, toSourceRef } from '../shared/source.view';
import { descriptionText, normalizeAliases, sameList, textOrNull } from '../shared/text';
import type { CompanyFields } from './company.repository';
import type { CreateCompanyDto } from './dto/create-company.dto';
import type { UpdateCompanyDto } from './dto/update-company.dto';

/** The slug given, or one derived from the name; a name with nothing to derive from needs one given. */
export function slugFor(name: string, given: string | null | undefined, field = 'slug'): string {
  if (given) return given;
  const derived = slugify(name);
  if (!derived) throw new ValidationFailedException([{ field, message: t('companies.validation.slug_underivable') }]);
  return derived;
}

/**
 * A whole record from a validated create DTO: what is left out is empty. `currentSlug` keeps an
 * edited record's slug when the form leaves the slug blank.
 */
export function companyFieldsFromCreate(dto: CreateCompanyDto, currentSlug?: string): CompanyFields {
  const name = dto.name.trim();
  return {
    slug: dto.slug || currentSlug || slugFor(name, null),
    name,
    aliases: normalizeAliases(dto.aliases, name),
    kind: dto.kind,
    country: dto.country ? dto.country.toUpperCase() : null,
    website: textOrNull(dto.website),
    description: descriptionText(dto.description),
    source: toSourceRef(dto.source),
  };
}

/** A record after a PATCH: left out keeps, null clears. */
export function companyFieldsFromPatch(entity: CompanyEntity, dto: UpdateCompanyDto): CompanyFields {
  const name = dto.name !== undefined ? dto.name.trim() : entity.name;
  return {
    slug: dto.slug ?? entity.slug,
    name,
    aliases: normalizeAliases(dto.aliases ?? entity.aliases, name),
    kind: dto.kind ?? entity.kind,
    country: dto.country !== undefined ? (dto.country?.toUpperCase() ?? null) : entity.country,
    website: dto.website !== undefined ? textOrNull(dto.website) : entity.website,
    description: dto.description !== undefined ? descriptionText(dto.description) : entity.description,
    source: dto.source !== undefined ? toSourceRef(dto.source) : entity.source,
  };
}

/** Whether writing `fields` would change nothing (then no write and no audit row). */
export function sameCompany(entity: CompanyEntity, fields: CompanyFields): boolean {
  return (
    entity.slug === fields.slug &&
    entity.name === fields.name &&
    sameList(entity.aliases, fields.aliases) &&
    entity.kind === fields.kind &&
    (entity.country?.trim() || null) === fields.country &&
    entity.website === fields.website &&
    entity.description === fields.description &&
    sameSource(entity.source, fields.source)
  );
}
