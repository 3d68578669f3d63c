import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DATE_PRECISIONS, type DatePrecision } from '#libs/core';
import { IsCalendarDate, NoNulByte, SLUG_PATTERN, SourceDto, ToNumber, Trim } from '#libs/companies';
import { DEFAULT_DEADLINE_DAYS, LETTER_BODY_MAX_LENGTH, ToArray } from './letter.dto';

export const SENDER_MAX_LENGTH = 300;
export const EXCERPT_MAX_LENGTH = 2000;

/**
 * A letter another organization sent, recorded from the source that documents it (the diaspora's
 * letter to Supermicro; the #KeepItOn coalition's open letter to A1). Nothing is sent.
 */
export class RecordExternalLetterDto {
  @ApiProperty({ example: 'supermicro' })
  @Trim()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  company: string;

  @ApiProperty({
    example: 'the Belarusian community of the San Francisco Bay Area',
    description: 'As it reads after "sent by" ("the #KeepItOn coalition").',
  })
  @Trim()
  @NoNulByte()
  @MaxLength(SENDER_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'outreach.validation.sender' })
  @IsNotEmpty({ message: 'outreach.validation.sender' })
  senderOrganization: string;

  @ApiProperty({ example: '2020-11-24', description: 'Not after today.' })
  @Trim()
  @IsCalendarDate()
  sentOn: string;

  @ApiPropertyOptional({
    enum: DATE_PRECISIONS,
    default: 'day',
    description: '`month` when the source gives only the month; `on_or_before` when it gives only a latest date.',
  })
  @Trim()
  @IsOptional()
  @IsIn(DATE_PRECISIONS, { message: 'outreach.validation.precision' })
  sentOnPrecision?: DatePrecision;

  @ApiProperty({ example: 'Letter asking Supermicro to stop the KGB tender' })
  @Trim()
  @NoNulByte()
  @MaxLength(500, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  subject: string;

  @ApiProperty({ description: 'What the letter asked, in the words of its source or a faithful summary (said so).' })
  @Trim()
  @NoNulByte()
  @MaxLength(LETTER_BODY_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  summary: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'The published evidence the letter was about; none: all the company’s published harm evidence.',
  })
  @ToArray()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'outreach.validation.evidence' })
  evidence?: string[];

  @ApiPropertyOptional({
    default: DEFAULT_DEADLINE_DAYS,
    description: 'Days after which silence counts, as for our own letters.',
  })
  @ToNumber()
  @IsOptional()
  @IsInt({ message: 'outreach.validation.deadline_days' })
  @Min(1, { message: 'outreach.validation.deadline_days' })
  @Max(365, { message: 'outreach.validation.deadline_days' })
  deadlineDays?: number;

  @ApiProperty({ type: () => SourceDto, description: 'Where the letter is documented.' })
  @ValidateNested({ message: 'outreach.validation.source_required' })
  @Type(() => SourceDto)
  @IsNotEmpty({ message: 'outreach.validation.source_required' })
  source: SourceDto;

  @ApiPropertyOptional({ description: 'The words in the source that show the letter was sent.' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(EXCERPT_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString()
  sourceExcerpt?: string;
}
