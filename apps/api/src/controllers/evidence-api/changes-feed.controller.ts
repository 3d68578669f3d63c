import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '#libs/core';
import { LedgerService } from '#libs/evidence';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('changes.atom')
  @Public()
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({
    description: 'An Atom 1.0 feed (RFC 4287) of the newest 50 changes to public evidence, newest first.',
  })
  async changes(@Res() res: Response): Promise<void> {
    const feed = feedModel(await this.ledger.recentChanges(FEED_LENGTH), this.config.publicUrl);
    // Rendered to a string first, so that a failure reaches the one error filter like any other.
    const xml = await new Promise<string>((resolve, reject) =>
      res.render('feeds/changes', { feed, layout: false }, (error: Error | null, text: string) =>
        error ? reject(error) : resolve(text),
      ),
    );
    res.status(200).type('application/atom+xml; charset=utf-8').send(xml);
  }
}
