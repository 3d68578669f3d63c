import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CompanyView, RecordExportService, StateBodyView } from '#libs/companies';
import { Public } from '../../security/access.decorator';

/** The open data: every company and every state body, as a file to download. */
@ApiTags('open data')
@Controller('data')
export class OpenDataApiController {
  constructor(private readonly exports: RecordExportService) {}

  @Get('companies.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every company, in the columns the import reads; formula-like cells are neutralised.' })
  async companiesCsv(@Res() res: Response): Promise<void> {
    const csv = await this.exports.companiesCsv();
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', 'attachment; filename="companies.csv"');
    res.send(csv);
  }

  @Get('companies.json')
  @Public()
  @ApiOkResponse({ type: [CompanyView] })
  async companiesJson(@Res() res: Response): Promise<void> {
    const companies = await this.exports.companiesJson();
    res.status(200).setHeader('Content-Disposition', 'attachment; filename="companies.json"');
    res.json(companies);
  }

  @Get('state-bodies.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'Every state body, in the columns the import reads; formula-like cells are neutralised.',
  })
  async stateBodiesCsv(@Res() res: Response): Promise<void> {
    const csv = await this.exports.stateBodiesCsv();
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', 'attachment; filename="state-bodies.csv"');
    res.send(csv);
  }

  @Get('state-bodies.json')
  @Public()
  @ApiOkResponse({ type: [StateBodyView] })
  async stateBodiesJson(@Res() res: Response): Promise<void> {
    const bodies = await this.exports.stateBodiesJson();
    res.status(200).setHeader('Content-Disposition', 'attachment; filename="state-bodies.json"');
    res.json(bodies);
  }
}
