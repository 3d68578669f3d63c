import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '#libs/core';
import { LedgerService } from '#libs/evidence';
import { ScorecardsPublicService } from '#libs/scorecards';
import { Public } from '../../security/access.decorator';
import { feedModel } from './feed.view';

/** How many changes the feed carries; readers poll it, so the newest are enough. */
const FEED_LENGTH = 50;

/** The public change feed: publications, corrections, disputes, resolutions and retractions. */
@ApiTags('open data')
@Controller('feeds')
export class ChangesFeedController {
  constructor(
    private readonly ledger: LedgerService,
    private readonly scorecards: ScorecardsPublicService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('changes.atom')
  @Public()
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({
    description:
      'An Atom 1.0 feed (RFC 4287) of the newest 50 changes, newest first: to public evidence (publications, corrections, disputes, resolutions, retractions) and to scorecards (a grade or status that moved, category "scorecard").',
  })
  async changes(@Res() res: Response): Promise<void> {
    const changes = await this.ledger.recentChanges(FEED_LENGTH);
    const scorecards = (await this.scorecards.recentChanges(FEED_LENGTH)).map((card) => ({
      snapshotId: card.snapshotId,
      company: card.company,
      status: card.status,
      grade: card.grade,
      overall: card.overall,
      gradeBefore: card.change?.gradeBefore ?? null,
      statusBefore: card.statusBefore,
      methodologyVersion: card.methodologyVersion,
      recordDelta: card.change?.recordDelta ?? null,
      methodDelta: card.change?.methodDelta ?? null,
      at: new Date(card.computedAt),
    }));
    const feed = feedModel(changes, this.config.publicUrl, scorecards, FEED_LENGTH);
    // Rendered to a string first, so that a failure reaches the one error filter like any other.
    const xml = await new Promise<string>((resolve, reject) =>
      res.render('feeds/changes', { feed, layout: false }, (error: Error | null, text: string) =>
        error ? reject(error) : resolve(text),
      ),
    );
    res.status(200).type('application/atom+xml; charset=utf-8').send(xml);
  }
}
