import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { DATE_PRECISIONS, type DatePrecision } from '#libs/core';
import { IsCalendarDate, NoNulByte, SLUG_PATTERN, Trim, URL_OPTIONS } from '#libs/companies';
import { CLASSIFICATIONS, RESPONSE_CHANNELS, type Classification, type ResponseChannel } from '../response.entity';
import { ToArray } from './letter.dto';

export const RESPONSE_TEXT_MAX_LENGTH = 20_000;

/** A response recorded by hand: a statement, a press quote, a meeting. */
export class RecordResponseDto {
  @ApiProperty({ example: 'sandvine' })
  @Trim()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  company: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The letter this answers, if any.' })
  @Trim()
  @IsOptional()
  @IsUUID('all', { message: 'outreach.validation.letter' })
  letter?: string;

  @ApiProperty({ enum: RESPONSE_CHANNELS })
  @IsIn(RESPONSE_CHANNELS, { message: 'outreach.validation.channel' })
  channel: ResponseChannel;

  @ApiProperty({ example: '2020-09-15', description: 'Not after today, nor before the letter it answers.' })
  @Trim()
  @IsCalendarDate()
  respondedOn: string;

  @ApiPropertyOptional({
    enum: DATE_PRECISIONS,
    default: 'day',
    description:
      'How much of the date the source gives: `month` keeps the first of the month; `on_or_before` a latest date.',
  })
  @Trim()
  @IsOptional()
  @IsIn(DATE_PRECISIONS, { message: 'outreach.validation.precision' })
  respondedOnPrecision?: DatePrecision;

  @ApiPropertyOptional({
    example: '2021-06-30',
    description:
      'For a commitment (committed_to_act, partial_action): the day the company said it would act by; unmet by then, it counts as silence.',
  })
  @Trim()
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;

  @ApiPropertyOptional({
    description: 'The words of the answer (or a faithful summary, said so). Text or a link is required.',
  })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(RESPONSE_TEXT_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString()
  text?: string;

  @ApiPropertyOptional({ example: 'https://www.example.com/statement' })
  @Trim()
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'validation.url' })
  url?: string;

  @ApiProperty({ enum: CLASSIFICATIONS })
  @IsIn(CLASSIFICATIONS, { message: 'outreach.validation.classification' })
  classification: Classification;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Published evidence this answers (its right of reply).',
  })
  @ToArray()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'outreach.validation.evidence' })
  evidence?: string[];
}

/** Turning a reply that arrived by email into a response. */
export class ClassifyReplyDto {
  @ApiProperty({ enum: CLASSIFICATIONS })
  @IsIn(CLASSIFICATIONS, { message: 'outreach.validation.classification' })
  classification: Classification;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @ToArray()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'outreach.validation.evidence' })
  evidence?: string[];

  @ApiPropertyOptional({ description: "What to publish; default the reply's own text." })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(RESPONSE_TEXT_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString()
  text?: string;
}

/** Putting a message from the holding pen onto its letter. */
export class AttachReplyDto {
  @ApiProperty({ format: 'uuid' })
  @Trim()
  @IsUUID('all', { message: 'outreach.error.letter_required' })
  @IsNotEmpty({ message: 'outreach.error.letter_required' })
  letter: string;
}
