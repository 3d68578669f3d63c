import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
} from 'class-validator';
import { NoNulByte, SLUG_PATTERN, ToNumber, Trim } from '#libs/companies';
import type { LetterKind } from '../letter.entity';

/** A form sends one value or many under one name; the API sends an array. */
export function ToArray(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (value === undefined || value === null || value === '') return value === '' ? [] : value;
    return Array.isArray(value) ? value : [value];
  });
}

export const DEFAULT_DEADLINE_DAYS = 14;
export const LETTER_BODY_MAX_LENGTH = 50_000;

export class ComposeLetterDto {
  @ApiProperty({ example: 'supermicro', description: 'Slug of the company written to.' })
  @Trim()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  company: string;

  @ApiPropertyOptional({ example: 'inquiry', description: 'A template of templates/letters/; default inquiry.' })
  @Trim()
  @IsOptional()
  @Matches(/^[a-z0-9-]+$/, { message: 'outreach.validation.template' })
  template?: string;

  @ApiPropertyOptional({ enum: ['initial', 'escalation'], default: 'initial' })
  @IsOptional()
  @IsIn(['initial', 'escalation'], { message: 'outreach.validation.kind' })
  kind?: Exclude<LetterKind, 'follow_up'>;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Contact ids; default the first active contact in escalation order.',
  })
  @ToArray()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'outreach.validation.contact' })
  contacts?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: "Published evidence the letter asks about; default all of the company's.",
  })
  @ToArray()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'outreach.validation.evidence' })
  evidence?: string[];

  @ApiPropertyOptional({
    default: DEFAULT_DEADLINE_DAYS,
    minimum: 1,
    maximum: 365,
    description: 'Days the company has to answer, counted from sending.',
  })
  @ToNumber()
  @IsOptional()
  @IsInt({ message: 'outreach.validation.deadline_days' })
  @Min(1, { message: 'outreach.validation.deadline_days' })
  @Max(365, { message: 'outreach.validation.deadline_days' })
  deadlineDays?: number;

  @ApiPropertyOptional({ description: "The subject as a Handlebars source; default the template's." })
  @IsOptional()
  @NoNulByte()
  @MaxLength(500, { message: 'validation.too_long' })
  @IsString()
  subject?: string;

  @ApiPropertyOptional({
    description: "The body as a Handlebars source (strict: unknown fields are refused); default the template's.",
  })
  @IsOptional()
  @NoNulByte()
  @MaxLength(LETTER_BODY_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString()
  body?: string;
}

export class UpdateLetterDto extends PartialType(OmitType(ComposeLetterDto, ['company', 'template', 'kind'] as const)) {
  @ApiProperty({ description: 'The version you read; an older one is refused (409).' })
  @ToNumber()
  @IsInt({ message: 'validation.required' })
  version: number;
}

export class CreateBatchDto {
  @ApiProperty({ example: 'Joint letter to the companies named in the record' })
  @Trim()
  @NoNulByte()
  @MaxLength(300, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  title: string;

  @ApiProperty({
    type: [String],
    example: ['seagate', 'intel'],
    description: 'Slugs of the companies; each gets its own letter.',
  })
  @ToArray()
  @IsArray({ message: 'outreach.validation.companies' })
  @ArrayMinSize(1, { message: 'outreach.validation.companies' })
  @ArrayMaxSize(200)
  @Matches(SLUG_PATTERN, { each: true, message: 'validation.slug' })
  companies: string[];

  @ApiPropertyOptional({ example: 'joint-letter', description: 'Default joint-letter.' })
  @Trim()
  @IsOptional()
  @Matches(/^[a-z0-9-]+$/, { message: 'outreach.validation.template' })
  template?: string;

  @ApiPropertyOptional({ default: DEFAULT_DEADLINE_DAYS })
  @ToNumber()
  @IsOptional()
  @IsInt({ message: 'outreach.validation.deadline_days' })
  @Min(1, { message: 'outreach.validation.deadline_days' })
  @Max(365, { message: 'outreach.validation.deadline_days' })
  deadlineDays?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @NoNulByte()
  @MaxLength(500, { message: 'validation.too_long' })
  @IsString()
  subject?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @NoNulByte()
  @MaxLength(LETTER_BODY_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString()
  body?: string;
}
