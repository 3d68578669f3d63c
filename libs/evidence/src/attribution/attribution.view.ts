import { ApiProperty } from '@nestjs/swagger';
import { CHAIN_ROLES, type ChainRole } from '../evidence-link.entity';
import { EvidenceSummaryView, NamedRefView } from '../evidence/evidence.view';

export const ATTRIBUTION_ROUTES = ['direct', 'via_intermediary', 'via_subsidiary'] as const;
/**
 * How an item reaches a company: `direct` (it sold to the end user), `via_intermediary` (a
 * reseller or other company after it in the chain sold on), `via_subsidiary` (a company it owns
 * is in the chain).
 */
export type AttributionRoute = (typeof ATTRIBUTION_ROUTES)[number];

export class PathStepView {
  @ApiProperty({ enum: ['subsidiary', 'intermediary'] })
  kind: 'subsidiary' | 'intermediary';

  @ApiProperty({ type: () => NamedRefView })
  company: NamedRefView;

  @ApiProperty({ enum: CHAIN_ROLES, nullable: true, description: 'The role in the chain (intermediaries only).' })
  role: ChainRole | null;
}

/** An ownership link that began only after the item's period was over. */
export class AcquisitionView {
  @ApiProperty({ type: () => NamedRefView })
  owner: NamedRefView;

  @ApiProperty({ type: () => NamedRefView })
  company: NamedRefView;

  @ApiProperty({ example: '2023-11-22' })
  since: string;
}

/** One evidence item as it counts for one company, with the path that makes it count. */
export class AttributionView {
  @ApiProperty({ type: () => EvidenceSummaryView })
  evidence: EvidenceSummaryView;

  @ApiProperty({ enum: ATTRIBUTION_ROUTES })
  route: AttributionRoute;

  @ApiProperty({
    enum: CHAIN_ROLES,
    description: 'The role in the chain of the company (or of its subsidiary that is in the chain).',
  })
  role: ChainRole;

  @ApiProperty({
    type: () => [PathStepView],
    description: 'Subsidiaries down from the company, then the companies after it in the chain.',
  })
  path: PathStepView[];

  @ApiProperty({ example: 'via reseller MAP INFO', description: 'The path in words; empty when direct.' })
  pathLabel: string;

  @ApiProperty({ description: 'The company came to own the subsidiary only after the period of the item was over.' })
  acquiredLater: boolean;

  @ApiProperty({
    type: () => AcquisitionView,
    nullable: true,
    description: 'Which ownership link began after the events, when one did.',
  })
  acquisition: AcquisitionView | null;
}

/** Everything that counts for a company (public items only). */
export class CompanyEvidenceView {
  @ApiProperty({ type: () => NamedRefView })
  company: NamedRefView;

  @ApiProperty({ type: () => [AttributionView] })
  items: AttributionView[];
}
