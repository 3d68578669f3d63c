import { Controller, Get, Param, ParseUUIDPipe, Render } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AuditService, t } from '../../../../../libs/core';
import type { Principal } from '../../../../../libs/auth';
import { Access } from '../../security/access.decorator';
import { CurrentPrincipal } from '../../security/principal.decorator';
import { toHistoryView } from './history.view';

/** The organizer console's landing page and every record's history. */
@ApiExcludeController()
@Controller('console')
export class ConsoleController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Access({ roles: 'any' })
  @Render('pages/console/dashboard')
  async dashboard(@CurrentPrincipal() principal: Principal) {
    const recent = await this.audit.recent(20);
    return {
      title: t('console.title'),
      consoleNav: true,
      welcome: t('console.welcome', { email: principal.email, role: t(`role.${principal.role}`) }),
      recent: recent.map(toHistoryView),
    };
  }

  @Get('history/:type/:id')
  @Access({ roles: 'any' })
  @Render('pages/console/history')
  async history(@Param('type') type: string, @Param('id', new ParseUUIDPipe()) id: string) {
    const events = await this.audit.history(type, id);
    return { title: t('console.history_of', { type, id }), consoleNav: true, type, id, events: events.map(toHistoryView) };
  }
}
