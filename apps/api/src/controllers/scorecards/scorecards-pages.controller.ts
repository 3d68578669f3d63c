import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Clock, t, validateInput } from '#libs/core';
import {
  MethodologyService,
  ScorecardsException,
  ScorecardsPublicService,
  ScorecardTableQueryDto,
  WORKED_EXAMPLE,
  type ScoreInputs,
} from '#libs/scorecards';
import { Public } from '../../security/access.decorator';
import { filterOptions, groupRows, PAGE_SIZE, pageLinks, rows, sortHeaders, viewLinks } from './league-table.model';
import {
  gradeRows,
  neutralAnswer,
  otherWeights,
  versionRows,
  weightTables,
  workedExample,
} from './methodology-page.model';

const VERSION_FILE = /^(\d+\.\d+\.\d+)\.yaml$/;

/** The scorecards in public: the league table and the method, generated from its file. No login. */
@ApiExcludeController()
@Controller()
export class ScorecardsPagesController {
  constructor(
    private readonly scorecards: ScorecardsPublicService,
    private readonly methodologies: MethodologyService,
    private readonly clock: Clock,
  ) {}

  @Get('scorecards')
  @Public()
  async table(@Query() raw: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { value: query, errors } = await validateInput(ScorecardTableQueryDto, {
      category: raw.category,
      country: raw.country,
      kind: raw.kind,
      grade: raw.grade,
      sort: raw.sort,
      dir: raw.dir,
      view: raw.view,
      page: raw.page,
    });
    const { methodology } = await this.methodologies.current();
    const countries = await this.scorecards.countries();
    const base = {
      title: t('scorecards.table.title'),
      description: t('scorecards.table.lead', { version: methodology.version }),
      version: methodology.version,
      filters: filterOptions(
        errors.length ? {} : query,
        methodology.grades.map((g) => g.grade),
        countries,
      ),
      views: viewLinks(errors.length ? {} : query),
      headers: sortHeaders(errors.length ? {} : query),
      errors,
    };
    if (errors.length) {
      res.status(400).render('pages/scorecards/index', { ...base, rows: [], total: 0 });
      return;
    }
    if (query.view === 'groups') {
      const groups = await this.scorecards.groups(query);
      res.render('pages/scorecards/index', { ...base, groups: groupRows(groups), total: groups.length });
      return;
    }
    const page = query.page ?? 1;
    const { rows: cards, total } = await this.scorecards.table({
      ...query,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    res.render('pages/scorecards/index', {
      ...base,
      rows: rows(cards),
      total,
      totalLabel: t(total === 1 ? 'scorecards.table.count_one' : 'scorecards.table.count', { count: total }),
      pages: pageLinks(query, total),
      filtered: Boolean(query.category || query.country || query.kind || query.grade),
    });
  }

  @Get('methodology')
  @Public()
  async methodology(@Res() res: Response): Promise<void> {
    const versions = await this.methodologies.list();
    const current = versions[0];
    // The worked example is Supermicro's live inputs when the record holds them, else the founding case's.
    const live = await this.scorecards.inputsOf('supermicro');
    const inputs: ScoreInputs = live ?? WORKED_EXAMPLE;
    res.render('pages/methodology/index', {
      title: t('scorecards.method.title'),
      description: t('scorecards.method.lead'),
      version: current.methodology.version,
      publishedOn: current.methodology.publishedOn,
      yamlUrl: `/methodology/${current.methodology.version}.yaml`,
      sha256: current.sha256,
      tables: weightTables(current.methodology),
      others: otherWeights(current.methodology),
      grades: gradeRows(current.methodology),
      neutral: neutralAnswer(current.methodology),
      example: workedExample(inputs, current.methodology, live !== null),
      versions: versionRows(versions, current.methodology.version),
      today: this.clock.now().toISOString().slice(0, 10),
    });
  }

  @Get('methodology/:file')
  @Public()
  async yaml(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = VERSION_FILE.exec(file);
    if (!match) throw ScorecardsException.methodologyNotFound(file);
    const published = await this.methodologies.get(match[1]);
    res
      .status(200)
      .type('application/yaml; charset=utf-8')
      .setHeader('Content-Disposition', `inline; filename="${match[1]}.yaml"`)
      .setHeader('Cache-Control', 'public, max-age=86400, immutable')
      .send(published.yaml);
  }
}
