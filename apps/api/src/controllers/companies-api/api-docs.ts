import { ApiProperty } from '@nestjs/swagger';
import { CompanyGroupView, CompanyView } from '#libs/companies';

/** Swagger's description of CompanyService.profile()'s answer (the service's class carries no decorators). */
export class CompanyProfileDoc {
  @ApiProperty({ type: () => CompanyView })
  company: CompanyView;

  @ApiProperty({ type: () => CompanyGroupView })
  group: CompanyGroupView;
}
