import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO4217CurrencyCode,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, NoNulByte, SLUG_PATTERN, ToNumber, Trim, TrimUpper, URL_OPTIONS } from '#libs/companies';
import { ProcurementItemDto } from './procurement-item.dto';

export const PROCUREMENT_REFERENCE_MAX_LENGTH = 200;
export const PROCUREMENT_TITLE_MAX_LENGTH = 500;
export const PROCUREMENT_ITEMS_MAX = 200;

/** A procurement record as written: the API's body, a form's fields, an import's row. */
export class CreateProcurementDto {
  @ApiProperty({
    example: 'BY-2020-0915-KGB-17',
    description: "The portal's own reference; unique, and what an import matches on.",
  })
  @Trim()
  @NoNulByte()
  @MaxLength(PROCUREMENT_REFERENCE_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  reference: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'ocds-a1b2c3-000-00017',
    description: 'The OCDS contracting-process id.',
  })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(PROCUREMENT_REFERENCE_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'companies.validation.text' })
  ocid?: string | null;

  @ApiProperty({ example: 'Rack servers for the data centre' })
  @Trim()
  @NoNulByte()
  @MaxLength(PROCUREMENT_TITLE_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  title: string;

  @ApiProperty({ example: 'kgb', description: 'Slug of the state body that bought.' })
  @Trim()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  buyer: string;

  @ApiProperty({ example: 'map-info', description: 'Slug of the company that sold (often a reseller).' })
  @Trim()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  supplier: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'supermicro',
    description: 'Slug of the manufacturer, when known.',
  })
  @Trim()
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @IsString({ message: 'validation.slug' })
  brand?: string | null;

  @ApiPropertyOptional({ type: () => [ProcurementItemDto] })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ProcurementItemDto)
  @ArrayMaxSize(PROCUREMENT_ITEMS_MAX, { message: 'procurement.validation.too_many_items' })
  @IsArray({ message: 'procurement.validation.items' })
  items?: ProcurementItemDto[];

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 10_000_000,
    description: 'In minor units of the currency: 10000000 USD cents is $100,000. Give it with a currency.',
  })
  @ToNumber()
  @IsOptional()
  @Max(Number.MAX_SAFE_INTEGER, { message: 'procurement.validation.value' })
  @Min(0, { message: 'procurement.validation.value' })
  @IsInt({ message: 'procurement.validation.value' })
  value?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'USD', description: 'ISO 4217' })
  @TrimUpper()
  @IsOptional()
  @IsISO4217CurrencyCode({ message: 'procurement.validation.currency' })
  currency?: string | null;

  @ApiProperty({ example: '2020-09-15', description: 'The award (or tender) date, YYYY-MM-DD.' })
  @Trim()
  @IsCalendarDate()
  @IsNotEmpty({ message: 'validation.required' })
  awardedOn: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://goszakupki.by/tender/17' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(2000, { message: 'validation.too_long' })
  @IsUrl(URL_OPTIONS, { message: 'validation.url' })
  url?: string | null;
}
