import type { CompanyEntity } from '#libs/companies';
import type { InboundMailEntity } from '../inbound-mail.entity';
import type { InboundSummaryView, InboundView } from '../replies.view';

type CompanyRef = Pick<CompanyEntity, 'slug' | 'name'> | null;

export function toInboundSummary(mail: InboundMailEntity, company: CompanyRef): InboundSummaryView {
  return {
    id: mail.id,
    receivedAt: mail.receivedAt.toISOString(),
    via: mail.via,
    from:
      mail.fromName && mail.fromAddress
        ? `${mail.fromName} <${mail.fromAddress}>`
        : (mail.fromAddress ?? mail.envelopeFrom),
    subject: mail.subject,
    status: mail.status,
    holdReason: mail.holdReason,
    detail: mail.detail,
    letterId: mail.letterId,
    company: company ? { slug: company.slug, name: company.name } : null,
  };
}

export function toInboundView(mail: InboundMailEntity, company: CompanyRef, responseId: string | null): InboundView {
  return {
    ...toInboundSummary(mail, company),
    messageId: mail.messageId,
    sentDate: mail.sentDate ? mail.sentDate.toISOString() : null,
    text: mail.textBody,
    attachments: mail.attachments,
    size: mail.raw.length,
    handledByLabel: mail.handledByLabel,
    responseId,
  };
}
