import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PageQueryDto } from '../../shared/page-query.dto';
import { SLUG_PATTERN } from '../../shared/slug';
import { Trim } from '../../shared/validation';

export class OwnershipQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only links this company (slug) is part of, as parent or subsidiary' })
  @Trim()
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  company?: string;
}
