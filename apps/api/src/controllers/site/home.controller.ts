import { Controller, Get, Render } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { MAX_PAGE_SIZE, StateBodyService } from '#libs/companies';
import { t } from '#libs/core';
import { Public } from '../../security/access.decorator';

@ApiExcludeController()
@Controller()
export class HomeController {
  constructor(private readonly stateBodies: StateBodyService) {}

  @Get()
  @Public()
  @Render('pages/home')
  async home() {
    const bodies = await this.stateBodies.search({ limit: MAX_PAGE_SIZE });
    return {
      title: t('home.title'),
      stateBodies: bodies.data.map((body) => ({
        name: body.name,
        url: `/state-bodies/${encodeURIComponent(body.slug)}`,
      })),
    };
  }
}
