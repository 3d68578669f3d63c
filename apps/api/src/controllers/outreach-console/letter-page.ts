import type { Response } from 'express';
import { t, type ErrorDetail } from '#libs/core';
import {
  ContactsService,
  InboundService,
  LETTER_FIELDS,
  LetterContextBuilder,
  LettersService,
  ResponsesService,
  type ContactView,
  type LetterView,
} from '#libs/outreach';
import { letterFormOf, type LetterForm } from './outreach-forms';
import {
  checkboxes,
  contactOption,
  countText,
  inboundRow,
  letterRow,
  recipientsLabel,
  responseRow,
  roleLabel,
  urls,
  type Option,
} from './outreach-page-model';

/** What the letter page reads besides the letter: the company's contacts and evidence, replies and responses. */
export interface LetterPageDeps {
  letters: LettersService;
  contacts: ContactsService;
  contexts: LetterContextBuilder;
  inbound: InboundService;
  responses: ResponsesService;
}

export interface LetterPageState {
  status?: number;
  flash?: string | null;
  /** What was typed into a draft's editor, when a save was refused. */
  form?: LetterForm;
  errors?: ErrorDetail[];
  formError?: string | null;
}

/** The form fields of the letter editor (the compose form adds template and kind). */
export const LETTER_FORM_FIELDS = ['contacts', 'evidence', 'deadlineDays', 'subject', 'body'] as const;

/** A refusal naming the letter's recipients is about the recipients' checkboxes. */
export const LETTER_RENAME = { recipients: 'contacts' };

export const letterUrls = {
  edit: (id: string) => `${urls.letter(id)}/edit`,
  preview: (id: string) => `${urls.letter(id)}/preview`,
  previewHtml: (id: string) => `${urls.letter(id)}/preview.html`,
  send: (id: string) => `${urls.letter(id)}/send`,
  publish: (id: string) => `${urls.letter(id)}/publish`,
  delete: (id: string) => `${urls.letter(id)}/delete`,
};

/** The fields a letter's subject and body may name, for the hint beside them. */
export const letterFields = (): string[] => [...LETTER_FIELDS];

/** The recipients a draft may choose: the company's active contacts, in escalation order. */
export function recipientChoices(contacts: ContactView[], chosen: string[]): (Option & { checked: boolean })[] {
  return checkboxes(contacts.filter((contact) => contact.active).map(contactOption), chosen);
}

export function evidenceChoices(
  evidence: { id: string; title: string }[],
  chosen: string[],
): (Option & { checked: boolean })[] {
  return checkboxes(
    evidence.map((item) => ({ value: item.id, label: item.title })),
    chosen,
  );
}

/**
 * Renders the console page of one letter: a draft with its editor, its preview link and its send
 * button; a sent letter frozen, with its text, deliveries, replies and responses.
 */
export async function renderLetterPage(
  deps: LetterPageDeps,
  res: Response,
  id: string,
  state: LetterPageState = {},
): Promise<void> {
  const letter = await deps.letters.get(id);
  const draft = letter.status === 'draft';
  // One database connection when embedded: these run one after another.
  const contacts = draft ? await deps.contacts.forCompany(letter.company.slug) : [];
  const evidence = draft ? await deps.contexts.evidenceFor(letter.company.slug) : [];
  const replies = draft ? [] : await deps.inbound.list({ letterId: letter.id });
  const responses = draft ? [] : await deps.responses.list({ letterId: letter.id });
  const form = state.form ?? letterFormOf(letter);
  const errors = state.errors ?? [];
  res.status(state.status ?? 200).render('pages/console/outreach/letter', {
    title: draft
      ? t('outreach.console.letter.draft_title', { company: letter.company.name })
      : t('outreach.console.letter.sent_title', { company: letter.company.name }),
    consoleNav: true,
    flash: state.flash ?? null,
    errors,
    formError: state.formError ?? null,
    letter: letterPage(letter),
    draft,
    form: draft
      ? {
          ...form,
          contactChoices: recipientChoices(contacts, form.contacts),
          evidenceChoices: evidenceChoices(evidence, form.evidence),
          noActiveContact: !contacts.some((contact) => contact.active),
          fields: letterFields(),
        }
      : null,
    replies: replies.map(inboundRow),
    responses: responses.map(responseRow),
  });
}

/** The letter as its page shows it. */
export function letterPage(letter: LetterView) {
  const count = letter.recipients.length;
  return {
    ...letterRow(letter),
    companyName: letter.company.name,
    publicCompanyUrl: urls.publicCompany(letter.company.slug),
    recipientsList: letter.recipients.map((recipient) => ({ ...recipient, roleLabel: roleLabel(recipient.role) })),
    recipientsText: recipientsLabel(letter.recipients),
    sendLabel: countText('outreach.console.letter.send_button', count),
    canSend: count > 0,
    version: letter.version,
    templateKey: letter.templateKey,
    deadlineDays: letter.deadlineDays,
    overdueAt: letter.overdueAt,
    noResponseAt: letter.noResponseAt,
    bouncedAt: letter.bouncedAt,
    publishedAt: letter.publishedAt,
    sentBy: letter.sentByLabel,
    createdBy: letter.createdByLabel,
    contentHash: letter.contentHash,
    textBody: letter.textBody,
    batchUrl: letter.batchId ? urls.batch(letter.batchId) : null,
    parentUrl: letter.parentLetterId ? urls.letter(letter.parentLetterId) : null,
    deliveries: letter.deliveries.map((delivery) => ({
      ...delivery,
      statusLabel: t(`outreach.console.delivery_status.${delivery.status}`),
    })),
    urls: {
      edit: letterUrls.edit(letter.id),
      preview: letterUrls.preview(letter.id),
      previewHtml: letterUrls.previewHtml(letter.id),
      send: letterUrls.send(letter.id),
      publish: letterUrls.publish(letter.id),
      delete: letterUrls.delete(letter.id),
      company: urls.company(letter.company.slug),
      escalate: urls.newLetter({ company: letter.company.slug, kind: 'escalation' }),
      respond: urls.newResponse({ company: letter.company.slug, letter: letter.id }),
      addContact: urls.newContact(letter.company.slug),
    },
  };
}
