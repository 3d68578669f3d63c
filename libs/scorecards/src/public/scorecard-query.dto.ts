import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO31661Alpha2, IsOptional, Matches, Max, Min } from 'class-validator';
import { COMPANY_KINDS, PageQueryDto, ToNumber, Trim, TrimUpper, type CompanyKind } from '#libs/companies';
import { EVIDENCE_CATEGORIES, type EvidenceCategory } from '#libs/evidence';

export const SORTS = ['overall', 'name', 'exposure', 'responsiveness', 'silence', 'change'] as const;
export type ScorecardSort = (typeof SORTS)[number];

/** The league table's filters (and the API list's): all optional, combined with AND. */
export class ScorecardQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: EVIDENCE_CATEGORIES, description: 'Companies with harm evidence of this category.' })
  @Trim()
  @IsOptional()
  @IsIn(EVIDENCE_CATEGORIES, { message: 'scorecards.validation.category' })
  category?: EvidenceCategory;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' })
  @TrimUpper()
  @IsOptional()
  @IsISO31661Alpha2({ message: 'validation.country' })
  country?: string;

  @ApiPropertyOptional({ enum: COMPANY_KINDS })
  @Trim()
  @IsOptional()
  @IsIn(COMPANY_KINDS, { message: 'companies.validation.kind' })
  kind?: CompanyKind;

  @ApiPropertyOptional({
    description: 'A grade of the method in force (A–F), `unverified` (unverified allegations) or `not_scored`.',
  })
  @TrimUpper()
  @IsOptional()
  @Matches(/^([A-Z][+-]?|UNVERIFIED|NOT_SCORED)$/, { message: 'scorecards.validation.grade' })
  grade?: string;
}

/** The page's own: how to sort, and which view. */
export class ScorecardTableQueryDto extends ScorecardQueryDto {
  @ApiPropertyOptional({ enum: SORTS, default: 'overall' })
  @Trim()
  @IsOptional()
  @IsIn(SORTS, { message: 'scorecards.validation.sort' })
  sort?: ScorecardSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @Trim()
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'scorecards.validation.dir' })
  dir?: 'asc' | 'desc';

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @ToNumber()
  @IsOptional()
  @Max(100_000, { message: 'scorecards.validation.page' })
  @Min(1, { message: 'scorecards.validation.page' })
  @IsInt({ message: 'scorecards.validation.page' })
  page?: number;

  @ApiPropertyOptional({ enum: ['companies', 'groups'], default: 'companies' })
  @Trim()
  @IsOptional()
  @IsIn(['companies', 'groups'], { message: 'scorecards.validation.view' })
  view?: 'companies' | 'groups';
}
