import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CompanyOutreachView, OutreachPublicService, OutreachStatsView } from '#libs/outreach';
import { Public } from '../../security/access.decorator';
import { responsesCsv } from './responses-csv';

export class OutreachOpenDataDoc {
  @ApiProperty({ type: () => OutreachStatsView })
  stats: OutreachStatsView;

  @ApiProperty({ type: () => [CompanyOutreachView], description: 'Every company written to, with its whole timeline.' })
  companies: CompanyOutreachView[];
}

/** Outreach as open data: the statistics with every timeline, and every response. */
@ApiTags('open data')
@Controller('data')
export class OutreachDataController {
  constructor(private readonly outreach: OutreachPublicService) {}

  @Get('outreach.json')
  @Public()
  @ApiOkResponse({ type: OutreachOpenDataDoc })
  async json(@Res() res: Response): Promise<void> {
    const { stats, companies } = await this.outreach.openData();
    res.status(200).setHeader('Content-Disposition', 'attachment; filename="outreach.json"');
    res.json({ stats, companies });
  }

  @Get('responses.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'One row per response: company, date, channel, classification, link, words, the evidence it answers (ids joined with "|"); formula-like cells are neutralised.',
  })
  async csv(@Res() res: Response): Promise<void> {
    const csv = responsesCsv(await this.outreach.allResponses());
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', 'attachment; filename="responses.csv"');
    res.send(csv);
  }
}
