import { ApiProperty } from '@nestjs/swagger';

/** The views of scorecards that leave through the API, the pages and the open data. */

export class ScorecardCompanyView {
  @ApiProperty({ example: 'supermicro' })
  slug: string;

  @ApiProperty({ example: 'Supermicro' })
  name: string;

  @ApiProperty({ example: 'manufacturer' })
  kind: string;

  @ApiProperty({ type: String, nullable: true, example: 'US' })
  country: string | null;
}

export class ScoreRangeView {
  @ApiProperty({ description: 'Every item taken as confirmed.' })
  low: number;

  @ApiProperty({ description: 'Only confirmed and corroborated items.' })
  high: number;
}

export class CompletenessView {
  @ApiProperty({ description: 'Share of the items that are confirmed or corroborated, 0–1.' })
  checked: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Share of the harm items the company was asked about or answered, 0–1.',
  })
  asked: number | null;

  @ApiProperty({ description: 'The mean of the two (checked alone without harm items), 0–1.' })
  overall: number;
}

export class ScoreChangeView {
  @ApiProperty()
  previousSeq: number;

  @ApiProperty({ type: String, nullable: true })
  gradeBefore: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Points moved by the record (and the time that passed).' })
  recordDelta: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Points moved by a new method, compared like for like.' })
  methodDelta: number | null;

  @ApiProperty({ type: String, nullable: true, example: '1.0.0' })
  methodFrom: string | null;
}

/** A company's current scorecard, as the league table lists it. */
export class ScorecardSummaryView {
  @ApiProperty({ type: () => ScorecardCompanyView })
  company: ScorecardCompanyView;

  @ApiProperty({ enum: ['scored', 'unverified', 'not_scored'] })
  status: 'scored' | 'unverified' | 'not_scored';

  @ApiProperty({ type: Number, nullable: true, description: '0–100, higher is better; null unless scored.' })
  overall: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'B' })
  grade: string | null;

  @ApiProperty({ type: () => ScoreRangeView, nullable: true })
  range: ScoreRangeView | null;

  @ApiProperty({ type: Number, nullable: true, description: 'E, 0–100.' })
  exposure: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'R, 0–100; null when no matter is answered or silent.' })
  responsiveness: number | null;

  @ApiProperty({ type: () => CompletenessView })
  completeness: CompletenessView;

  @ApiProperty({ type: String, nullable: true, description: 'The oldest silence still standing began then.' })
  silenceSince: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Days from silenceSince to today.' })
  silenceDays: number | null;

  @ApiProperty({ type: [String] })
  categories: string[];

  @ApiProperty({ type: String, nullable: true, description: 'The grade is provisional until then.' })
  provisionalUntil: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'When the company was sent its scorecard notice.' })
  notifiedOn: string | null;

  @ApiProperty({ type: () => ScoreChangeView, nullable: true })
  change: ScoreChangeView | null;

  @ApiProperty({ example: '1.0.0' })
  methodologyVersion: string;

  @ApiProperty({ example: '1.0.0' })
  engineVersion: string;

  @ApiProperty({ description: 'The day the score was computed for.' })
  asOf: string;

  @ApiProperty()
  computedAt: string;

  @ApiProperty()
  seq: number;

  @ApiProperty({ format: 'uuid' })
  snapshotId: string;

  @ApiProperty({ description: 'SHA-256 of the canonical JSON of the inputs.' })
  inputsHash: string;
}

export class HistoryPointView {
  @ApiProperty()
  seq: number;

  @ApiProperty()
  computedAt: string;

  @ApiProperty()
  asOf: string;

  @ApiProperty({ enum: ['scored', 'unverified', 'not_scored'] })
  status: string;

  @ApiProperty({ type: Number, nullable: true })
  overall: number | null;

  @ApiProperty({ type: String, nullable: true })
  grade: string | null;

  @ApiProperty({ type: Number, nullable: true })
  low: number | null;

  @ApiProperty({ type: Number, nullable: true })
  high: number | null;

  @ApiProperty()
  methodologyVersion: string;

  @ApiProperty({ enum: ['record', 'day', 'method', 'start'] })
  reason: string;
}

/** A company's current scorecard whole: every line of it, every matter, and its history. */
export class ScorecardView extends ScorecardSummaryView {
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description:
      'Each line with the evidence item or answer it comes from and its points (negative takes away); 100 plus the points is the overall.',
  })
  breakdown: object[];

  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Where each harm item stands as a matter.' })
  matters: object[];

  @ApiProperty({ type: Number })
  positive: number;

  @ApiProperty({ type: () => [HistoryPointView], description: 'Every snapshot, oldest first.' })
  history: HistoryPointView[];
}

export class ScorecardPageView {
  @ApiProperty({ type: () => [ScorecardSummaryView] })
  data: ScorecardSummaryView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;

  @ApiProperty()
  total: number;
}

/** One snapshot with its inputs, as the open data gives it (and `cli verify` reads it). */
export class SnapshotRecordView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  company: string;

  @ApiProperty()
  seq: number;

  @ApiProperty()
  current: boolean;

  @ApiProperty()
  computedAt: string;

  @ApiProperty()
  asOf: string;

  @ApiProperty()
  methodologyVersion: string;

  @ApiProperty()
  engineVersion: string;

  @ApiProperty()
  inputsHash: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  inputs: object;

  @ApiProperty({ type: 'object', additionalProperties: true })
  result: object;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  change: object | null;

  @ApiProperty({ type: String, nullable: true })
  provisionalUntil: string | null;
}
