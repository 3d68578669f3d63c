import { t } from '#libs/core';
import type { Principal } from '#libs/auth';
import type { CorrectionProposalView, EvidenceView } from '#libs/evidence';
import { actionField, itemUrl, powersOf, type Attempt } from './evidence-page-model';

/** Where a reviewer approves or rejects one proposed correction. */
export function proposalUrl(id: string, decision: 'approve' | 'reject'): string {
  return `/console/evidence/proposals/${encodeURIComponent(id)}/${decision}`;
}

/** The action-form name of a decision on one proposal: its boxes' ids are `approve-<id>-comment`, `reject-<id>-comment`. */
export function proposalAction(id: string, decision: 'approve' | 'reject'): string {
  return `${decision}-${id}`;
}

/**
 * The item page's "Proposed corrections": those waiting, each with what approving it would change
 * and, for a reviewer who did not propose it, the forms to approve or reject it; those decided,
 * briefly. Null when the viewer reads the ledger as the public does (an organizer).
 */
export function proposalSection(
  proposals: CorrectionProposalView[] | null,
  view: EvidenceView,
  principal: Principal | null,
  attempt: Attempt | null | undefined,
) {
  if (proposals === null || proposals.length === 0) return null;
  const reviews = powersOf(principal).review;
  const pending = proposals
    .filter((proposal) => proposal.status === 'pending')
    .reverse()
    .map((proposal) => {
      const approve = proposalAction(proposal.id, 'approve');
      const reject = proposalAction(proposal.id, 'reject');
      // The item moved on since: approving would be refused, so only rejecting is offered.
      const stale = proposal.baseVersion !== view.version;
      const canDecide = reviews && !proposal.proposedByYou;
      return {
        ...proposal,
        anchor: `proposal-${proposal.id}`,
        stale,
        staleText: stale
          ? t('evidence.console.proposals.stale', { base: proposal.baseVersion, current: view.version })
          : null,
        canApprove: canDecide && !stale,
        canReject: canDecide,
        waitingText: proposal.proposedByYou
          ? t('evidence.console.proposals.own')
          : canDecide
            ? null
            : t('evidence.console.proposals.waiting'),
        urls: { approve: proposalUrl(proposal.id, 'approve'), reject: proposalUrl(proposal.id, 'reject') },
        fields: { approve: actionField(attempt, approve, 'comment'), reject: actionField(attempt, reject, 'comment') },
      };
    });
  const decided = proposals
    .filter((proposal) => proposal.status !== 'pending')
    .map((proposal) => ({ ...proposal, statusLabel: t(`evidence.proposal_status.${proposal.status}`) }));
  return { pending, decided, pendingCount: pending.length };
}

/** The review queue's second table: corrections waiting for a reviewer, oldest first. */
export function pendingCorrectionRows(proposals: CorrectionProposalView[]) {
  return proposals.map((proposal) => ({
    ...proposal,
    url: `${itemUrl(proposal.evidenceId)}#proposal-${proposal.id}`,
  }));
}
