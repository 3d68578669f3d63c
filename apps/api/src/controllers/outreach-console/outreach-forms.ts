import type { ContactView, LetterView } from '#libs/outreach';

/**
 * The outreach console's forms arrive flat and as text: a checkbox group sends one value, many
 * values or nothing at all under one name. These read them into what the form shows again and
 * into the shapes the DTOs take; the DTOs do the checking.
 */
export type FormBody = Record<string, unknown>;

/** A field's text; a repeated field (an array) counts as not given. */
export function text(body: FormBody, key: string): string {
  const value = body[key];
  return typeof value === 'string' ? value : '';
}

/** Every value of a checkbox group or multi-select: none, one, or many. */
export function values(body: FormBody, key: string): string[] {
  const value = body[key];
  if (typeof value === 'string') return value === '' ? [] : [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
}

/** A blank field is "not given" (the service's default), never an empty value. */
export function given(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/** The version an action form was based on; a missing one is refused by the DTO, not guessed. */
export function versionOf(body: FormBody): number {
  const value = text(body, 'version').trim();
  return value === '' ? Number.NaN : Number(value);
}

export interface ContactForm {
  name: string;
  role: string;
  email: string;
  source: string;
  escalationOrder: string;
  active: boolean;
  version: string;
}

export function contactFormFrom(body: FormBody): ContactForm {
  return {
    name: text(body, 'name'),
    role: text(body, 'role'),
    email: text(body, 'email'),
    source: text(body, 'source'),
    escalationOrder: text(body, 'escalationOrder'),
    // An unticked box sends nothing: that is "inactive", not "not given".
    active: text(body, 'active') === 'on',
    version: text(body, 'version'),
  };
}

export function contactFormOf(contact: ContactView): ContactForm {
  return {
    name: contact.name,
    role: contact.role,
    email: contact.email,
    source: contact.source,
    escalationOrder: String(contact.escalationOrder),
    active: contact.active,
    version: String(contact.version),
  };
}

/** A new contact comes next in the escalation order. */
export function emptyContactForm(existing: ContactView[]): ContactForm {
  const next = Math.min(99, existing.reduce((top, contact) => Math.max(top, contact.escalationOrder), 0) + 1);
  return { name: '', role: '', email: '', source: '', escalationOrder: String(next), active: true, version: '' };
}

export function contactInput(form: ContactForm): Record<string, unknown> {
  return {
    name: form.name,
    role: form.role,
    email: form.email,
    source: form.source,
    escalationOrder: form.escalationOrder,
    active: form.active,
  };
}

/** The letter form: the compose form (template, kind) and a draft's editor share the rest. */
export interface LetterForm {
  template: string;
  kind: string;
  contacts: string[];
  evidence: string[];
  deadlineDays: string;
  subject: string;
  body: string;
  version: string;
}

export function letterFormFrom(body: FormBody): LetterForm {
  return {
    template: text(body, 'template'),
    kind: text(body, 'kind'),
    contacts: values(body, 'contacts'),
    evidence: values(body, 'evidence'),
    deadlineDays: text(body, 'deadlineDays'),
    subject: text(body, 'subject'),
    body: text(body, 'body'),
    version: text(body, 'version'),
  };
}

export function letterFormOf(letter: LetterView): LetterForm {
  return {
    template: letter.templateKey,
    kind: letter.kind,
    contacts: letter.recipients.map((recipient) => recipient.contactId).filter((id): id is string => id !== null),
    evidence: letter.evidenceIds,
    deadlineDays: String(letter.deadlineDays),
    subject: letter.subjectSource,
    body: letter.bodySource,
    version: String(letter.version),
  };
}

/**
 * The compose DTO's shape. Recipients and evidence are always given (an empty group means
 * "none", not "the default"); blank sources mean the template's own.
 */
export function composeInput(company: string, form: LetterForm): Record<string, unknown> {
  return {
    company,
    template: given(form.template),
    kind: given(form.kind),
    contacts: form.contacts,
    evidence: form.evidence,
    deadlineDays: form.deadlineDays,
    subject: given(form.subject),
    body: given(form.body),
  };
}

export function updateInput(form: LetterForm): Record<string, unknown> {
  return {
    version: form.version,
    contacts: form.contacts,
    evidence: form.evidence,
    deadlineDays: form.deadlineDays,
    subject: form.subject,
    body: form.body,
  };
}

export interface BatchForm {
  title: string;
  template: string;
  companies: string[];
  deadlineDays: string;
  subject: string;
  body: string;
}

export function batchFormFrom(body: FormBody): BatchForm {
  return {
    title: text(body, 'title'),
    template: text(body, 'template'),
    companies: values(body, 'companies'),
    deadlineDays: text(body, 'deadlineDays'),
    subject: text(body, 'subject'),
    body: text(body, 'body'),
  };
}

export function batchInput(form: BatchForm): Record<string, unknown> {
  return {
    title: form.title,
    template: given(form.template),
    companies: form.companies,
    deadlineDays: form.deadlineDays,
    subject: given(form.subject),
    body: given(form.body),
  };
}

export interface ResponseForm {
  letter: string;
  channel: string;
  respondedOn: string;
  respondedOnPrecision: string;
  dueOn: string;
  text: string;
  url: string;
  classification: string;
  evidence: string[];
}

export function responseFormFrom(body: FormBody): ResponseForm {
  return {
    letter: text(body, 'letter'),
    channel: text(body, 'channel'),
    respondedOn: text(body, 'respondedOn'),
    respondedOnPrecision: text(body, 'respondedOnPrecision'),
    dueOn: text(body, 'dueOn'),
    text: text(body, 'text'),
    url: text(body, 'url'),
    classification: text(body, 'classification'),
    evidence: values(body, 'evidence'),
  };
}

export function responseInput(company: string, form: ResponseForm): Record<string, unknown> {
  return {
    company,
    letter: given(form.letter),
    channel: form.channel,
    respondedOn: form.respondedOn,
    respondedOnPrecision: given(form.respondedOnPrecision),
    dueOn: given(form.dueOn),
    text: given(form.text),
    url: given(form.url),
    classification: form.classification,
    evidence: form.evidence,
  };
}

export interface ClassifyForm {
  classification: string;
  evidence: string[];
  text: string;
}

export function classifyFormFrom(body: FormBody): ClassifyForm {
  return { classification: text(body, 'classification'), evidence: values(body, 'evidence'), text: text(body, 'text') };
}

export function classifyInput(form: ClassifyForm): Record<string, unknown> {
  return { classification: form.classification, evidence: form.evidence, text: given(form.text) };
}

export interface ExternalLetterForm {
  senderOrganization: string;
  sentOn: string;
  sentOnPrecision: string;
  subject: string;
  summary: string;
  evidence: string[];
  deadlineDays: string;
  sourceUrl: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourcePublishedOn: string;
  sourceExcerpt: string;
}

export function externalLetterFormFrom(body: FormBody): ExternalLetterForm {
  return {
    senderOrganization: text(body, 'senderOrganization'),
    sentOn: text(body, 'sentOn'),
    sentOnPrecision: text(body, 'sentOnPrecision'),
    subject: text(body, 'subject'),
    summary: text(body, 'summary'),
    evidence: values(body, 'evidence'),
    deadlineDays: text(body, 'deadlineDays'),
    sourceUrl: text(body, 'source.url'),
    sourceTitle: text(body, 'source.title'),
    sourcePublisher: text(body, 'source.publisher'),
    sourcePublishedOn: text(body, 'source.publishedOn'),
    sourceExcerpt: text(body, 'sourceExcerpt'),
  };
}

export function externalLetterInput(company: string, form: ExternalLetterForm): Record<string, unknown> {
  return {
    company,
    senderOrganization: form.senderOrganization,
    sentOn: form.sentOn,
    sentOnPrecision: given(form.sentOnPrecision),
    subject: form.subject,
    summary: form.summary,
    evidence: form.evidence,
    deadlineDays: given(form.deadlineDays),
    source: {
      url: form.sourceUrl,
      title: given(form.sourceTitle),
      publisher: given(form.sourcePublisher),
      publishedOn: given(form.sourcePublishedOn),
    },
    sourceExcerpt: given(form.sourceExcerpt),
  };
}
