import { ApiProperty } from '@nestjs/swagger';
import {
  PROPOSAL_STATUSES,
  type EvidenceCorrectionProposalEntity,
  type ProposalStatus,
} from '../evidence-correction-proposal.entity';
import { FieldChangeView } from './evidence.view';

/** A proposed correction, as staff see it in the console and the API. */
export class CorrectionProposalView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  evidenceId: string;

  @ApiProperty()
  evidenceTitle: string;

  @ApiProperty({ description: 'The item version it was proposed against.' })
  baseVersion: number;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: () => [FieldChangeView], description: 'What approving it changes.' })
  diff: FieldChangeView[];

  @ApiProperty({ enum: PROPOSAL_STATUSES })
  status: ProposalStatus;

  @ApiProperty()
  proposedBy: string;

  @ApiProperty({
    description: 'True when the account asking proposed it: another reviewer must approve it (four eyes).',
  })
  proposedByYou: boolean;

  @ApiProperty()
  proposedAt: string;

  @ApiProperty({ type: String, nullable: true })
  decidedBy: string | null;

  @ApiProperty({ type: String, nullable: true })
  decidedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionComment: string | null;
}

/** `viewerId`: the account asking, so that the view can say whether they proposed it. */
export function toProposalView(
  proposal: EvidenceCorrectionProposalEntity,
  evidenceTitle: string,
  viewerId: string | null = null,
): CorrectionProposalView {
  const view = new CorrectionProposalView();
  view.id = proposal.id;
  view.evidenceId = proposal.evidenceId;
  view.evidenceTitle = evidenceTitle;
  view.baseVersion = proposal.baseVersion;
  view.reason = proposal.reason;
  view.diff = proposal.diff.map((change) => Object.assign(new FieldChangeView(), change));
  view.status = proposal.status;
  view.proposedBy = proposal.proposerLabel;
  view.proposedByYou = viewerId !== null && viewerId === proposal.proposerId;
  view.proposedAt = proposal.proposedAt.toISOString();
  view.decidedBy = proposal.decidedByLabel;
  view.decidedAt = proposal.decidedAt ? proposal.decidedAt.toISOString() : null;
  view.decisionComment = proposal.decisionComment;
  return view;
}
