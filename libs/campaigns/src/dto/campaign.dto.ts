import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NoNulByte, SLUG_PATTERN, Trim } from '#libs/companies';
import { CAMPAIGN_KINDS, type CampaignKind } from '../store/campaign.entity';

export const MAX_GOAL = 100_000_000;

/** What an organizer writes: the campaign's words, whom it targets, what it rests on, its goal. */
export class CampaignInputDto {
  @ApiPropertyOptional({
    example: 'supermicro-stop-supplying-the-kgb',
    description: 'Made from the title when left out.',
  })
  @Trim()
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @MaxLength(80, { message: 'validation.too_long' })
  slug?: string;

  @ApiProperty({ enum: CAMPAIGN_KINDS, description: 'Only `petition` is available so far.' })
  @IsIn(CAMPAIGN_KINDS, { message: 'campaigns.validation.kind' })
  kind: CampaignKind;

  @ApiProperty({ example: 'Supermicro: stop supplying the KGB through MAP INFO' })
  @Trim()
  @NoNulByte()
  @MaxLength(200, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  title: string;

  @ApiProperty({ description: 'What the campaign asks of its targets.' })
  @Trim()
  @NoNulByte()
  @MaxLength(2000, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  ask: string;

  @ApiProperty({ description: 'Why: the case in a paragraph or two; the evidence carries the sources.' })
  @Trim()
  @NoNulByte()
  @MaxLength(10_000, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  why: string;

  @ApiProperty({ type: [String], example: ['supermicro'], description: 'Slugs of the target companies.' })
  @IsArray({ message: 'campaigns.validation.targets' })
  @ArrayMinSize(1, { message: 'campaigns.validation.targets' })
  @ArrayMaxSize(50, { message: 'validation.too_long' })
  @ArrayUnique({ message: 'campaigns.validation.unique' })
  @Matches(SLUG_PATTERN, { each: true, message: 'validation.slug' })
  targets: string[];

  @ApiProperty({ type: [String], description: 'Ids of the published evidence the campaign rests on.' })
  @IsArray({ message: 'campaigns.validation.evidence' })
  @ArrayMaxSize(50, { message: 'validation.too_long' })
  @ArrayUnique({ message: 'campaigns.validation.unique' })
  @IsUUID('all', { each: true, message: 'campaigns.validation.evidence_id' })
  evidence: string[];

  @ApiProperty({ example: 10000 })
  @Type(() => Number)
  @IsInt({ message: 'campaigns.validation.goal' })
  @Min(1, { message: 'campaigns.validation.goal' })
  @Max(MAX_GOAL, { message: 'campaigns.validation.goal' })
  goal: number;

  @ApiProperty({ type: [Number], example: [100, 1000, 5000], description: 'Counts on the way to the goal.' })
  @IsArray({ message: 'campaigns.validation.milestones' })
  @ArrayMaxSize(20, { message: 'validation.too_long' })
  @ArrayUnique({ message: 'campaigns.validation.unique' })
  @Type(() => Number)
  @IsInt({ each: true, message: 'campaigns.validation.milestones' })
  @Min(1, { each: true, message: 'campaigns.validation.milestones' })
  @Max(MAX_GOAL, { each: true, message: 'campaigns.validation.milestones' })
  milestones: number[];

  @ApiPropertyOptional({ example: '2026-12-10T09:00:00Z', description: 'Signing opens no earlier than this.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsISO8601({ strict: true }, { message: 'campaigns.validation.datetime' })
  opensAt?: string | null;

  @ApiPropertyOptional({ example: '2027-03-01T00:00:00Z', description: 'Signing closes at this time.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsISO8601({ strict: true }, { message: 'campaigns.validation.datetime' })
  closesAt?: string | null;
}

export class UpdateCampaignDto extends CampaignInputDto {
  @ApiProperty({ description: 'The version last read: a stale edit is refused, not merged.' })
  @Type(() => Number)
  @IsInt({ message: 'validation.required' })
  version: number;
}

export class CampaignVersionDto {
  @ApiProperty()
  @Type(() => Number)
  @IsInt({ message: 'validation.required' })
  version: number;
}

export class MarkWonDto extends CampaignVersionDto {
  @ApiProperty({ description: "Id of the target's recorded response that won the campaign (an exit, a commitment)." })
  @IsUUID('all', { message: 'campaigns.validation.response' })
  response: string;
}
