import type { Type } from '@nestjs/common';
import { ExportCommand } from './export.command';
import { VerifyCommand } from '../scorecards/verify.command';

export const exportCommands: Type<unknown>[] = [ExportCommand, VerifyCommand];
