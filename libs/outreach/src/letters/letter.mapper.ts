import type { CompanyEntity } from '#libs/companies';
import type { MailMessageView } from '#libs/mail';
import type { LetterEntity } from '../letter.entity';
import { iso } from '../outreach-store';
import type { DeliveryView, LetterSourceView, LetterSummaryView, LetterView } from '../outreach.view';

type CompanyRef = Pick<CompanyEntity, 'slug' | 'name'>;

export function toLetterSummary(letter: LetterEntity, company: CompanyRef): LetterSummaryView {
  return {
    id: letter.id,
    company: { slug: company.slug, name: company.name },
    kind: letter.kind,
    status: letter.status,
    responseState: letter.responseState,
    subject: letter.subject ?? letter.subjectSource,
    recipients: letter.recipients.map((r) => ({ contactId: r.contactId, name: r.name, role: r.role, email: r.email })),
    batchId: letter.batchId,
    parentLetterId: letter.parentLetterId,
    deadlineDays: letter.deadlineDays,
    sentAt: iso(letter.sentAt),
    deadline: iso(letter.deadline),
    answeredAt: iso(letter.answeredAt),
    overdueAt: iso(letter.overdueAt),
    noResponseAt: iso(letter.noResponseAt),
    bouncedAt: iso(letter.bouncedAt),
    publishedAt: iso(letter.publishedAt),
    demo: letter.demo,
    sentBy: letter.senderOrganization,
    sentOnPrecision: letter.sentOnPrecision,
    source: letterSource(letter),
    version: letter.version,
    updatedAt: letter.updatedAt.toISOString(),
  };
}

export function letterSource(letter: LetterEntity): LetterSourceView | null {
  if (!letter.source?.url) return null;
  return {
    url: letter.source.url,
    title: letter.source.title,
    publisher: letter.source.publisher,
    publishedOn: letter.source.publishedOn,
    excerpt: letter.sourceExcerpt,
  };
}

export function toDeliveryView(message: MailMessageView): DeliveryView {
  return {
    to: message.to,
    status: message.status,
    attempts: message.attempts,
    messageId: message.messageId,
    sentAt: message.sentAt,
    bouncedAt: message.bouncedAt,
    problem: message.bounceReason ?? message.lastError ?? null,
  };
}

export function toLetterView(letter: LetterEntity, company: CompanyRef, deliveries: MailMessageView[]): LetterView {
  return {
    ...toLetterSummary(letter, company),
    templateKey: letter.templateKey,
    subjectSource: letter.subjectSource,
    bodySource: letter.bodySource,
    evidenceIds: letter.evidenceIds,
    textBody: letter.textBody,
    htmlBody: letter.htmlBody,
    contentHash: letter.contentHash,
    sentByLabel: letter.sentByLabel,
    createdByLabel: letter.createdByLabel,
    deliveries: deliveries.map(toDeliveryView),
  };
}
