import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesModule } from '#libs/companies';
import { EvidenceModule } from '#libs/evidence';
import { OutreachModule } from '#libs/outreach';
import { ScoreInputsLoader } from './inputs/inputs.loader';
import { MethodologyService } from './methodology/methodology.service';
import { ChangeMarker } from './recompute/change-marker';
import { RecomputeService } from './recompute/recompute.service';
import { ScorecardsPublicService } from './public/scorecards-public.service';
import { ScorecardsConsoleService } from './public/scorecards-console.service';
import { ScorecardNoticeService } from './notice/scorecard-notice.service';
import { ScorecardMethodologyEntity } from './store/scorecard-methodology.entity';
import { ScorecardDayEntity, ScorecardDirtyEntity, ScorecardRunEntity } from './store/scorecard-queue.entity';
import { ScorecardSnapshotEntity } from './store/scorecard-snapshot.entity';
import { ScorecardStore } from './store/scorecard.store';

/** Every table of the scorecards (the CLI's data source lists them too, for generating migrations). */
export const SCORECARD_ENTITIES = [
  ScorecardSnapshotEntity,
  ScorecardMethodologyEntity,
  ScorecardDirtyEntity,
  ScorecardRunEntity,
  ScorecardDayEntity,
];

/** Scorecards: the method as data, the engine, snapshots and their recompute. Needs CoreModule. */
@Module({
  imports: [TypeOrmModule.forFeature(SCORECARD_ENTITIES), CompaniesModule, EvidenceModule, OutreachModule],
  providers: [
    ScorecardStore,
    ScoreInputsLoader,
    MethodologyService,
    RecomputeService,
    ChangeMarker,
    ScorecardsPublicService,
    ScorecardsConsoleService,
    ScorecardNoticeService,
  ],
  exports: [
    ScorecardStore,
    ScoreInputsLoader,
    MethodologyService,
    RecomputeService,
    ScorecardsPublicService,
    ScorecardsConsoleService,
    ScorecardNoticeService,
  ],
})
export class ScorecardsModule {}
