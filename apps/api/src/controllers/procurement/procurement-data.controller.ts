import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ProcurementExportService, ProcurementRecordView } from '#libs/evidence';
import { Public } from '../../security/access.decorator';

/** The open data: every procurement record, as a file to download. */
@ApiTags('open data')
@Controller('data')
export class ProcurementDataController {
  constructor(private readonly exports: ProcurementExportService) {}

  @Get('procurement-records.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'Every procurement record, in the columns the import reads (amount in major units); formula-like cells are neutralised.',
  })
  async csv(@Res() res: Response): Promise<void> {
    const csv = await this.exports.csv();
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', 'attachment; filename="procurement-records.csv"');
    res.send(csv);
  }

  @Get('procurement-records.json')
  @Public()
  @ApiOkResponse({ type: [ProcurementRecordView] })
  async json(@Res() res: Response): Promise<void> {
    const records = await this.exports.json();
    res.status(200).setHeader('Content-Disposition', 'attachment; filename="procurement-records.json"');
    res.json(records);
  }
}
