import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ScorecardsPublicService, SnapshotRecordView } from '#libs/scorecards';
import { Public } from '../../security/access.decorator';
import { SNAPSHOT_CSV_COLUMNS, snapshotCsvRows } from './scorecards-csv';

/**
 * The open data of the scorecards: every snapshot, with its inputs, their hash, the method and
 * engine versions and the result, so that anyone can compute each one again. Written as it is
 * read, a page of snapshots at a time.
 */
@ApiTags('open data')
@Controller('data')
export class ScorecardsDataController {
  constructor(private readonly scorecards: ScorecardsPublicService) {}

  @Get('scorecards.json')
  @Public()
  @ApiOkResponse({ type: [SnapshotRecordView], description: 'Every snapshot, oldest first, whole.' })
  async json(@Res() res: Response): Promise<void> {
    res
      .status(200)
      .type('application/json; charset=utf-8')
      .setHeader('Content-Disposition', 'attachment; filename="scorecards.json"');
    res.write('[');
    let first = true;
    for await (const page of this.scorecards.snapshots()) {
      for (const snapshot of page) {
        res.write(`${first ? '\n' : ',\n'}${JSON.stringify(snapshot)}`);
        first = false;
      }
    }
    res.end(first ? ']' : '\n]\n');
  }

  @Get('scorecards.csv')
  @Public()
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'One row per snapshot: company, seq, dates, versions, status, grade, overall, range, exposure, responsiveness, inputs_hash, the change split into record and method; the inputs themselves are in scorecards.json. Formula-like cells are neutralised.',
  })
  async csv(@Res() res: Response): Promise<void> {
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', 'attachment; filename="scorecards.csv"');
    res.write(`${SNAPSHOT_CSV_COLUMNS.join(',')}\n`);
    for await (const page of this.scorecards.snapshots()) res.write(snapshotCsvRows(page));
    res.end();
  }
}
