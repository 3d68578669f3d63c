import type { Type } from '@nestjs/common';
import { CompaniesApiController } from './companies-api.controller';
import { OpenDataApiController } from './open-data.controller';
import { OwnershipsApiController } from './ownerships-api.controller';
import { StateBodiesApiController } from './state-bodies-api.controller';

export const companyApiControllers: Type<unknown>[] = [
  CompaniesApiController,
  OwnershipsApiController,
  StateBodiesApiController,
  OpenDataApiController,
];
