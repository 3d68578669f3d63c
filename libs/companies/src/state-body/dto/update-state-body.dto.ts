import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsISO31661Alpha2, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ALIASES_MAX, DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH } from '../../company/dto/create-company.dto';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../shared/slug';
import { SourceDto, URL_OPTIONS } from '../../shared/source.dto';
import { IfPresent, Trim, TrimUpper } from '../../shared/validation';

/** PATCH: a field left out stays as it is; null clears a field that may be empty. */
export class UpdateStateBodyDto {
  @ApiPropertyOptional()
  @IfPresent()
  @MaxLength(NAME_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  name?: string;

  @ApiPropertyOptional()
  @Trim()
  @IfPresent()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @MaxLength(SLUG_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.slug' })
  slug?: string;

  @ApiPropertyOptional()
  @TrimUpper()
  @IfPresent()
  @IsISO31661Alpha2({ message: 'validation.country' })
  country?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Trim()
  @IsOptional()
  @MaxLength(2000, { message: 'validation.too_long' })
  @IsUrl(URL_OPTIONS, { message: 'validation.url' })
  website?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IfPresent()
  @MaxLength(NAME_MAX_LENGTH, { each: true, message: 'validation.too_long' })
  @IsString({ each: true, message: 'companies.validation.aliases' })
  @ArrayMaxSize(ALIASES_MAX, { message: 'companies.validation.too_many_aliases' })
  @IsArray({ message: 'companies.validation.aliases' })
  aliases?: string[];

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString()
  description?: string | null;

  @ApiPropertyOptional({ type: () => SourceDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceDto)
  source?: SourceDto | null;
}
