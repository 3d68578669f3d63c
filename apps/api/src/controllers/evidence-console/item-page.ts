import type { Response } from 'express';
import { DomainException, t, type ErrorDetail } from '#libs/core';
import type { Principal } from '#libs/auth';
import { CorrectionProposalsService, EvidenceService, type EvidenceView } from '#libs/evidence';
import { audienceOf, itemPage, type Attempt } from './evidence-page-model';
import { proposalSection } from './proposal-page-model';

/** What the item page reads besides the item: its review notes, its sources cited elsewhere, its proposed corrections. */
export interface ItemPageDeps {
  evidence: EvidenceService;
  proposals: CorrectionProposalsService;
}

export interface ItemPageOptions {
  status?: number;
  flash?: string | null;
  attempt?: Attempt | null;
  /** A refusal of the editor: the message above the page, and the way a public item does change. */
  refusal?: { message: string; pointToCorrection: boolean } | null;
}

/** Renders the console page of one item, as the viewer may see it (404 when they may not). */
export async function renderItemPage(
  deps: ItemPageDeps,
  res: Response,
  id: string,
  principal: Principal | null,
  options: ItemPageOptions = {},
): Promise<void> {
  const audience = audienceOf(principal);
  const view = await deps.evidence.get(id, audience);
  // One database connection when embedded: these run one after another.
  const notes = audience === 'staff' ? await deps.evidence.reviewNotes(view.id) : null;
  const cited = await deps.evidence.citedElsewhere(
    view.sources.map((source) => source.url),
    view.id,
    audience,
  );
  const review = await deps.evidence.reviewState(view.id, principal?.userId ?? null);
  // Proposed corrections are the ledger's work in progress: an organizer reads only what is public.
  const proposals = audience === 'staff' ? await deps.proposals.forEvidence(view.id, principal?.userId ?? null) : null;
  res.status(options.status ?? 200).render('pages/console/evidence/show', {
    title: view.title,
    consoleNav: true,
    flash: options.flash ?? null,
    formError: options.refusal?.message ?? options.attempt?.formError ?? null,
    pointToCorrection: options.refusal?.pointToCorrection ?? false,
    item: itemPage(view, { principal, notes, cited, wroteIt: review.wroteIt, attempt: options.attempt }),
    sinceReview: review.sinceReview,
    proposals: proposalSection(proposals, view, principal, options.attempt),
  });
}

/** A domain refusal an action form can show; anything else (a missing item, a fault) goes on to the error page. */
export function actionRefusal(
  error: unknown,
  action: string,
  text: string,
): { status: number; attempt: Attempt } | null {
  if (!(error instanceof DomainException)) return null;
  const status = { invalid: 400, conflict: 409, forbidden: 403 }[error.kind as string];
  if (!status) return null;
  const fieldErrors: ErrorDetail[] = error.details.filter((detail) => detail.field !== 'version');
  // A stale or missing version belongs to no box: it goes above the page, like a refusal without details.
  const versionError = error.details.find((detail) => detail.field === 'version')?.message;
  const formError = versionError ?? (fieldErrors.length ? null : error.message);
  return { status, attempt: { action, text, errors: fieldErrors, formError } };
}

/**
 * Why the editor (or the delete page, or the correction form) cannot be used on this item as it
 * stands, in the ledger's own words; null when it can. The service refuses the write the same way.
 */
export function pageRefusal(
  view: EvidenceView,
  page: 'edit' | 'delete' | 'correct',
): { message: string; pointToCorrection: boolean } | null {
  const correctable = view.status === 'published' || view.status === 'disputed';
  if (page === 'correct')
    return correctable ? null : { message: wrongStatus('correct', view), pointToCorrection: false };
  if (view.status === 'draft') return null;
  if (page === 'edit' && view.status !== 'in_review')
    return {
      message: t('evidence.error.published_edit', { status: t(`evidence.status.${view.status}`) }),
      pointToCorrection: correctable,
    };
  return { message: wrongStatus(page, view), pointToCorrection: correctable };
}

function wrongStatus(action: string, view: EvidenceView): string {
  return t('evidence.error.wrong_status', {
    action: t(`evidence.action.${action}`),
    status: t(`evidence.status.${view.status}`),
  });
}
