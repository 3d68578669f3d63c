import { ApiProperty } from '@nestjs/swagger';
import { RESPONSE_STATES, type ResponseState } from './letter.entity';
import { CLASSIFICATIONS } from './response.entity';
import { DATE_PRECISIONS, type DatePrecision } from '#libs/core';
import { CompanyRefView, LetterSourceView } from './outreach.view';
import { ResponseView } from './replies.view';

/** One dated line of a company's public outreach timeline. */
export class TimelineEntryView {
  @ApiProperty({ enum: ['letter', 'follow_up', 'response', 'silence', 'overdue', 'bounce'] })
  kind: 'letter' | 'follow_up' | 'response' | 'silence' | 'overdue' | 'bounce';

  @ApiProperty({ example: '2020-09-01' })
  date: string;

  @ApiProperty({ description: 'What happened, in words ("No response 28 days after our letter of 1 September 2020").' })
  text: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  letterId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The letter, once its text is public.' })
  letterUrl: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Who was written to, by role ("press office").' })
  recipients: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The organization that sent the letter, when it was not us (a letter by others, recorded from its source).',
  })
  sentBy: string | null;

  @ApiProperty({ enum: DATE_PRECISIONS, description: 'How much of `date` the source gives.' })
  datePrecision: DatePrecision;

  @ApiProperty({ type: () => LetterSourceView, nullable: true, description: 'Where a letter by others is documented.' })
  source: LetterSourceView | null;

  @ApiProperty({ type: () => ResponseView, nullable: true })
  response: ResponseView | null;

  @ApiProperty()
  demo: boolean;
}

export class CompanyOutreachView {
  @ApiProperty({ type: () => CompanyRefView })
  company: CompanyRefView;

  @ApiProperty({
    type: String,
    enum: [...RESPONSE_STATES, 'not_written_to'],
    description: 'Where the latest letter stands.',
  })
  state: ResponseState | 'not_written_to';

  @ApiProperty({
    enum: [...CLASSIFICATIONS, ...RESPONSE_STATES, 'not_written_to'],
    description:
      'The latest answer (its classification) or, without one, the state of the latest letter: how /outreach counts the company.',
  })
  outcome: string;

  @ApiProperty({ description: 'Every letter and answer of this company is demo data (letters never sent).' })
  demo: boolean;

  @ApiProperty({ type: () => [TimelineEntryView], description: 'Oldest first.' })
  timeline: TimelineEntryView[];
}

export class ClassificationCountView {
  @ApiProperty({ enum: [...CLASSIFICATIONS, 'no_response', 'overdue', 'awaiting'] })
  key: string;

  @ApiProperty()
  label: string;

  @ApiProperty({ description: 'Companies whose latest answer (or silence) is this.' })
  count: number;
}

export class OutreachStatsView {
  @ApiProperty({ description: 'Companies written to (a letter was sent).' })
  writtenTo: number;

  @ApiProperty({
    description:
      'Companies counted below: those written to, and those that answered on the record without a letter (a public statement).',
  })
  onRecord: number;

  @ApiProperty({ description: 'Of the companies written to, those that answered at least once.' })
  answered: number;

  @ApiProperty({
    description: 'answered / writtenTo, 0–1; null when nobody was written to.',
    type: Number,
    nullable: true,
  })
  responseRate: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Median days from a letter to its first answer.' })
  medianDaysToAnswer: number | null;

  @ApiProperty({
    type: () => [ClassificationCountView],
    description: 'Each company counted once, by its latest answer or silence.',
  })
  byClassification: ClassificationCountView[];

  @ApiProperty({
    description: 'Of the companies written to, how many are demo data (letters never sent): counted, and said so.',
  })
  demoCompanies: number;

  @ApiProperty({
    type: () => [CompanyOutreachView],
    description: 'Every company written to, with the state of its latest letter (timelines left empty).',
  })
  companies: CompanyOutreachView[];
}
