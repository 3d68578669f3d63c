import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Render } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AuditService, t } from '#libs/core';
import type { Principal } from '#libs/auth';
import { EVIDENCE_RECORD, PROPOSAL_RECORD } from '#libs/evidence';
import { Access } from '../../security/access.decorator';
import { CurrentPrincipal } from '../../security/principal.decorator';
import { toHistoryView } from './history.view';

/**
 * Records whose history shows unpublished work (drafts, items in review, proposed corrections)
 * and the accounts behind it: only the roles that work on the ledger read it. Organizers read the
 * ledger as the public does.
 */
const LEDGER_RECORDS = [EVIDENCE_RECORD, PROPOSAL_RECORD];
const LEDGER_ROLES = ['admin', 'researcher', 'reviewer'];

function seesLedgerHistory(principal: Principal): boolean {
  return LEDGER_ROLES.includes(principal.role);
}

/** The organizer console's landing page and every record's history. */
@ApiExcludeController()
@Controller('console')
export class ConsoleController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Access({ roles: 'any' })
  @Render('pages/console/dashboard')
  async dashboard(@CurrentPrincipal() principal: Principal) {
    const recent = (await this.audit.recent(20)).filter(
      (event) => seesLedgerHistory(principal) || !LEDGER_RECORDS.includes(event.recordType),
    );
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
  async history(
    @Param('type') type: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    if (LEDGER_RECORDS.includes(type) && !seesLedgerHistory(principal)) throw new NotFoundException();
    const events = await this.audit.history(type, id);
    return {
      title: t('console.history_of', { type, id }),
      consoleNav: true,
      type,
      id,
      events: events.map(toHistoryView),
    };
  }
}
