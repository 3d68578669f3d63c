import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO31661Alpha2, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { COMPANY_KINDS, type CompanyKind } from '../../company.entity';
import { NoNulByte, ToNumber, Trim, TrimUpper } from '../../shared/validation';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The directory's search: the public page's GET form and the API's query string alike. */
export class CompanyQueryDto {
  @ApiPropertyOptional({ description: 'Part of a name or alias; case and accents are ignored.' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(200, { message: 'validation.too_long' })
  @IsString({ message: 'companies.validation.text' })
  q?: string;

  @ApiPropertyOptional({ enum: COMPANY_KINDS })
  @Trim()
  @IsOptional()
  @IsIn(COMPANY_KINDS, { message: 'companies.validation.kind' })
  kind?: CompanyKind;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' })
  @TrimUpper()
  @IsOptional()
  @IsISO31661Alpha2({ message: 'validation.country' })
  country?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @ToNumber()
  @IsOptional()
  @Max(MAX_PAGE_SIZE, { message: 'companies.validation.limit' })
  @Min(1, { message: 'companies.validation.limit' })
  @IsInt({ message: 'companies.validation.limit' })
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @Trim()
  @IsOptional()
  @NoNulByte({ message: 'companies.error.cursor_invalid' })
  @MaxLength(1000, { message: 'companies.error.cursor_invalid' })
  @IsString({ message: 'companies.error.cursor_invalid' })
  cursor?: string;
}
