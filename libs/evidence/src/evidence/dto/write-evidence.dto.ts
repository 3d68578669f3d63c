import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { NoNulByte, ToNumber, Trim } from '#libs/companies';
import { CreateEvidenceDto } from './create-evidence.dto';

export const REASON_MAX_LENGTH = 5000;

/** Every write to an existing item names the version it was based on; an older one is refused (409). */
export class VersionDto {
  @ApiProperty({ example: 3, description: 'The version you read; a write based on an older one is refused with 409.' })
  @ToNumber()
  @Min(1, { message: 'evidence.validation.version' })
  @IsInt({ message: 'evidence.validation.version' })
  version: number;
}

/** PATCH of a draft: fields left out stay as they are. */
export class UpdateEvidenceDto extends PartialType(CreateEvidenceDto, { skipNullProperties: false }) {
  @ApiProperty({ example: 3 })
  @ToNumber()
  @Min(1, { message: 'evidence.validation.version' })
  @IsInt({ message: 'evidence.validation.version' })
  version: number;
}

/** Approving a proposed correction: a note is welcome. */
export class ApproveProposalDto {
  @ApiPropertyOptional({ description: 'A note for the review history.' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(REASON_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'companies.validation.text' })
  comment?: string | null;
}

/** Submit, publish: the version acted on, and a welcome note. */
export class ReviewStepDto extends IntersectionType(VersionDto, ApproveProposalDto) {}

/** Sending an item back: the author needs to know why. */
export class ReturnEvidenceDto extends VersionDto {
  @ApiProperty({ description: 'What the author should change.' })
  @Trim()
  @NoNulByte()
  @MaxLength(REASON_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'evidence.validation.comment_required' })
  @IsNotEmpty({ message: 'evidence.validation.comment_required' })
  comment: string;
}

/** Dispute, resolve a dispute, retract: the public reads the reason. */
export class StatusChangeDto extends VersionDto {
  @ApiProperty({ description: 'Shown on the public page with the date.' })
  @Trim()
  @NoNulByte()
  @MaxLength(REASON_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'evidence.validation.reason_required' })
  @IsNotEmpty({ message: 'evidence.validation.reason_required' })
  reason: string;
}

/** The fields a correction changes, as in a PATCH: any of the item's own. */
export class CorrectionChangesDto extends PartialType(CreateEvidenceDto, { skipNullProperties: false }) {}

/** A correction of a published item: what changes, and why. Shown publicly. */
export class CorrectEvidenceDto extends StatusChangeDto {
  @ApiProperty({ type: () => CorrectionChangesDto, description: 'The fields that change, as in a PATCH.' })
  @ValidateNested()
  @Type(() => CorrectionChangesDto)
  changes: CorrectionChangesDto;
}

/** Rejecting a proposed correction: the proposer needs to know why. */
export class RejectProposalDto {
  @ApiProperty({ description: 'Why the correction is not made.' })
  @Trim()
  @NoNulByte()
  @MaxLength(REASON_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'evidence.validation.rejection_required' })
  @IsNotEmpty({ message: 'evidence.validation.rejection_required' })
  comment: string;
}
