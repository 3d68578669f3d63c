import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQueryDto, SLUG_PATTERN, Trim } from '#libs/companies';
import {
  EVIDENCE_CATEGORIES,
  EVIDENCE_STATUSES,
  POLARITIES,
  type EvidenceCategory,
  type EvidenceStatus,
  type Polarity,
} from '../../evidence.entity';

/** A list of evidence: the API's query string and the console's filters alike. */
export class EvidenceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Company slug: items with this company in the chain.' })
  @Trim()
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  company?: string;

  @ApiPropertyOptional({ description: 'State body slug: items with this end user.' })
  @Trim()
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  stateBody?: string;

  @ApiPropertyOptional({ enum: EVIDENCE_CATEGORIES })
  @Trim()
  @IsOptional()
  @IsIn(EVIDENCE_CATEGORIES, { message: 'evidence.validation.category' })
  category?: EvidenceCategory;

  @ApiPropertyOptional({
    enum: EVIDENCE_STATUSES,
    description: 'Drafts and items in review are listed only for signed-in researchers and reviewers.',
  })
  @Trim()
  @IsOptional()
  @IsIn(EVIDENCE_STATUSES, { message: 'evidence.validation.status' })
  status?: EvidenceStatus;

  @ApiPropertyOptional({ enum: POLARITIES })
  @Trim()
  @IsOptional()
  @IsIn(POLARITIES, { message: 'evidence.validation.polarity' })
  polarity?: Polarity;
}
