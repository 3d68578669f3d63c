import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { COMPANY_KINDS, type CompanyKind } from '../../company.entity';
import { NameSearchQueryDto } from '../../shared/page-query.dto';
import { Trim } from '../../shared/validation';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../shared/page-query.dto';

/** The directory's search: the public page's GET form and the API's query string alike. */
export class CompanyQueryDto extends NameSearchQueryDto {
  @ApiPropertyOptional({ enum: COMPANY_KINDS })
  @Trim()
  @IsOptional()
  @IsIn(COMPANY_KINDS, { message: 'companies.validation.kind' })
  kind?: CompanyKind;
}
