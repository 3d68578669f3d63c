import { createHash } from 'node:crypto';
import { t } from '#libs/core';
import type { ChangeEntry } from '#libs/evidence';

/** What templates/feeds/changes.hbs renders: an Atom 1.0 feed (RFC 4287). */
export interface FeedModel {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  alternateUrl: string;
  updated: string;
  author: string;
  entries: FeedEntryModel[];
}

export interface FeedEntryModel {
  id: string;
  title: string;
  link: string;
  updated: string;
  category: { term: string; label: string };
  content: string;
}

/** An empty feed still needs an `updated`: the epoch, so that it never changes while nothing happens. */
export const EMPTY_FEED_UPDATED = '1970-01-01T00:00:00.000Z';

/** The namespace of the name-based uuids of feed entries: fixed for ever, so an entry keeps its id. */
const FEED_NAMESPACE = '0226f755-e902-48bd-b85b-27fd01507df1';

/** RFC 4122 version 5 (SHA-1, name-based) uuid: the same name always gives the same uuid. */
export function uuidV5(name: string, namespace: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * XML 1.0 has no way to write most control characters, escaped or not; a summary pasted with one
 * would make the whole feed unreadable, so they are dropped (Handlebars escapes the rest).
 */
export function xmlText(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

function content(entry: ChangeEntry): string {
  const item = entry.evidence;
  if (entry.kind === 'published') {
    const chain = item.chain
      .map((link) => `${link.company.name} (${t(`evidence.role_lower.${link.role}`)})`)
      .join(' → ');
    return [
      item.summary,
      t('evidence.feed.chain', { chain }),
      ...(item.endUser ? [t('evidence.feed.end_user', { name: item.endUser.name })] : []),
    ].join('\n\n');
  }
  const correction = item.corrections.find((candidate) => `correction:${candidate.id}` === entry.id);
  const changes = correction?.changes ?? [];
  return [
    t('evidence.feed.reason', { reason: entry.reason ?? '' }),
    ...(changes.length
      ? [
          [
            t('evidence.feed.changed'),
            ...changes.map((change) =>
              t('evidence.feed.change', { field: change.field, before: change.before, after: change.after }),
            ),
          ].join('\n'),
        ]
      : []),
  ].join('\n\n');
}

/** A scorecard whose grade or status moved (or a company's first): one entry of the feed. */
export interface ScorecardFeedChange {
  snapshotId: string;
  company: { slug: string; name: string };
  status: string;
  grade: string | null;
  overall: number | null;
  gradeBefore: string | null;
  statusBefore: string | null;
  methodologyVersion: string;
  recordDelta: number | null;
  methodDelta: number | null;
  at: Date;
}

function gradeWords(status: string | null, grade: string | null): string {
  return status === 'scored' && grade ? grade : t(`scorecards.status.${status ?? 'not_scored'}`);
}

function scorecardEntry(change: ScorecardFeedChange, base: string): FeedEntryModel {
  const now = gradeWords(change.status, change.grade);
  const before = change.statusBefore ? gradeWords(change.statusBefore, change.gradeBefore) : null;
  return {
    id: `urn:uuid:${uuidV5(`scorecard:${change.snapshotId}`, FEED_NAMESPACE)}`,
    title: xmlText(
      before
        ? t('scorecards.feed.changed', { name: change.company.name, before, now })
        : t('scorecards.feed.first', { name: change.company.name, now }),
    ),
    link: `${base}/companies/${encodeURIComponent(change.company.slug)}`,
    updated: change.at.toISOString(),
    category: { term: 'scorecard', label: t('scorecards.feed.kind') },
    content: xmlText(
      [
        change.overall === null ? null : t('scorecards.feed.overall', { overall: change.overall.toFixed(2) }),
        change.recordDelta ? t('scorecards.feed.record', { points: change.recordDelta.toFixed(2) }) : null,
        change.methodDelta ? t('scorecards.feed.method', { points: change.methodDelta.toFixed(2) }) : null,
        t('scorecards.feed.version', { version: change.methodologyVersion }),
      ]
        .filter(Boolean)
        .join('\n\n'),
    ),
  };
}

/** The feed of publications and public changes, newest first, with links under `publicUrl`. */
export function feedModel(
  changes: ChangeEntry[],
  publicUrl: string,
  scorecards: ScorecardFeedChange[] = [],
  length = 50,
): FeedModel {
  const base = publicUrl.replace(/\/+$/, '');
  // A change made in the same instant as the publication (the demo seed publishes and disputes at
  // once) still comes after it: newest first, publication last among equals.
  const ordered = [...changes].sort(
    (a, b) => b.at.getTime() - a.at.getTime() || Number(a.kind === 'published') - Number(b.kind === 'published'),
  );
  const entries = ordered.map((entry): FeedEntryModel => ({
    id: `urn:uuid:${uuidV5(entry.id, FEED_NAMESPACE)}`,
    title: xmlText(t(`evidence.feed.entry.${entry.kind}`, { title: entry.evidence.title })),
    link: `${base}/evidence/${entry.evidence.id}`,
    updated: entry.at.toISOString(),
    category: { term: entry.kind, label: t(`evidence.feed.kind.${entry.kind}`) },
    content: xmlText(content(entry)),
  }));
  // Scorecard changes interleave with the record's, newest first, and the feed keeps its length.
  const dated = [
    ...ordered.map((entry, i) => ({ at: entry.at, entry: entries[i] })),
    ...scorecards.map((change) => ({ at: change.at, entry: scorecardEntry(change, base) })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  const kept = scorecards.length ? dated.slice(0, length) : dated;
  const newest = kept.reduce<Date | null>((latest, item) => (latest && latest >= item.at ? latest : item.at), null);
  return {
    id: `${base}/feeds/changes.atom`,
    title: t('evidence.feed.title'),
    subtitle: t('evidence.feed.subtitle'),
    selfUrl: `${base}/feeds/changes.atom`,
    alternateUrl: `${base}/corrections`,
    updated: newest ? newest.toISOString() : EMPTY_FEED_UPDATED,
    author: t('site.name'),
    entries: kept.map((item) => item.entry),
  };
}
