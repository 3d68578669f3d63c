import { t, type ErrorDetail } from '#libs/core';
import type { Principal, Role } from '#libs/auth';
import {
  CHAIN_ROLES,
  CONFIDENCES,
  EVIDENCE_CATEGORIES,
  POLARITIES,
  PUBLIC_STATUSES,
  SOURCE_KINDS,
  statusesFor,
  type Audience,
  type CitedElsewhereView,
  type EvidenceStatus,
  type EvidenceSummaryView,
  type EvidenceView,
  type ReviewNoteView,
} from '#libs/evidence';
import type { EvidenceForm } from './evidence-forms';

/** Console pages of one item live here. */
export function itemUrl(id: string, notice?: string): string {
  return `/console/evidence/${encodeURIComponent(id)}${notice ? `?notice=${notice}` : ''}`;
}

export const NOTICES = [
  'created',
  'saved',
  'submitted',
  'returned',
  'published',
  'disputed',
  'resolved',
  'retracted',
  'proposed',
  'correction_made',
  'correction_rejected',
  'deleted',
];

/** A flash message for `?notice=` after a redirect; unknown notices show nothing. */
export function noticeText(notice: unknown): string | null {
  return typeof notice === 'string' && NOTICES.includes(notice) ? t(`evidence.console.notice.${notice}`) : null;
}

const STAFF: Role[] = ['admin', 'researcher', 'reviewer'];

/** Drafts and items in review are for the people who write and review them; an organizer reads what the public reads. */
export function audienceOf(principal: Principal | null): Audience {
  return principal && STAFF.includes(principal.role) ? 'staff' : 'public';
}

/** What the viewer's role lets them do (admins everything); the routes' own rules are the guard's. */
export function powersOf(principal: Principal | null): { write: boolean; review: boolean; correct: boolean } {
  const role = principal?.role;
  return {
    write: role === 'admin' || role === 'researcher',
    review: role === 'admin' || role === 'reviewer',
    correct: role === 'admin' || role === 'researcher' || role === 'reviewer',
  };
}

type Option = { value: string; label: string };

function options(values: readonly string[], group: string): Option[] {
  return values.map((value) => ({ value, label: t(`evidence.${group}.${value}`) }));
}

export function choiceLists() {
  return {
    categories: options(EVIDENCE_CATEGORIES, 'category'),
    confidences: options(CONFIDENCES, 'confidence'),
    polarities: options(POLARITIES, 'polarity'),
    roles: options(CHAIN_ROLES, 'role'),
    sourceKinds: options(SOURCE_KINDS, 'source_kind'),
  };
}

/** The status tabs of the list, for the statuses this audience may see. */
export function statusTabs(audience: Audience, current: string | undefined) {
  const all = { label: t('evidence.console.list.all'), url: '/console/evidence', current: !current };
  return [
    all,
    ...statusesFor(audience).map((status) => ({
      label: t(`evidence.console.status_tab.${status}`),
      url: `/console/evidence?status=${status}`,
      current: current === status,
    })),
  ];
}

function chainLabel(item: EvidenceSummaryView): string {
  return item.chain.map((link) => link.company.name).join(' → ');
}

/** A row of the list and of the review queue. */
export function summaryRow(item: EvidenceSummaryView) {
  return {
    id: item.id,
    url: itemUrl(item.id),
    title: item.title,
    status: item.status,
    statusLabel: t(`evidence.status.${item.status}`),
    categoryLabel: t(`evidence.category.${item.category}`),
    chainLabel: chainLabel(item),
    endUser: item.endUser?.name ?? '',
    updatedAt: item.updatedAt,
    submittedAt: item.submittedAt,
    version: item.version,
  };
}

/** "This address is also a source of …": the other item with its status in words. */
export function citedRows(cited: CitedElsewhereView[]) {
  return cited.map((entry) => ({ ...entry, statusLabel: t(`evidence.status.${entry.status}`) }));
}

/** A refused action: which form it came from, what was typed, and why it was refused. */
export interface Attempt {
  action: string;
  text: string;
  errors: ErrorDetail[];
  formError: string | null;
}

export interface ItemContext {
  principal: Principal | null;
  /** Null when the viewer does not read the review conversation (an organizer). */
  notes: ReviewNoteView[] | null;
  cited: CitedElsewhereView[];
  /** The viewer wrote or edited the item: the four-eyes rule keeps them from publishing it. */
  wroteIt: boolean;
  attempt?: Attempt | null;
}

/** The action forms the item's status and the viewer's role allow. */
function actionsFor(status: EvidenceStatus, powers: ReturnType<typeof powersOf>, wroteIt: boolean) {
  const isPublic = status === 'published' || status === 'disputed';
  return {
    edit: status === 'draft' && powers.write,
    submit: status === 'draft' && powers.write,
    delete: status === 'draft' && powers.write,
    publish: status === 'in_review' && powers.review && !wroteIt,
    publishBlocked: status === 'in_review' && powers.review && wroteIt,
    sendBack: status === 'in_review' && powers.review,
    correct: isPublic && powers.correct,
    dispute: status === 'published' && powers.review,
    resolve: status === 'disputed' && powers.review,
    retract: isPublic && powers.review,
  };
}

/** One textarea of an action form: its own id, the text typed before a refusal, and its message. */
export function actionField(attempt: Attempt | null | undefined, action: string, name: string) {
  const mine = attempt?.action === action;
  return {
    id: `${action}-${name}`,
    name,
    value: mine ? attempt.text : '',
    error: mine ? attempt.errors.find((error) => error.field === name)?.message : undefined,
  };
}

export function itemPage(view: EvidenceView, context: ItemContext) {
  const { attempt } = context;
  const actions = actionsFor(view.status, powersOf(context.principal), context.wroteIt);
  return {
    ...view,
    statusLabel: t(`evidence.status.${view.status}`),
    categoryLabel: t(`evidence.category.${view.category}`),
    confidenceLabel: t(`evidence.confidence.${view.confidence}`),
    polarityLabel: t(`evidence.polarity.${view.polarity}`),
    chain: view.chain.map((link) => ({ ...link, roleLabel: t(`evidence.role.${link.role}`) })),
    sources: view.sources.map((source, index) => ({
      ...source,
      number: index + 1,
      kindLabel: t(`evidence.source_kind.${source.kind}`),
    })),
    corrections: view.corrections.map((correction) => ({
      ...correction,
      kindLabel: t(`evidence.correction_kind.${correction.kind}`),
    })),
    notes: (context.notes ?? []).map((note) => ({ ...note, actionLabel: t(`evidence.console.note.${note.action}`) })),
    showNotes: context.notes !== null,
    cited: citedRows(context.cited),
    publicUrl: PUBLIC_STATUSES.includes(view.status) ? `/evidence/${encodeURIComponent(view.id)}` : null,
    // The history holds drafts and account names: only those who work on the ledger read it.
    historyUrl: context.notes !== null ? `/console/history/evidence/${encodeURIComponent(view.id)}` : null,
    url: itemUrl(view.id),
    urls: Object.fromEntries(
      ['edit', 'correct', 'delete', 'submit', 'return', 'publish', 'dispute', 'resolve', 'retract'].map((page) => [
        page,
        `${itemUrl(view.id)}/${page}`,
      ]),
    ),
    actions,
    hasActions: Object.values(actions).some(Boolean),
    hasLinks: actions.edit || actions.correct || actions.delete,
    hasForms:
      actions.submit ||
      actions.publish ||
      actions.publishBlocked ||
      actions.sendBack ||
      actions.dispute ||
      actions.resolve ||
      actions.retract,
    /** Corrections begin once the public has seen the item. */
    showCorrections: view.publishedAt !== null || view.corrections.length > 0,
    /** A refused step's messages, listed at the top of the page with links to their boxes further down. */
    attemptErrors: (attempt?.errors ?? []).map((error) => ({
      href: `#${attempt?.action}-${error.field}`,
      message: error.message,
    })),
    fields: {
      submit: actionField(attempt, 'submit', 'comment'),
      publish: actionField(attempt, 'publish', 'comment'),
      return: actionField(attempt, 'return', 'comment'),
      dispute: actionField(attempt, 'dispute', 'reason'),
      resolve: actionField(attempt, 'resolve', 'reason'),
      retract: actionField(attempt, 'retract', 'reason'),
    },
  };
}

/** The editor's rows with their numbered field names (`chain.0.company`) and row numbers for people. */
export function editorRows(form: EvidenceForm) {
  return {
    chainRows: form.chain.map((row, index) => ({
      ...row,
      number: index + 1,
      names: { company: `chain.${index}.company`, role: `chain.${index}.role`, remove: `chain.${index}.remove` },
    })),
    sourceRows: form.sources.map((row, index) => ({
      ...row,
      number: index + 1,
      names: Object.fromEntries(
        ['url', 'publisher', 'title', 'publishedOn', 'archivedUrl', 'kind', 'excerpt', 'remove'].map((field) => [
          field,
          `sources.${index}.${field}`,
        ]),
      ),
    })),
  };
}
