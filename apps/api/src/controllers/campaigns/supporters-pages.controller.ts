import { Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, t, type AppConfig } from '#libs/core';
import {
  countryName,
  SigningService,
  SupportersService,
  type ConfirmResult,
  type OwnSignatureView,
} from '#libs/campaigns';
import { publicFormToken } from '../../http/public-forms';
import { Public } from '../../security/access.decorator';

/** A confirmation link that leads nowhere is a page that says why, with the status a client can tell from. */
const CONFIRM_STATUS: Record<ConfirmResult['state'], number> = {
  ready: 200,
  confirmed: 200,
  already: 200,
  expired: 410,
  invalid: 404,
  erased: 410,
  invalidated: 409,
};

/**
 * Supporters' own pages, reached only by the signed links in their mail: confirm a signature (a
 * button that POSTs, since mail scanners follow links), see, download and erase what we hold, and
 * unsubscribe in one click (RFC 8058). None of them is cached, none needs a session.
 */
@ApiExcludeController()
@Controller()
export class SupportersPagesController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signing: SigningService,
    private readonly supporters: SupportersService,
  ) {}

  @Get('signatures/confirm/:token')
  @Public()
  async confirmPage(@Param('token') token: string, @Res() res: Response): Promise<void> {
    this.renderConfirm(res, token, await this.signing.preview(token));
  }

  @Post('signatures/confirm/:token')
  @Public()
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    this.renderConfirm(res, token, await this.signing.confirm(token));
  }

  @Get('supporters/me/:token')
  @Public()
  async me(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const access = await this.supporters.page(token);
    this.renderMe(res, token, access.state === 'ok' ? access.signatures : null, access.state, null);
  }

  @Get('supporters/me/:token/data.json')
  @Public()
  async download(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const access = await this.supporters.page(token);
    res.setHeader('Cache-Control', 'no-store');
    if (access.state !== 'ok') {
      res.status(access.state === 'expired' ? 410 : 404).json({
        error: { code: `supporter_link_${access.state}`, message: t(`campaigns.me.${access.state}`), details: [] },
      });
      return;
    }
    res
      .setHeader('Content-Disposition', 'attachment; filename="my-signatures.json"')
      .json({ exportedAt: new Date().toISOString(), signatures: access.signatures });
  }

  @Post('supporters/me/:token/erase')
  @Public()
  async erase(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const result = await this.supporters.erase(token);
    this.renderMe(
      res,
      token,
      result.state === 'ok' ? result.signatures : null,
      result.state,
      result.state === 'ok' ? t('campaigns.me.erased', { count: result.erased ?? 0 }) : null,
    );
  }

  @Get('unsubscribe/:token')
  @Public()
  unsubscribePage(@Param('token') token: string, @Res() res: Response): void {
    res.setHeader('Cache-Control', 'no-store');
    res.render('pages/supporters/unsubscribe', {
      title: t('campaigns.unsubscribe.title'),
      action: `/unsubscribe/${encodeURIComponent(token)}`,
      done: false,
    });
  }

  /** RFC 8058 one-click: the mail client posts `List-Unsubscribe=One-Click`; a person presses the button. */
  @Post('unsubscribe/:token')
  @Public()
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const ok = await this.supporters.unsubscribe(token);
    res.setHeader('Cache-Control', 'no-store');
    res.status(ok ? 200 : 404).render('pages/supporters/unsubscribe', {
      title: t('campaigns.unsubscribe.title'),
      done: ok,
      invalid: !ok,
    });
  }

  private renderConfirm(res: Response, token: string, result: ConfirmResult): void {
    const action = `/signatures/confirm/${token}`;
    res.setHeader('Cache-Control', 'no-store');
    res.status(CONFIRM_STATUS[result.state]).render('pages/supporters/confirm', {
      title: t(`campaigns.confirm.${result.state}.title`),
      state: result.state,
      ready: result.state === 'ready',
      body: t(`campaigns.confirm.${result.state}.body`, { title: result.campaign?.title ?? '' }),
      campaign: result.campaign
        ? { title: result.campaign.title, url: `/campaigns/${encodeURIComponent(result.campaign.slug)}` }
        : null,
      action,
      formToken: publicFormToken(this.config, action),
    });
  }

  private renderMe(
    res: Response,
    token: string,
    signatures: OwnSignatureView[] | null,
    state: string,
    flash: string | null,
  ): void {
    const action = `/supporters/me/${token}/erase`;
    res.setHeader('Cache-Control', 'no-store');
    res.status(state === 'ok' ? 200 : state === 'expired' ? 410 : 404).render('pages/supporters/me', {
      title: t('campaigns.me.title'),
      flash,
      invalid: state !== 'ok',
      invalidText: state === 'ok' ? null : t(`campaigns.me.${state}`),
      signatures: (signatures ?? []).map((s) => ({
        ...s,
        countryName: countryName(s.country),
        campaignUrl: `/campaigns/${encodeURIComponent(s.campaign.slug)}`,
        statusText: t(`campaigns.me.status_${s.erasedAt ? 'erased' : s.status}`),
      })),
      anyHeld: (signatures ?? []).some((s) => !s.erasedAt),
      downloadUrl: `/supporters/me/${token}/data.json`,
      action,
      formToken: publicFormToken(this.config, action),
    });
  }
}
