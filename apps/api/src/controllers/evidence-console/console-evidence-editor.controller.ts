import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainException, t, validateInput, type ErrorDetail } from '#libs/core';
import type { Principal } from '#libs/auth';
import { CompanyService, StateBodyService } from '#libs/companies';
import {
  CorrectionProposalsService,
  CreateEvidenceDto,
  EvidenceService,
  StatusChangeDto,
  VersionDto,
  type EvidenceView,
} from '#libs/evidence';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import {
  emptyEvidenceForm,
  enteredUrls,
  evidenceFormFrom,
  evidenceFormOf,
  evidenceInput,
  formAction,
  formErrors,
  withEmptyRows,
  withExtraRow,
  type EvidenceForm,
  type EvidenceInput,
} from './evidence-forms';
import { audienceOf, choiceLists, citedRows, editorRows, itemUrl } from './evidence-page-model';
import { pageRefusal, renderItemPage } from './item-page';

const WRITERS = { roles: ['researcher' as const], token: false as const };
const CORRECTORS = { roles: ['researcher' as const, 'reviewer' as const], token: false as const };

type Mode = 'new' | 'edit' | 'correct';

interface EditorState {
  form: EvidenceForm;
  errors?: ErrorDetail[];
  formError?: string | null;
  /** A public item changes only through a correction: the refusal links to its form. */
  pointToCorrection?: boolean;
}

type Mapping = Pick<EvidenceInput, 'chainRows' | 'sourceRows'>;

/** A refusal from the ledger, laid out as the editor shows it; null for anything else (a missing item, a fault). */
function editorRefusal(
  error: unknown,
  mapping: Mapping,
): ({ status: number } & Required<Omit<EditorState, 'form'>>) | null {
  if (!(error instanceof DomainException)) return null;
  const status = { invalid: 400, conflict: 409, forbidden: 403 }[error.kind as string];
  if (!status) return null;
  const shown = formErrors(error.details, mapping);
  return {
    status,
    errors: shown.errors,
    formError: shown.formError ?? (shown.errors.length ? null : error.message),
    pointToCorrection: error.code === 'evidence_published_edit',
  };
}

/**
 * The evidence editor: a new draft, a draft's edit, and a proposed correction of a public item
 * (made once a second reviewer approves it: ConsoleCorrectionProposalsController). The chain and
 * the sources are numbered fieldsets; "add" buttons post the form back with one more empty row,
 * saving nothing, so the whole editor works without JavaScript.
 */
@ApiExcludeController()
@Controller('console/evidence')
export class ConsoleEvidenceEditorController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly proposals: CorrectionProposalsService,
    private readonly companies: CompanyService,
    private readonly stateBodies: StateBodyService,
  ) {}

  @Get('new')
  @Access(WRITERS)
  async newForm(@CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    await this.render(res, 200, principal, 'new', null, { form: emptyEvidenceForm() });
  }

  @Post('new')
  @Access(WRITERS)
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const form = evidenceFormFrom(body);
    if (await this.addRow(res, principal, 'new', null, form, body)) return;
    const { value, mapping, ...shown } = await this.prepare(form, 'new');
    if (!value) return this.render(res, 400, principal, 'new', null, { form, ...shown });
    let created: EvidenceView;
    try {
      created = await this.evidence.create(actorOf(principal), value);
    } catch (error) {
      const refusal = editorRefusal(error, mapping);
      if (!refusal) throw error;
      return this.render(res, refusal.status, principal, 'new', null, { form, ...refusal });
    }
    res.redirect(303, itemUrl(created.id, 'created'));
  }

  @Get(':id/edit')
  @Access(WRITERS)
  async editForm(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const item = await this.evidence.get(id, 'staff');
    const refusal = pageRefusal(item, 'edit');
    if (refusal) return renderItemPage(this.deps, res, id, principal, { status: 409, refusal });
    await this.render(res, 200, principal, 'edit', item, { form: evidenceFormOf(item) });
  }

  @Post(':id/edit')
  @Access(WRITERS)
  async update(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const item = await this.evidence.get(id, 'staff');
    const form = evidenceFormFrom(body);
    if (await this.addRow(res, principal, 'edit', item, form, body)) return;
    const { value, mapping, ...shown } = await this.prepare(form, 'edit');
    if (!value) return this.render(res, 400, principal, 'edit', item, { form, ...shown });
    try {
      await this.evidence.update(actorOf(principal), item.id, { ...value, version: Number(form.version) });
    } catch (error) {
      const refusal = editorRefusal(error, mapping);
      if (!refusal) throw error;
      return this.render(res, refusal.status, principal, 'edit', item, { form, ...refusal });
    }
    res.redirect(303, itemUrl(item.id, 'saved'));
  }

  @Get(':id/correct')
  @Access(CORRECTORS)
  async correctForm(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const item = await this.evidence.get(id, 'staff');
    const refusal = pageRefusal(item, 'correct');
    if (refusal) return renderItemPage(this.deps, res, id, principal, { status: 409, refusal });
    await this.render(res, 200, principal, 'correct', item, { form: evidenceFormOf(item) });
  }

  @Post(':id/correct')
  @Access(CORRECTORS)
  async correct(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const item = await this.evidence.get(id, 'staff');
    const form = evidenceFormFrom(body);
    if (await this.addRow(res, principal, 'correct', item, form, body)) return;
    const { value, mapping, ...shown } = await this.prepare(form, 'correct');
    if (!value) return this.render(res, 400, principal, 'correct', item, { form, ...shown });
    try {
      await this.proposals.propose(actorOf(principal), item.id, {
        version: Number(form.version),
        reason: form.reason.trim(),
        changes: value,
      });
    } catch (error) {
      const refusal = editorRefusal(error, mapping);
      if (!refusal) throw error;
      return this.render(res, refusal.status, principal, 'correct', item, { form, ...refusal });
    }
    res.redirect(303, itemUrl(item.id, 'proposed'));
  }

  private get deps() {
    return { evidence: this.evidence, proposals: this.proposals };
  }

  /** "Add a company" and "Add a source": the same form with one more empty row, nothing saved. True when handled. */
  private async addRow(
    res: Response,
    principal: Principal,
    mode: Mode,
    item: EvidenceView | null,
    form: EvidenceForm,
    body: Record<string, unknown>,
  ): Promise<boolean> {
    const action = formAction(body);
    if (action === 'save') return false;
    const extended = withExtraRow(form, action);
    const full = t(
      action === 'add_chain' ? 'evidence.validation.chain_too_long' : 'evidence.validation.too_many_sources',
    );
    await this.render(res, 200, principal, mode, item, { form: extended ?? form, formError: extended ? null : full });
    return true;
  }

  /** The form as the DTO it stands for, or every message the form shows beside its fields. */
  private async prepare(
    form: EvidenceForm,
    mode: Mode,
  ): Promise<{ value: CreateEvidenceDto | null; mapping: Mapping; errors: ErrorDetail[]; formError: string | null }> {
    const { input, errors: mistakes, ...mapping } = evidenceInput(form);
    const { value, errors } = await validateInput(CreateEvidenceDto, input);
    const all = [...mistakes, ...errors];
    if (mode === 'edit') all.push(...(await validateInput(VersionDto, { version: form.version })).errors);
    if (mode === 'correct')
      all.push(...(await validateInput(StatusChangeDto, { version: form.version, reason: form.reason.trim() })).errors);
    if (all.length === 0) return { value, mapping, errors: [], formError: null };
    return { value: null, mapping, ...formErrors(all, mapping) };
  }

  private async render(
    res: Response,
    status: number,
    principal: Principal,
    mode: Mode,
    item: EvidenceView | null,
    state: EditorState,
  ): Promise<void> {
    const form = withEmptyRows(state.form);
    // One database connection when embedded: these run one after another.
    const companies = await this.companies.listNames();
    const bodies = await this.stateBodies.listNames();
    const cited = await this.evidence.citedElsewhere(enteredUrls(form), item?.id ?? null, audienceOf(principal));
    const heading =
      mode === 'new'
        ? t('evidence.console.editor.new_title')
        : t(`evidence.console.editor.${mode}_title`, { title: item?.title ?? '' });
    res.status(status).render('pages/console/evidence/form', {
      title: heading,
      consoleNav: true,
      heading,
      mode,
      correcting: mode === 'correct',
      action: item ? `/console/evidence/${encodeURIComponent(item.id)}/${mode}` : '/console/evidence/new',
      cancelUrl: item ? itemUrl(item.id) : '/console/evidence',
      correctUrl: item ? `/console/evidence/${encodeURIComponent(item.id)}/correct` : null,
      item,
      form,
      ...editorRows(form),
      ...choiceLists(),
      companies: companies.map((company) => ({ value: company.slug, label: company.name })),
      stateBodies: bodies.map((body) => ({ value: body.slug, label: body.name })),
      cited: citedRows(cited),
      errors: state.errors ?? [],
      formError: state.formError ?? null,
      pointToCorrection: state.pointToCorrection ?? false,
    });
  }
}
