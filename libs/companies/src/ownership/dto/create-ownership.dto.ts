import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsNumber, IsOptional, IsPositive, IsString, Matches, Max, MaxLength, ValidateNested } from 'class-validator';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../shared/slug';
import { SourceDto } from '../../shared/source.dto';
import { IsCalendarDate, ToNumber, Trim } from '../../shared/validation';

export class CreateOwnershipDto {
  @ApiProperty({ example: 'ibm', description: 'Slug of the owning company' })
  @Trim()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @MaxLength(SLUG_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  parent: string;

  @ApiProperty({ example: 'red-hat', description: 'Slug of the owned company' })
  @Trim()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @MaxLength(SLUG_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  subsidiary: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 100, description: 'Percent held, 0 < share ≤ 100' })
  @ToNumber()
  @IsOptional()
  @Max(100, { message: 'companies.validation.share' })
  @IsPositive({ message: 'companies.validation.share' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'companies.validation.share' })
  share?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2019-07-09' })
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
