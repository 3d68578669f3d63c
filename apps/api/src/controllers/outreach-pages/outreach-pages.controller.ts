import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { t } from '#libs/core';
import { OutreachPublicService } from '#libs/outreach';
import { Public } from '../../security/access.decorator';
import { outreachStatsPage, publicLetterPage } from './outreach-page.model';

/** Outreach in public: who was written to and who answered, and the letters whose text is public. No login. */
@ApiExcludeController()
@Controller('outreach')
export class OutreachPagesController {
  constructor(private readonly outreach: OutreachPublicService) {}

  @Get()
  @Public()
  async stats(@Res() res: Response): Promise<void> {
    const stats = await this.outreach.stats();
    res.render('pages/outreach/index', { title: t('outreach.page.stats.title'), stats: outreachStatsPage(stats) });
  }

  /** Only a letter an organizer published; any other id is a 404 page, drafts and unpublished letters alike. */
  @Get('letters/:id')
  @Public()
  async letter(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const letter = await this.outreach.publicLetter(id);
    res.render('pages/outreach/letter', { title: letter.subject, letter: publicLetterPage(letter) });
  }
}
