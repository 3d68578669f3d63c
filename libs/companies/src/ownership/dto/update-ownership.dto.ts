import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, IsPositive, IsString, Matches, Max, MaxLength, ValidateNested } from 'class-validator';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../shared/slug';
import { SourceDto } from '../../shared/source.dto';
import { IfPresent, IsCalendarDate, ToNumber, Trim } from '../../shared/validation';

/** PATCH: a field left out stays as it is; null clears share, dates or source. */
export class UpdateOwnershipDto {
  @ApiPropertyOptional({ example: 'ibm' })
  @Trim()
  @IfPresent()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @MaxLength(SLUG_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.slug' })
  parent?: string;

  @ApiPropertyOptional({ example: 'red-hat' })
  @Trim()
  @IfPresent()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @MaxLength(SLUG_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.slug' })
  subsidiary?: string;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @ToNumber()
  @IsOptional()
  @Max(100, { message: 'companies.validation.share' })
  @IsPositive({ message: 'companies.validation.share' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'companies.validation.share' })
  share?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Trim()
  @IsOptional()
  @IsCalendarDate()
  since?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Trim()
  @IsOptional()
  @IsCalendarDate()
  until?: string | null;

  @ApiPropertyOptional({ type: () => SourceDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceDto)
  source?: SourceDto | null;
}
