import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../company/dto/company-query.dto';
import { SLUG_PATTERN } from '../../shared/slug';
import { NoNulByte, ToNumber, Trim } from '../../shared/validation';

export class OwnershipQueryDto {
  @ApiPropertyOptional({ description: 'Only links this company (slug) is part of, as parent or subsidiary' })
  @Trim()
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  company?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @ToNumber()
  @IsOptional()
  @Max(MAX_PAGE_SIZE, { message: 'companies.validation.limit' })
  @Min(1, { message: 'companies.validation.limit' })
  @IsInt({ message: 'companies.validation.limit' })
  limit?: number;

  @ApiPropertyOptional()
  @Trim()
  @IsOptional()
  @NoNulByte({ message: 'companies.error.cursor_invalid' })
  @MaxLength(1000, { message: 'companies.error.cursor_invalid' })
  @IsString({ message: 'companies.error.cursor_invalid' })
  cursor?: string;
}
