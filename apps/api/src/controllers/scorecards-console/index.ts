import type { Type } from '@nestjs/common';
import { ScorecardsConsoleController } from './scorecards-console.controller';

export const scorecardConsoleControllers: Type<unknown>[] = [ScorecardsConsoleController];
