import type { Type } from '@nestjs/common';
import { ExportCommand } from './export.command';

export const exportCommands: Type<unknown>[] = [ExportCommand];
