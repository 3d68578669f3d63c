import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { ProcurementService } from '#libs/evidence';
import { Public } from '../../security/access.decorator';
import { procurementPage } from './procurement-forms';

/** A procurement record's public page. No login. */
@ApiExcludeController()
@Controller('procurement-records')
export class ProcurementPagesController {
  constructor(private readonly procurement: ProcurementService) {}

  @Get(':id')
  @Public()
  async show(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const record = await this.procurement.get(id);
    res.render('pages/procurement/show', { title: record.title, record: procurementPage(record) });
  }
}
