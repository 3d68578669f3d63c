import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES, type CampaignKind, type CampaignStatus } from '../store/campaign.entity';

/** Countries with fewer signatures than this are not named (DESIGN.md, "Signing safely"). */
export const SMALL_COUNT = 10;

export class CampaignTargetView {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
}

export class MilestoneView {
  @ApiProperty() count: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'When the count was first reached.' })
  reachedAt: string | null;
}

export class CountryCountView {
  @ApiProperty({ example: 'BY' }) country: string;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: `null: fewer than ${SMALL_COUNT}, not published.`,
  })
  signatures: number | null;
}

export class CampaignCountView {
  @ApiProperty({ description: 'Confirmed signatures that count, as the tally last added them up.' })
  signatures: number;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'When the tally last ran.' })
  countedAt: string | null;
  @ApiProperty({ type: [CountryCountView] }) byCountry: CountryCountView[];
}

export class WonByView {
  @ApiProperty() responseId: string;
  @ApiProperty() company: string;
  @ApiProperty() classification: string;
  @ApiPropertyOptional({ type: String, nullable: true }) respondedOn: string | null;
}

export class CampaignView {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: CAMPAIGN_KINDS }) kind: CampaignKind;
  @ApiProperty() title: string;
  @ApiProperty() ask: string;
  @ApiProperty() why: string;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status: CampaignStatus;
  @ApiProperty() goal: number;
  @ApiProperty({ type: [MilestoneView] }) milestones: MilestoneView[];
  @ApiProperty({ type: [CampaignTargetView] }) targets: CampaignTargetView[];
  @ApiProperty({ type: [String], description: 'Ids of the evidence the campaign rests on.' }) evidence: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) opensAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) closesAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) openedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) closedAt: string | null;
  @ApiPropertyOptional({ type: WonByView, nullable: true }) wonBy: WonByView | null;
  @ApiProperty({ description: 'A demo campaign: its signatures are not real people.' }) demo: boolean;
  @ApiProperty({ description: 'Whether the form takes signatures now.' }) signable: boolean;
  @ApiProperty({ type: CampaignCountView }) count: CampaignCountView;
  @ApiProperty() version: number;
  @ApiProperty() updatedAt: string;
}

export class CampaignPageView {
  @ApiProperty({ type: [CampaignView] }) data: CampaignView[];
}
