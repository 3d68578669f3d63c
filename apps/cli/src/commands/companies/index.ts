import type { Type } from '@nestjs/common';
import { ImportCommand } from './import-companies.command';

export const companyCommands: Type<unknown>[] = [ImportCommand];
