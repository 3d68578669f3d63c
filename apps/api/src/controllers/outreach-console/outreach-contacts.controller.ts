import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { t, validateInput } from '#libs/core';
import type { Principal } from '#libs/auth';
import { CompanyService } from '#libs/companies';
import { CONTACT_ROLES, ContactsService, CreateContactDto, UpdateContactDto, type ContactView } from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import {
  contactFormFrom,
  contactFormOf,
  contactInput,
  emptyContactForm,
  versionOf,
  type ContactForm,
  type FormBody,
} from './outreach-forms';
import { options, ORGANIZERS, refusalFor, shownErrors, urls, withNotice, type Shown } from './outreach-page-model';

const FIELDS = ['name', 'role', 'email', 'source', 'escalationOrder', 'active'] as const;

/** Whom to write to at a company: add, edit, delete (with a confirmation page). */
@ApiExcludeController()
@Controller('console/outreach')
export class OutreachContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly companies: CompanyService,
  ) {}

  @Get('companies/:slug/contacts/new')
  @Access(ORGANIZERS)
  async newForm(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const company = await this.companies.getBySlug(slug);
    const existing = await this.contacts.forCompany(company.slug);
    this.render(res, 200, company, null, emptyContactForm(existing), { errors: [], formError: null });
  }

  @Post('companies/:slug/contacts/new')
  @Access(ORGANIZERS)
  async create(
    @Param('slug') slug: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const company = await this.companies.getBySlug(slug);
    const form = contactFormFrom(body);
    const { value, errors } = await validateInput(CreateContactDto, { ...contactInput(form), company: company.slug });
    if (errors.length) return this.render(res, 400, company, null, form, shownErrors(errors, FIELDS));
    try {
      await this.contacts.create(actorOf(principal), value);
    } catch (error) {
      const refusal = refusalFor(error, FIELDS);
      if (!refusal) throw error;
      return this.render(res, refusal.status, company, null, form, refusal);
    }
    res.redirect(303, withNotice(urls.company(company.slug), 'contact_added'));
  }

  @Get('contacts/:id/edit')
  @Access(ORGANIZERS)
  async editForm(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const contact = await this.contacts.get(id);
    this.render(res, 200, contact.company, contact, contactFormOf(contact), { errors: [], formError: null });
  }

  @Post('contacts/:id/edit')
  @Access(ORGANIZERS)
  async update(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const contact = await this.contacts.get(id);
    const form = contactFormFrom(body);
    const { value, errors } = await validateInput(UpdateContactDto, { ...contactInput(form), version: form.version });
    if (errors.length) return this.render(res, 400, contact.company, contact, form, shownErrors(errors, FIELDS));
    try {
      await this.contacts.update(actorOf(principal), contact.id, value);
    } catch (error) {
      const refusal = refusalFor(error, FIELDS);
      if (!refusal) throw error;
      return this.render(res, refusal.status, contact.company, contact, form, refusal);
    }
    res.redirect(303, withNotice(urls.company(contact.company.slug), 'contact_saved'));
  }

  @Get('contacts/:id/delete')
  @Access(ORGANIZERS)
  async confirmDelete(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const contact = await this.contacts.get(id);
    this.renderDelete(res, 200, contact, null);
  }

  @Post('contacts/:id/delete')
  @Access(ORGANIZERS)
  async delete(
    @Param('id') id: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const contact = await this.contacts.get(id);
    try {
      await this.contacts.delete(actorOf(principal), contact.id, { version: versionOf(body) });
    } catch (error) {
      const refusal = refusalFor(error, []);
      if (!refusal) throw error;
      return this.renderDelete(res, refusal.status, await this.contacts.get(id), refusal.formError);
    }
    res.redirect(303, withNotice(urls.company(contact.company.slug), 'contact_deleted'));
  }

  private render(
    res: Response,
    status: number,
    company: { slug: string; name: string },
    contact: ContactView | null,
    form: ContactForm,
    shown: Shown,
  ): void {
    const heading = contact
      ? t('outreach.console.contact.edit_title', { name: contact.name, company: company.name })
      : t('outreach.console.contact.new_title', { company: company.name });
    res.status(status).render('pages/console/outreach/contact-form', {
      title: heading,
      consoleNav: true,
      heading,
      action: contact ? urls.editContact(contact.id) : urls.newContact(company.slug),
      companyUrl: urls.company(company.slug),
      editing: contact !== null,
      form,
      roles: options(CONTACT_ROLES, 'contact_role'),
      ...shown,
    });
  }

  private renderDelete(res: Response, status: number, contact: ContactView, formError: string | null): void {
    res.status(status).render('pages/console/outreach/contact-delete', {
      title: t('outreach.console.contact.delete_title', { name: contact.name }),
      consoleNav: true,
      contact: { ...contact, url: urls.deleteContact(contact.id), companyUrl: urls.company(contact.company.slug) },
      formError,
    });
  }
}
