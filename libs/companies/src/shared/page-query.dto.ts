import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO31661Alpha2, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { NoNulByte, ToNumber, Trim, TrimUpper } from './validation';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A page of a list: how many rows, and where the previous page ended (keyset cursor). */
export class PageQueryDto {
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

/** A search of named records (companies, state bodies) by name or alias and country. */
export class NameSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of a name or alias; case and accents are ignored.' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(200, { message: 'validation.too_long' })
  @IsString({ message: 'companies.validation.text' })
  q?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' })
  @TrimUpper()
  @IsOptional()
  @IsISO31661Alpha2({ message: 'validation.country' })
  country?: string;
}
