import { t } from '#libs/core';
import type { CampaignView } from '#libs/campaigns';

/** What the campaign form shows in its fields: always text. */
export interface CampaignForm {
  title: string;
  slug: string;
  ask: string;
  why: string;
  targets: string;
  evidence: string;
  goal: string;
  milestones: string;
  opensAt: string;
  closesAt: string;
}

type Body = Record<string, unknown>;
const text = (body: Body, key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '');
const lines = (value: string) =>
  value
    .split(/[\r\n,]+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function campaignFormFrom(body: Body): CampaignForm {
  return {
    title: text(body, 'title'),
    slug: text(body, 'slug'),
    ask: text(body, 'ask'),
    why: text(body, 'why'),
    targets: text(body, 'targets'),
    evidence: text(body, 'evidence'),
    goal: text(body, 'goal'),
    milestones: text(body, 'milestones'),
    opensAt: text(body, 'opensAt'),
    closesAt: text(body, 'closesAt'),
  };
}

/** `datetime-local` gives minutes without a zone; the console's times are UTC, as it says beside the field. */
function utc(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(trimmed) ? `${trimmed}:00Z` : trimmed;
}

/** The DTO's shape (kind is petition: letters are not offered yet). */
export function campaignInput(form: CampaignForm): Record<string, unknown> {
  const number = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number(value) : value);
  return {
    kind: 'petition',
    title: form.title,
    slug: form.slug.trim() === '' ? undefined : form.slug,
    ask: form.ask,
    why: form.why,
    targets: lines(form.targets),
    evidence: lines(form.evidence),
    goal: number(form.goal),
    milestones: lines(form.milestones).map(number),
    opensAt: utc(form.opensAt),
    closesAt: utc(form.closesAt),
  };
}

export function campaignFormOf(view: CampaignView): CampaignForm {
  const local = (iso: string | null) => (iso ? iso.slice(0, 16) : '');
  return {
    title: view.title,
    slug: view.slug,
    ask: view.ask,
    why: view.why,
    targets: view.targets.map((target) => target.slug).join('\n'),
    evidence: view.evidence.join('\n'),
    goal: String(view.goal),
    milestones: view.milestones.map((m) => m.count).join(', '),
    opensAt: local(view.opensAt),
    closesAt: local(view.closesAt),
  };
}

export function emptyCampaignForm(): CampaignForm {
  return { ...campaignFormFrom({}), goal: '1000', milestones: '100, 500' };
}

const NOTICES = ['created', 'saved', 'opened', 'closed', 'won', 'cleared', 'invalidated'];

export function campaignNotice(notice: unknown, count: unknown): string | null {
  if (typeof notice !== 'string' || !NOTICES.includes(notice)) return null;
  return t(`campaigns.console.notice.${notice}`, { count: typeof count === 'string' ? count : '0' });
}
