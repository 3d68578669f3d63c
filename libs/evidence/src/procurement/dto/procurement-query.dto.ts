import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PageQueryDto, SLUG_PATTERN, Trim } from '#libs/companies';

export class ProcurementQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only records where this company (slug) is the supplier or the brand' })
  @Trim()
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  company?: string;

  @ApiPropertyOptional({ description: 'Only records this state body (slug) bought' })
  @Trim()
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  stateBody?: string;
}
