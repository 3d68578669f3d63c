import type { Type } from '@nestjs/common';
import { CompaniesPagesController } from './companies-pages.controller';
import { ConsoleCompaniesController } from './console-companies.controller';
import { ConsoleOwnershipsController } from './console-ownerships.controller';
import { ConsoleStateBodiesController } from './console-state-bodies.controller';

/**
 * The company record's pages: the public directory and profiles, and the console. The JSON API
 * and the open-data files live in ../companies-api.
 */
export const companyControllers: Type<unknown>[] = [
  CompaniesPagesController,
  ConsoleCompaniesController,
  ConsoleStateBodiesController,
  ConsoleOwnershipsController,
];
