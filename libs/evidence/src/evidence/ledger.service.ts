import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { validateOrThrow } from '#libs/core';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, PageQueryDto } from '#libs/companies';
import { CORRECTION_KINDS } from '../evidence-correction.entity';
import { EVIDENCE_STATUSES, PUBLIC_STATUSES, type EvidenceStatus } from '../evidence.entity';
import { EvidenceRepository } from './evidence.repository';
import { CorrectionView, toCorrectionView, toEvidenceView, type EvidenceView } from './evidence.view';

export class CorrectedItemView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: EVIDENCE_STATUSES })
  status: EvidenceStatus;
}

export class CorrectionEntryView {
  @ApiProperty({ type: () => CorrectionView })
  correction: CorrectionView;

  @ApiProperty({ type: () => CorrectedItemView })
  evidence: CorrectedItemView;
}

export class CorrectionPageView {
  @ApiProperty({ type: () => [CorrectionEntryView] })
  data: CorrectionEntryView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export const CHANGE_KINDS = ['published', ...CORRECTION_KINDS] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One entry of the change feed: a publication, a correction, a dispute, a retraction. */
export interface ChangeEntry {
  /** Stable across renders: the feed entry's id. */
  id: string;
  kind: ChangeKind;
  at: Date;
  reason: string | null;
  evidence: EvidenceView;
}

/** The public ledger as a whole: corrections, the change feed, every item for the open data. */
@Injectable()
export class LedgerService {
  constructor(private readonly evidence: EvidenceRepository) {}

  /** Every correction, dispute and retraction, newest first (`/corrections`). */
  async corrections(input: PageQueryDto): Promise<CorrectionPageView> {
    const query = await validateOrThrow(PageQueryDto, input);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.evidence.corrections(query.cursor ? decodeCursor(query.cursor) : null, limit + 1);
    const page = rows.slice(0, limit);
    const items = new Map(
      (
        await this.evidence.findByIds([...new Set(page.map((row) => row.correction.evidenceId))], [...PUBLIC_STATUSES])
      ).map((item) => [item.id, item]),
    );
    const view = new CorrectionPageView();
    view.data = page
      .filter((row) => items.has(row.correction.evidenceId))
      .map((row) => {
        const item = items.get(row.correction.evidenceId)!;
        const entry = new CorrectionEntryView();
        entry.correction = toCorrectionView(row.correction);
        entry.evidence = Object.assign(new CorrectedItemView(), {
          id: item.id,
          title: item.title,
          status: item.status,
        });
        return entry;
      });
    const last = page[page.length - 1];
    view.nextCursor = rows.length > limit && last ? encodeCursor({ key: last.sortKey, id: last.correction.id }) : null;
    return view;
  }

  /** The newest publications and corrections, for the Atom feed. */
  async recentChanges(limit = 50): Promise<ChangeEntry[]> {
    const rows = await this.evidence.recentChanges(limit);
    const items = await this.evidence.findByIds([...new Set(rows.map((row) => row.evidence_id))], [...PUBLIC_STATUSES]);
    const views = new Map(
      (await this.evidence.aggregates(items)).map((aggregate) => [
        aggregate.evidence.id,
        toEvidenceView(aggregate, 'public'),
      ]),
    );
    return rows
      .filter((row) => views.has(row.evidence_id))
      .map((row) => ({
        id: row.correction_id ? `correction:${row.correction_id}` : `published:${row.evidence_id}`,
        kind: row.kind as ChangeKind,
        at: new Date(row.at),
        reason: row.reason,
        evidence: views.get(row.evidence_id)!,
      }));
  }

  /** Every public item, whole, read a page at a time in a few queries per page (open data, exports). */
  async *publicItems(): AsyncGenerator<EvidenceView> {
    for await (const page of this.evidence.walk([...PUBLIC_STATUSES])) {
      for (const aggregate of await this.evidence.aggregates(page)) yield toEvidenceView(aggregate, 'public');
    }
  }
}
