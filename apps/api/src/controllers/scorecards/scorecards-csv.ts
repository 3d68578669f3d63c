import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '#libs/companies';
import type { ScoreResult, SnapshotChange, SnapshotRecordView } from '#libs/scorecards';

export const SNAPSHOT_CSV_COLUMNS = [
  'company',
  'seq',
  'current',
  'computed_at',
  'as_of',
  'methodology_version',
  'engine_version',
  'status',
  'grade',
  'overall',
  'range_low',
  'range_high',
  'exposure',
  'responsiveness',
  'completeness',
  'inputs_hash',
  'record_delta',
  'method_delta',
  'method_from',
  'provisional_until',
  'id',
] as const;

const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** Rows of snapshots as CSV lines (no header), every text cell safe to open in a spreadsheet. */
export function snapshotCsvRows(page: SnapshotRecordView[]): string {
  return stringify(
    page.map((s) => {
      const result = s.result as ScoreResult;
      const change = s.change as SnapshotChange | null;
      return [
        s.company,
        s.seq,
        s.current,
        s.computedAt,
        s.asOf,
        s.methodologyVersion,
        s.engineVersion,
        result.status,
        result.grade,
        result.overall,
        result.range?.low,
        result.range?.high,
        result.exposure,
        result.responsiveness,
        result.completeness.overall,
        s.inputsHash,
        change?.recordDelta,
        change?.methodDelta,
        change?.method?.from,
        s.provisionalUntil,
        s.id,
      ].map(cell);
    }),
    { cast: { string: (value: string) => neutralizeFormula(value) } },
  );
}
