import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { datedLabel, t, UnitOfWork, type Actor } from '#libs/core';
import { LettersService, type LetterView } from '#libs/outreach';
import type { BreakdownLine, ScoreResult } from '../engine/result';
import { factorsText, lineLabel, signedPoints } from '../public/lines';
import { ScorecardsException } from '../scorecards.exception';

export const NOTICE_TEMPLATE = 'scorecard-notice';

interface CurrentRow {
  id: string;
  company_id: string;
  name: string;
  slug: string;
  result: ScoreResult;
  methodology_version: string;
  as_of: string;
  provisional_until: Date | null;
}

/** The grade and its lines, as plain text for the letter (its `{{appendix}}`). */
export function noticeText(
  row: Pick<CurrentRow, 'result' | 'methodology_version' | 'as_of' | 'provisional_until'>,
): string {
  const r = row.result;
  const lines = r.breakdown.map(
    (line: BreakdownLine) =>
      `- ${lineLabel(line)}: ${signedPoints(line.points)}${factorsText(line) ? `\n  (${factorsText(line)})` : ''}`,
  );
  return [
    t('scorecards.notice.grade', {
      grade: r.grade ?? '',
      overall: (r.overall ?? 0).toFixed(2),
      version: row.methodology_version,
      date: datedLabel(row.as_of),
    }),
    r.range ? t('scorecards.notice.range', { low: r.range.low.toFixed(2), high: r.range.high.toFixed(2) }) : '',
    t('scorecards.notice.axes', {
      exposure: (r.exposure ?? 0).toFixed(2),
      responsiveness: r.responsiveness === null ? '—' : r.responsiveness.toFixed(2),
    }),
    row.provisional_until
      ? t('scorecards.notice.provisional', { date: datedLabel(row.provisional_until.toISOString().slice(0, 10)) })
      : '',
    '',
    t('scorecards.notice.lines'),
    t('scorecards.notice.start'),
    ...lines,
  ]
    .filter((line, i) => line !== '' || i === 4)
    .join('\n');
}

/**
 * The scorecard notice: a letter to the company with its grade and every line of it, composed as a
 * draft for an organizer to read and send (outreach then carries it: its reply address, deadline
 * and answer). The draft is tied to the snapshot whose grade it tells, so that the public page can
 * say when the company was notified. Nothing is written unless the company has a graded scorecard
 * and an active contact to send it to.
 */
@Injectable()
export class ScorecardNoticeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly letters: LettersService,
    private readonly uow: UnitOfWork,
  ) {}

  async prepare(actor: Actor, slug: string): Promise<LetterView> {
    const [found] = (await this.dataSource.query(
      `SELECT s.id, s.company_id, c.name, c.slug, s.result, s.methodology_version, s.as_of::text AS as_of, s.provisional_until
         FROM company c LEFT JOIN scorecard_snapshot s ON s.company_id = c.id AND s.current WHERE c.slug = $1`,
      [slug],
    )) as ((Omit<CurrentRow, 'result'> & { result: string | null }) | undefined)[];
    if (!found) throw ScorecardsException.notFound(slug);
    const row: CurrentRow = { ...found, result: found.result ? JSON.parse(found.result) : null };
    if (!row.id || row.result?.status !== 'scored') throw ScorecardsException.nothingToNotify(row.name);
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM outreach_contact WHERE company_id = $1 AND active`,
      [row.company_id],
    )) as { n: number }[];
    if (!n) throw ScorecardsException.noContact(row.name);
    const { draft } = await this.letters.draftOf(
      actor,
      { company: row.slug, template: NOTICE_TEMPLATE, kind: 'initial' },
      { appendix: noticeText(row) },
    );
    const saved = await this.uow.run(async (tx) => {
      const letter = await this.letters.saveDraft(tx, actor, draft);
      // Tied only while the snapshot it tells is still the current one; otherwise nothing is written.
      const [, tied] = (await tx.manager.query(
        `UPDATE scorecard_snapshot SET notice_letter_id = $1 WHERE id = $2 AND current`,
        [letter.id, row.id],
      )) as [unknown, number];
      if (!tied) throw ScorecardsException.changedMeanwhile(row.name);
      return letter;
    });
    return this.letters.get(saved.id);
  }
}
