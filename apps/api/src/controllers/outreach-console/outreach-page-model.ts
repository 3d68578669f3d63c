import { DomainException, t, type ErrorDetail } from '#libs/core';
import type { ContactView, InboundSummaryView, LetterSummaryView, RecipientView, ResponseView } from '#libs/outreach';
import { pageUrl } from '../companies/page-model';

/** Outreach is the organizers' work (admins always pass). */
export const ORGANIZERS = { roles: ['organizer' as const], token: false as const };

const BASE = '/console/outreach';
const enc = encodeURIComponent;

/** Where each console page of outreach lives. */
export const urls = {
  dashboard: BASE,
  companies: `${BASE}/companies`,
  company: (slug: string) => `${BASE}/companies/${enc(slug)}`,
  newContact: (slug: string) => `${BASE}/companies/${enc(slug)}/contacts/new`,
  editContact: (id: string) => `${BASE}/contacts/${enc(id)}/edit`,
  deleteContact: (id: string) => `${BASE}/contacts/${enc(id)}/delete`,
  newLetter: (params: { company?: string; kind?: string; contact?: string } = {}) =>
    pageUrl(`${BASE}/letters/new`, params),
  letter: (id: string) => `${BASE}/letters/${enc(id)}`,
  batches: `${BASE}/batches`,
  newBatch: `${BASE}/batches/new`,
  batch: (id: string) => `${BASE}/batches/${enc(id)}`,
  inbound: (tab?: string) => pageUrl(`${BASE}/inbound`, { tab }),
  inboundItem: (id: string) => `${BASE}/inbound/${enc(id)}`,
  newResponse: (params: { company?: string; letter?: string } = {}) => pageUrl(`${BASE}/responses/new`, params),
  newExternalLetter: (params: { company?: string } = {}) => pageUrl(`${BASE}/external-letters/new`, params),
  publicCompany: (slug: string) => `/companies/${enc(slug)}`,
};

export function withNotice(url: string, notice: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}notice=${notice}`;
}

const NOTICES = [
  'contact_added',
  'contact_saved',
  'contact_deleted',
  'composed',
  'saved',
  'sent',
  'published',
  'draft_deleted',
  'batch_created',
  'batch_sent',
  'attached',
  'dismissed',
  'classified',
  'response_recorded',
  'external_recorded',
];

/** A flash message for `?notice=` after a redirect; unknown notices show nothing. */
export function noticeText(notice: unknown): string | null {
  return typeof notice === 'string' && NOTICES.includes(notice) ? t(`outreach.console.notice.${notice}`) : null;
}

export interface Shown {
  errors: ErrorDetail[];
  formError: string | null;
}

/**
 * Messages as a form shows them: a problem of a field the form has goes beside that field (under
 * the form's name for it), one per field; anything else (a stale version, a refusal that names
 * no field) goes above the form.
 */
export function shownErrors(
  details: ErrorDetail[],
  fields: readonly string[],
  rename: Record<string, string> = {},
): Shown {
  const errors: ErrorDetail[] = [];
  const above: string[] = [];
  for (const detail of details) {
    const field = rename[detail.field] ?? detail.field.replace(/\.\d+$/, '');
    if (fields.includes(field)) {
      if (!errors.some((error) => error.field === field)) errors.push({ field, message: detail.message });
    } else if (!above.includes(detail.message)) {
      above.push(detail.message);
    }
  }
  return { errors, formError: above.length ? above.join(' ') : null };
}

/** A refusal of the outreach services, with its status, laid out for a form; null for anything else (a missing record, a fault). */
export function refusalFor(
  error: unknown,
  fields: readonly string[],
  rename: Record<string, string> = {},
): ({ status: number } & Shown) | null {
  if (!(error instanceof DomainException)) return null;
  const status = ({ invalid: 400, conflict: 409, forbidden: 403 } as Record<string, number>)[error.kind];
  if (!status) return null;
  const shown = shownErrors(error.details, fields, rename);
  return { status, errors: shown.errors, formError: shown.formError ?? (shown.errors.length ? null : error.message) };
}

export interface Option {
  value: string;
  label: string;
}

/** A choice list of labelled values (`outreach.<group>.<value>`). */
export function options(list: readonly string[], group: string): Option[] {
  return list.map((value) => ({ value, label: t(`outreach.${group}.${value}`) }));
}

/** A checkbox group: each option with its box ticked or not. */
export function checkboxes(list: Option[], checked: readonly string[]): (Option & { checked: boolean })[] {
  return list.map((option) => ({ ...option, checked: checked.includes(option.value) }));
}

export function roleLabel(role: string): string {
  return t(`outreach.contact_role.${role}`);
}

/** "Press office <press@…>, legal team <…>": who a letter goes to. */
export function recipientsLabel(recipients: RecipientView[]): string {
  return recipients.map((r) => `${r.name} (${roleLabel(r.role)}) <${r.email}>`).join(', ');
}

/** The label of a contact in a checkbox group. */
export function contactOption(contact: ContactView): Option {
  return {
    value: contact.id,
    label: `${contact.escalationOrder}. ${contact.name} (${roleLabel(contact.role)}) <${contact.email}>`,
  };
}

/** A letter as a row of a console table. */
export function letterRow(letter: LetterSummaryView) {
  return {
    id: letter.id,
    url: urls.letter(letter.id),
    subject: letter.subject,
    company: { ...letter.company, url: urls.company(letter.company.slug) },
    kindLabel: t(`outreach.letter_kind.${letter.kind}`),
    status: letter.status,
    statusLabel: t(`outreach.letter_status.${letter.status}`),
    responseState: letter.responseState,
    responseLabel: letter.responseState ? t(`outreach.response_state.${letter.responseState}`) : null,
    recipients: recipientsLabel(letter.recipients),
    recipientCount: letter.recipients.length,
    sentAt: letter.sentAt,
    deadline: letter.deadline,
    answeredAt: letter.answeredAt,
    updatedAt: letter.updatedAt,
    public: letter.publishedAt !== null,
    demo: letter.demo,
  };
}

export function inboundRow(mail: InboundSummaryView) {
  return {
    id: mail.id,
    url: urls.inboundItem(mail.id),
    receivedAt: mail.receivedAt,
    from: mail.from,
    subject: mail.subject,
    status: mail.status,
    statusLabel: t(`outreach.inbound_status.${mail.status}`),
    holdReason: mail.holdReason ? t(`outreach.hold_reason.${mail.holdReason}`) : null,
    detail: mail.detail,
    company: mail.company ? { ...mail.company, url: urls.company(mail.company.slug) } : null,
    letterUrl: mail.letterId ? urls.letter(mail.letterId) : null,
  };
}

export function contactRow(contact: ContactView) {
  return {
    ...contact,
    roleLabel: roleLabel(contact.role),
    editUrl: urls.editContact(contact.id),
    deleteUrl: urls.deleteContact(contact.id),
    writeUrl: urls.newLetter({ company: contact.company.slug, contact: contact.id }),
  };
}

export function responseRow(response: ResponseView) {
  return {
    ...response,
    channelLabel: t(`outreach.channel.${response.channel}`),
    classificationLabel: t(`outreach.classification.${response.classification}`),
    letterUrl: response.letterId ? urls.letter(response.letterId) : null,
    companyUrl: urls.company(response.company.slug),
  };
}

/** "Send to 1 recipient", "Send to 3 recipients". */
export function countText(key: string, count: number, params: Record<string, unknown> = {}): string {
  return t(`${key}_${count === 1 ? 'one' : 'other'}`, { count, ...params });
}

/** The templates an organizer writes from; the follow-up is sent by the deadline sweep on its own. */
export function composable<T extends { key: string }>(templates: T[]): T[] {
  return templates.filter((template) => template.key !== 'follow-up');
}
