import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO4217CurrencyCode,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, NoNulByte, SLUG_PATTERN, ToNumber, Trim, TrimUpper } from '#libs/companies';
import {
  CONFIDENCES,
  EVIDENCE_CATEGORIES,
  POLARITIES,
  type Confidence,
  type EvidenceCategory,
  type Polarity,
} from '../../evidence.entity';
import { ChainLinkDto } from './chain-link.dto';
import { EvidenceSourceDto } from './evidence-source.dto';

export const TITLE_MAX_LENGTH = 300;
export const SUMMARY_MAX_LENGTH = 10_000;
export const CHAIN_MAX = 10;
export const SOURCES_MAX = 30;
export const PRODUCTS_MAX = 30;

/** An evidence item as written: a draft, or the fields a correction gives anew. */
export class CreateEvidenceDto {
  @ApiProperty({ example: 'Supermicro servers for the KGB through MAP INFO' })
  @Trim()
  @NoNulByte()
  @MaxLength(TITLE_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  title: string;

  @ApiProperty({ enum: EVIDENCE_CATEGORIES, example: 'data_infrastructure' })
  @IsIn(EVIDENCE_CATEGORIES, { message: 'evidence.validation.category' })
  category: EvidenceCategory;

  @ApiPropertyOptional({
    enum: POLARITIES,
    default: 'harm',
    description: '`positive` for conduct that protects people.',
  })
  @IsOptional()
  @IsIn(POLARITIES, { message: 'evidence.validation.polarity' })
  polarity?: Polarity;

  @ApiProperty({ enum: CONFIDENCES, example: 'corroborated' })
  @IsIn(CONFIDENCES, { message: 'evidence.validation.confidence' })
  confidence: Confidence;

  @ApiPropertyOptional({ type: [String], example: ['SuperServer rack servers'] })
  @IsOptional()
  @NoNulByte({ each: true })
  @MaxLength(200, { each: true, message: 'validation.too_long' })
  @IsString({ each: true, message: 'evidence.validation.products' })
  @ArrayMaxSize(PRODUCTS_MAX, { message: 'evidence.validation.too_many_products' })
  @IsArray({ message: 'evidence.validation.products' })
  products?: string[];

  @ApiPropertyOptional({
    example: 'kgb',
    description: 'The state body at the end of the chain (slug). Required unless the polarity is positive.',
  })
  @Trim()
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @IsString({ message: 'validation.slug' })
  endUser?: string | null;

  @ApiProperty({ type: () => [ChainLinkDto], description: 'From the maker to the last company before the end user.' })
  @ValidateNested({ each: true })
  @Type(() => ChainLinkDto)
  @ArrayMaxSize(CHAIN_MAX, { message: 'evidence.validation.chain_too_long' })
  @ArrayMinSize(1, { message: 'evidence.validation.chain_empty' })
  @IsArray({ message: 'evidence.validation.chain_empty' })
  chain: ChainLinkDto[];

  @ApiPropertyOptional({ example: '2020-09-01', description: 'YYYY-MM-DD' })
  @Trim()
  @IsOptional()
  @IsCalendarDate()
  periodStart?: string | null;

  @ApiPropertyOptional({ example: '2020-12-31', description: 'YYYY-MM-DD; empty while it goes on.' })
  @Trim()
  @IsOptional()
  @IsCalendarDate()
  periodEnd?: string | null;

  @ApiPropertyOptional({
    example: 10_000_000,
    description: 'In minor units of the currency: 10000000 USD cents is $100,000.',
  })
  @ToNumber()
  @IsOptional()
  @Max(Number.MAX_SAFE_INTEGER, { message: 'evidence.validation.value' })
  @Min(0, { message: 'evidence.validation.value' })
  @IsInt({ message: 'evidence.validation.value' })
  value?: number | null;

  @ApiPropertyOptional({ example: 'USD', description: 'ISO 4217' })
  @TrimUpper()
  @IsOptional()
  @IsISO4217CurrencyCode({ message: 'evidence.validation.currency' })
  currency?: string | null;

  @ApiProperty({ description: 'What happened, in a few sentences a reader can check against the sources.' })
  @Trim()
  @NoNulByte()
  @MaxLength(SUMMARY_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  summary: string;

  @ApiProperty({ type: () => [EvidenceSourceDto] })
  @ValidateNested({ each: true })
  @Type(() => EvidenceSourceDto)
  @ArrayMaxSize(SOURCES_MAX, { message: 'evidence.validation.too_many_sources' })
  @ArrayMinSize(1, { message: 'evidence.validation.sources_empty' })
  @IsArray({ message: 'evidence.validation.sources_empty' })
  sources: EvidenceSourceDto[];

  @ApiPropertyOptional({
    type: [String],
    example: ['BY-2020-0915-KGB-17'],
    description: 'References of procurement records that support the item.',
  })
  @IsOptional()
  @NoNulByte({ each: true })
  @MaxLength(200, { each: true, message: 'validation.too_long' })
  @IsString({ each: true, message: 'evidence.validation.procurement' })
  @ArrayMaxSize(50, { message: 'evidence.validation.procurement' })
  @IsArray({ message: 'evidence.validation.procurement' })
  procurementRecords?: string[];
}
