import type { Type } from '@nestjs/common';
import { ConsoleProcurementController } from './console-procurement.controller';
import { ProcurementApiController } from './procurement-api.controller';
import { ProcurementDataController } from './procurement-data.controller';
import { ProcurementPagesController } from './procurement-pages.controller';

/** Procurement records: the public page, open data, the JSON API and the console. */
export const procurementControllers: Type<unknown>[] = [
  ProcurementApiController,
  ProcurementDataController,
  ProcurementPagesController,
  ConsoleProcurementController,
];
