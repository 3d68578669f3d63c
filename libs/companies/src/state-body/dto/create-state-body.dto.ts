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
import { ALIASES_MAX, DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH } from '../../company/dto/create-company.dto';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../shared/slug';
import { SourceDto, URL_OPTIONS } from '../../shared/source.dto';
import { NoNulByte, Trim, TrimUpper } from '../../shared/validation';
import { STATE_BODY_KINDS, type StateBodyKind } from '../../state-body.entity';

export class CreateStateBodyDto {
  @ApiProperty({ example: 'State Security Committee of the Republic of Belarus' })
  @Trim()
  @NoNulByte()
  @MaxLength(NAME_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  name: string;

  @ApiPropertyOptional({ example: 'kgb', description: 'Derived from the name when left out.' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @MaxLength(SLUG_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.slug' })
  slug?: string;

  @ApiProperty({ example: 'BY', description: 'ISO 3166-1 alpha-2' })
  @TrimUpper()
  @IsISO31661Alpha2({ message: 'validation.country' })
  @IsNotEmpty({ message: 'validation.required' })
  country: string;

  @ApiPropertyOptional({
    enum: STATE_BODY_KINDS,
    default: 'other',
    description:
      'What the body is, as the scoring method weighs it; `not_named` for an end user the sources do not name ("the authorities").',
  })
  @Trim()
  @IsOptional()
  @IsIn(STATE_BODY_KINDS, { message: 'state_bodies.validation.kind' })
  kind?: StateBodyKind;

  @ApiPropertyOptional({ example: 'http://www.kgb.by' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(2000, { message: 'validation.too_long' })
  @IsUrl(URL_OPTIONS, { message: 'validation.url' })
  website?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['KGB'] })
  @IsOptional()
  @NoNulByte({ each: true })
  @MaxLength(NAME_MAX_LENGTH, { each: true, message: 'validation.too_long' })
  @IsString({ each: true, message: 'companies.validation.aliases' })
  @ArrayMaxSize(ALIASES_MAX, { message: 'companies.validation.too_many_aliases' })
  @IsArray({ message: 'companies.validation.aliases' })
  aliases?: string[];

  @ApiPropertyOptional()
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
