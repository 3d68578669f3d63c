import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EvidenceExportService, EvidenceView } from '#libs/evidence';
import { Public } from '../../security/access.decorator';

/** The open data of the ledger: every public item (published, disputed, retracted), as a file to download. */
@ApiTags('open data')
@Controller('data')
export class EvidenceDataController {
  constructor(private readonly exports: EvidenceExportService) {}

  @Get('evidence.json')
  @Public()
  @ApiOkResponse({ type: [EvidenceView], description: 'Every public item, whole: chain, sources, corrections.' })
  async json(@Res() res: Response): Promise<void> {
    const items = await this.exports.json();
    res.status(200).setHeader('Content-Disposition', 'attachment; filename="evidence.json"');
    res.json(items);
  }

  @Get('evidence.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'One row per public item: chain as "supermicro:manufacturer > map-info:reseller", value in major units, products and source URLs joined with "|"; formula-like cells are neutralised.',
  })
  async csv(@Res() res: Response): Promise<void> {
    this.sendCsv(res, 'evidence.csv', await this.exports.csv());
  }

  @Get('evidence-sources.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'One row per source of a public item, with its evidence_id; formula-like cells are neutralised.',
  })
  async sourcesCsv(@Res() res: Response): Promise<void> {
    this.sendCsv(res, 'evidence-sources.csv', await this.exports.sourcesCsv());
  }

  private sendCsv(res: Response, filename: string, csv: string): void {
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.send(csv);
  }
}
