import { ApiProperty } from '@nestjs/swagger';
import { CompanyGroupView } from '../ownership/ownership.view';
import { CompanyView } from './company.view';

/** A company with its group: the public profile, over HTTP and in pages alike. */
export class CompanyProfileView {
  @ApiProperty({ type: () => CompanyView })
  company: CompanyView;

  @ApiProperty({ type: () => CompanyGroupView })
  group: CompanyGroupView;
}
