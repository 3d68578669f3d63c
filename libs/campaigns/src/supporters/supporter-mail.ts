import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { t, templatesRoot, type Locale } from '#libs/core';
import type { OutgoingMail } from '#libs/mail';
import { CONFIRM_DAYS, SupporterTokens } from './supporter-tokens';

/** Which email a signature gets: the form's answer is the same page, the email says which case it was. */
export type SignatureMailKind = 'confirm' | 'pending' | 'already' | 'erased';

const TEMPLATE: Record<SignatureMailKind, string> = {
  confirm: 'signature-confirm',
  pending: 'signature-pending',
  already: 'signature-already',
  erased: 'signature-erased',
};

/**
 * Supporter mail from `templates/emails/*.hbs`: plain text (nothing to escape, nothing to inject),
 * in the signer's language through t(), with the RFC 8058 one-click unsubscribe headers and the
 * link to their own data in every message.
 */
@Injectable()
export class SupporterMail {
  private readonly handlebars = Handlebars.create();
  private readonly templates = new Map<string, HandlebarsTemplateDelegate>();

  constructor(private readonly tokens: SupporterTokens) {
    this.handlebars.unregisterHelper('log');
    this.handlebars.registerHelper(
      't',
      (key: string, options: { hash?: Record<string, unknown>; data?: { root?: { locale?: Locale } } }) =>
        t(key, options.hash ?? {}, options.data?.root?.locale ?? 'en'),
    );
    const dir = join(templatesRoot(), 'emails');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      const key = file.replace(/\.hbs$/, '');
      if (key.startsWith('_')) this.handlebars.registerPartial(key.slice(1), source);
      else this.templates.set(key, this.handlebars.compile(source, { noEscape: true, strict: true }));
    }
  }

  signature(input: {
    kind: SignatureMailKind;
    to: string;
    name: string;
    locale: Locale;
    title: string;
    signatureId: string;
    emailHash: string;
  }): OutgoingMail {
    const links = this.tokens.links(
      input.kind === 'confirm' || input.kind === 'pending' ? input.signatureId : null,
      input.emailHash,
    );
    const title = input.title.replace(/\s+/g, ' ');
    const text = this.templates.get(TEMPLATE[input.kind])!({
      locale: input.locale,
      name: input.name.replace(/\s+/g, ' '),
      title,
      confirmDays: CONFIRM_DAYS,
      ...links,
    });
    return {
      to: input.to,
      subject: t(`campaigns.mail.${input.kind}.subject`, { title }, input.locale),
      text,
      headers: {
        'List-Unsubscribe': `<${links.unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Content-Language': input.locale,
      },
      purpose: `signature_${input.kind}`,
      refType: 'signature',
      refId: input.signatureId,
    };
  }
}
