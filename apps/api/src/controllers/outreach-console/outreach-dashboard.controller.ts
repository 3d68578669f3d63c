import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { t } from '#libs/core';
import { CompanyService } from '#libs/companies';
import {
  ContactsService,
  LettersService,
  OutreachDashboardService,
  ResponsesService,
  type EscalationView,
  type LetterSummaryView,
} from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import {
  contactRow,
  inboundRow,
  letterRow,
  noticeText,
  ORGANIZERS,
  responseRow,
  roleLabel,
  urls,
} from './outreach-page-model';

/** Bounced letters whose addresses are looked up one by one: the dashboard names the address and the reason. */
const BOUNCES_SHOWN = 20;

/**
 * The organizer's desk for outreach: what is due, late, arrived, held, bounced, whom to write to
 * next, and the drafts; and one company's outreach (contacts, letters, responses).
 */
@ApiExcludeController()
@Controller('console/outreach')
export class OutreachDashboardController {
  constructor(
    private readonly dashboard: OutreachDashboardService,
    private readonly letters: LettersService,
    private readonly contacts: ContactsService,
    private readonly responses: ResponsesService,
    private readonly companies: CompanyService,
  ) {}

  @Get()
  @Access(ORGANIZERS)
  async show(@Query('notice') notice: unknown, @Res() res: Response): Promise<void> {
    const desk = await this.dashboard.dashboard();
    const bounces = await this.bounceRows(desk.bounces);
    const companies = await this.companies.listNames();
    res.render('pages/console/outreach/dashboard', {
      title: t('outreach.console.dashboard.title'),
      consoleNav: true,
      flash: noticeText(notice),
      dueSoon: desk.dueSoon.map(letterRow),
      overdue: desk.overdue.map(letterRow),
      awaiting: desk.awaitingClassification.map(inboundRow),
      held: desk.holdingPen.map(inboundRow),
      bounces,
      moreBounces: Math.max(0, desk.bounces.length - BOUNCES_SHOWN),
      escalations: desk.escalations.map(escalationRow),
      drafts: desk.drafts.map(letterRow),
      companies: companies.map((company) => ({ value: company.slug, label: company.name })),
    });
  }

  /** "Go to a company": the choice of the dashboard's form, or every company as a link. */
  @Get('companies')
  @Access(ORGANIZERS)
  async companiesPage(@Query('company') chosen: unknown, @Res() res: Response): Promise<void> {
    const companies = await this.companies.listNames();
    if (typeof chosen === 'string' && companies.some((company) => company.slug === chosen))
      return res.redirect(303, urls.company(chosen));
    res.render('pages/console/outreach/companies', {
      title: t('outreach.console.companies.title'),
      consoleNav: true,
      companies: companies.map((company) => ({ ...company, url: urls.company(company.slug) })),
    });
  }

  @Get('companies/:slug')
  @Access(ORGANIZERS)
  async company(@Param('slug') slug: string, @Query('notice') notice: unknown, @Res() res: Response): Promise<void> {
    const company = await this.companies.getBySlug(slug);
    // One database connection when embedded: these run one after another.
    const contacts = await this.contacts.forCompany(company.slug);
    const letters = await this.letters.list({ company: company.slug });
    const responses = await this.responses.list({ company: company.slug });
    res.render('pages/console/outreach/company', {
      title: t('outreach.console.company.title', { name: company.name }),
      consoleNav: true,
      flash: noticeText(notice),
      company: { slug: company.slug, name: company.name, publicUrl: urls.publicCompany(company.slug) },
      contacts: contacts.map(contactRow),
      hasActiveContact: contacts.some((contact) => contact.active),
      letters: letters.map(letterRow),
      responses: responses.map(responseRow),
      urls: {
        newContact: urls.newContact(company.slug),
        newLetter: urls.newLetter({ company: company.slug }),
        newResponse: urls.newResponse({ company: company.slug }),
        newExternalLetter: urls.newExternalLetter({ company: company.slug }),
      },
    });
  }

  /** Each bounced letter with the addresses that bounced and what the report said. */
  private async bounceRows(letters: LetterSummaryView[]) {
    const rows = [];
    for (const summary of letters.slice(0, BOUNCES_SHOWN)) {
      const letter = await this.letters.get(summary.id);
      const bounced = letter.deliveries.filter((delivery) => delivery.status === 'bounced');
      rows.push({
        ...letterRow(summary),
        addresses: bounced.map((delivery) => ({
          to: delivery.to,
          problem: delivery.problem,
          bouncedAt: delivery.bouncedAt,
        })),
        contactsUrl: urls.company(summary.company.slug),
      });
    }
    return rows;
  }
}

function escalationRow(escalation: EscalationView) {
  const next = escalation.next;
  return {
    company: { ...escalation.company, url: urls.company(escalation.company.slug) },
    letterUrl: urls.letter(escalation.letterId),
    next: next ? { ...contactRow(next), roleLabel: roleLabel(next.role) } : null,
    writeUrl: next ? urls.newLetter({ company: escalation.company.slug, kind: 'escalation', contact: next.id }) : null,
    addContactUrl: urls.newContact(escalation.company.slug),
  };
}
