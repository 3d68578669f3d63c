import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { COMPANY_KINDS, type CompanyKind } from '../../company.entity';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../shared/slug';
import { SourceDto, URL_OPTIONS } from '../../shared/source.dto';
import { NoNulByte, Trim, TrimUpper } from '../../shared/validation';

export const NAME_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const ALIASES_MAX = 50;

export class CreateCompanyDto {
  @ApiProperty({ example: 'Supermicro' })
  @Trim()
  @NoNulByte()
  @MaxLength(NAME_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  name: string;

  @ApiPropertyOptional({ example: 'supermicro', description: 'Derived from the name when left out.' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @MaxLength(SLUG_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.slug' })
  slug?: string;

  @ApiProperty({ enum: COMPANY_KINDS, example: 'manufacturer' })
  @IsIn(COMPANY_KINDS, { message: 'companies.validation.kind' })
  kind: CompanyKind;

  @ApiPropertyOptional({ example: 'US', description: 'ISO 3166-1 alpha-2' })
  @TrimUpper()
  @IsOptional()
  @IsISO31661Alpha2({ message: 'validation.country' })
  country?: string | null;

  @ApiPropertyOptional({ example: 'https://www.supermicro.com' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(2000, { message: 'validation.too_long' })
  @IsUrl(URL_OPTIONS, { message: 'validation.url' })
  website?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['Super Micro Computer'] })
  @IsOptional()
  @NoNulByte({ each: true })
  @MaxLength(NAME_MAX_LENGTH, { each: true, message: 'validation.too_long' })
  @IsString({ each: true, message: 'companies.validation.aliases' })
  @ArrayMaxSize(ALIASES_MAX, { message: 'companies.validation.too_many_aliases' })
  @IsArray({ message: 'companies.validation.aliases' })
  aliases?: string[];

  @ApiPropertyOptional({ example: 'US maker of servers and storage systems.' })
  @IsOptional()
  @NoNulByte()
  @MaxLength(DESCRIPTION_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'companies.validation.text' })
  description?: string | null;

  @ApiPropertyOptional({ type: () => SourceDto, nullable: true })
  @IsOptional()
  @ValidateNested({ message: 'companies.validation.source' })
  @Type(() => SourceDto)
  source?: SourceDto | null;
}
