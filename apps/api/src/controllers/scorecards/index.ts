import type { Type } from '@nestjs/common';
import { ScorecardImagesController } from './scorecard-images.controller';
import { ScorecardsApiController } from './scorecards-api.controller';
import { ScorecardsDataController } from './scorecards-data.controller';
import { ScorecardsPagesController } from './scorecards-pages.controller';

/** Scorecards in public: the league table, the method, badges and share cards, the API and the open data. */
export const scorecardControllers: Type<unknown>[] = [
  ScorecardsPagesController,
  ScorecardImagesController,
  ScorecardsApiController,
  ScorecardsDataController,
];
