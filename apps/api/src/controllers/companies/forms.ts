import {
  COMPANY_KINDS,
  STATE_BODY_KINDS,
  type CompanyView,
  type OwnershipView,
  type StateBodyView,
} from '#libs/companies';
import { DomainException, t, type ErrorDetail } from '#libs/core';

/**
 * Console forms arrive flat (`source.url`, aliases one a line); these turn them into the JSON
 * shape the DTOs validate, and records back into what the form shows.
 */
type FormBody = Record<string, unknown>;

/** What a form shows in its fields: always text. */
export interface RecordForm {
  name: string;
  slug: string;
  kind: string;
  country: string;
  website: string;
  aliases: string;
  description: string;
  sourceUrl: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourcePublishedOn: string;
}

export interface OwnershipForm {
  parent: string;
  subsidiary: string;
  share: string;
  since: string;
  until: string;
  sourceUrl: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourcePublishedOn: string;
}

/** A field's text; a repeated field (an array) counts as not given. */
function text(body: FormBody, key: string): string {
  const value = body[key];
  return typeof value === 'string' ? value : '';
}

function blankToUndefined(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

function sourceInput(form: {
  sourceUrl: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourcePublishedOn: string;
}) {
  const source = {
    url: blankToUndefined(form.sourceUrl),
    title: blankToUndefined(form.sourceTitle),
    publisher: blankToUndefined(form.sourcePublisher),
    publishedOn: blankToUndefined(form.sourcePublishedOn),
  };
  return Object.values(source).some((value) => value !== undefined) ? source : undefined;
}

export function recordFormFrom(body: FormBody): RecordForm {
  return {
    name: text(body, 'name'),
    slug: text(body, 'slug'),
    kind: text(body, 'kind'),
    country: text(body, 'country'),
    website: text(body, 'website'),
    aliases: text(body, 'aliases'),
    description: text(body, 'description'),
    sourceUrl: text(body, 'source.url'),
    sourceTitle: text(body, 'source.title'),
    sourcePublisher: text(body, 'source.publisher'),
    sourcePublishedOn: text(body, 'source.publishedOn'),
  };
}

/** The create DTO's shape: blanks left out, so that a cleared field clears the record. */
export function recordInput(form: RecordForm, withKind: boolean): Record<string, unknown> {
  return {
    name: form.name,
    slug: blankToUndefined(form.slug),
    ...(withKind ? { kind: blankToUndefined(form.kind) } : {}),
    country: blankToUndefined(form.country),
    website: blankToUndefined(form.website),
    aliases: form.aliases
      .split(/\r?\n/)
      .map((alias) => alias.trim())
      .filter((alias) => alias !== ''),
    description: form.description,
    source: sourceInput(form),
  };
}

export function recordFormOf(view: CompanyView | StateBodyView): RecordForm {
  return {
    name: view.name,
    slug: view.slug,
    kind: 'kind' in view ? view.kind : '',
    country: view.country ?? '',
    website: view.website ?? '',
    aliases: view.aliases.join('\n'),
    description: view.description,
    sourceUrl: view.source?.url ?? '',
    sourceTitle: view.source?.title ?? '',
    sourcePublisher: view.source?.publisher ?? '',
    sourcePublishedOn: view.source?.publishedOn ?? '',
  };
}

export function emptyRecordForm(): RecordForm {
  return recordFormFrom({});
}

export function ownershipFormFrom(body: FormBody): OwnershipForm {
  return {
    parent: text(body, 'parent'),
    subsidiary: text(body, 'subsidiary'),
    share: text(body, 'share'),
    since: text(body, 'since'),
    until: text(body, 'until'),
    sourceUrl: text(body, 'source.url'),
    sourceTitle: text(body, 'source.title'),
    sourcePublisher: text(body, 'source.publisher'),
    sourcePublishedOn: text(body, 'source.publishedOn'),
  };
}

export function ownershipInput(form: OwnershipForm): Record<string, unknown> {
  return {
    parent: form.parent,
    subsidiary: form.subsidiary,
    share: blankToUndefined(form.share),
    since: blankToUndefined(form.since),
    until: blankToUndefined(form.until),
    source: sourceInput(form),
  };
}

export function ownershipFormOf(view: OwnershipView): OwnershipForm {
  return {
    parent: view.parent.slug,
    subsidiary: view.subsidiary.slug,
    share: view.share === null ? '' : String(view.share),
    since: view.since ?? '',
    until: view.until ?? '',
    sourceUrl: view.source?.url ?? '',
    sourceTitle: view.source?.title ?? '',
    sourcePublisher: view.source?.publisher ?? '',
    sourcePublishedOn: view.source?.publishedOn ?? '',
  };
}

export function kindOptions(): { value: string; label: string }[] {
  return COMPANY_KINDS.map((kind) => ({ value: kind, label: t(`companies.kind.${kind}`) }));
}

export function stateBodyKindOptions(): { value: string; label: string }[] {
  return STATE_BODY_KINDS.map((kind) => ({ value: kind, label: t(`state_bodies.kind.${kind}`) }));
}

/**
 * A refusal the form can show: a field's problem beside the field, anything else above the form.
 * Not-found and other errors go on to the error page.
 */
export function formRefusal(
  error: unknown,
): { status: number; errors: ErrorDetail[]; formError: string | null } | null {
  if (!(error instanceof DomainException) || !['invalid', 'conflict'].includes(error.kind)) return null;
  const status = error.kind === 'conflict' ? 409 : 400;
  if (error.details.length) return { status, errors: error.details, formError: null };
  return { status, errors: [], formError: error.message };
}
