import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '#libs/core';
import { CompanyService } from '#libs/companies';
import { ScorecardsPublicService, type ScorecardSummaryView } from '#libs/scorecards';
import { Public } from '../../security/access.decorator';
import { badgeModel, PngRenderer, shareCardModel } from './scorecard-images';

/** Embeddable on any site: another origin may show it, and a cache may keep it an hour. */
function imageHeaders(res: Response, type: string): Response {
  return res
    .status(200)
    .type(type)
    .setHeader('Cache-Control', 'public, max-age=3600')
    .setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}

/** The badge and the share card of a company's scorecard: images, drawn from Handlebars SVG templates. */
@ApiExcludeController()
@Controller('companies/:slug')
export class ScorecardImagesController {
  private readonly png = new PngRenderer();

  constructor(
    private readonly companies: CompanyService,
    private readonly scorecards: ScorecardsPublicService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async card(slug: string): Promise<{ name: string; slug: string; card: ScorecardSummaryView | null }> {
    const company = await this.companies.getBySlug(slug);
    return { name: company.name, slug: company.slug, card: await this.scorecards.summaryOf(company.slug) };
  }

  private svg(res: Response, view: string, model: object): Promise<string> {
    return new Promise<string>((resolve, reject) =>
      res.render(view, { ...model, layout: false }, (error: Error | null, text: string) =>
        error ? reject(error) : resolve(text),
      ),
    );
  }

  @Get('badge.svg')
  @Public()
  async badge(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const { name, card } = await this.card(slug);
    const svg = await this.svg(res, 'images/badge.svg.hbs', { badge: badgeModel(name, card) });
    imageHeaders(res, 'image/svg+xml; charset=utf-8').send(svg);
  }

  @Get('card.svg')
  @Public()
  async cardSvg(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const { name, card } = await this.card(slug);
    const svg = await this.svg(res, 'images/share-card.svg.hbs', {
      card: shareCardModel(name, slug, card, this.config.publicUrl),
    });
    imageHeaders(res, 'image/svg+xml; charset=utf-8').send(svg);
  }

  @Get('card.png')
  @Public()
  async cardPng(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const { name, card } = await this.card(slug);
    const svg = await this.svg(res, 'images/share-card.svg.hbs', {
      card: shareCardModel(name, slug, card, this.config.publicUrl),
    });
    const key = `${slug}:${card?.snapshotId ?? 'none'}:${card?.provisionalUntil ?? ''}:${card?.silenceDays ?? ''}`;
    imageHeaders(res, 'image/png').send(this.png.render(key, svg));
  }
}
