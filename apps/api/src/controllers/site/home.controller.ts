import { Controller, Get, Render } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { t } from '../../../../../libs/core';
import { Public } from '../../security/access.decorator';

@ApiExcludeController()
@Controller()
export class HomeController {
  @Get()
  @Public()
  @Render('pages/home')
  home() {
    return { title: t('home.title') };
  }
}
