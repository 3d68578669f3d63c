import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../shared/slug';
import { SourceDto } from '../../shared/source.dto';
import { IsCalendarDate, IsShare, NoNulByte, ToNumber, Trim } from '../../shared/validation';

export class CreateOwnershipDto {
  @ApiProperty({ example: 'ibm', description: 'Slug of the owning company' })
  @Trim()
  @NoNulByte()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @MaxLength(SLUG_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  parent: string;

  @ApiProperty({ example: 'red-hat', description: 'Slug of the owned company' })
  @Trim()
  @NoNulByte()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @MaxLength(SLUG_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  subsidiary: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 100, description: 'Percent held, 0 < share ≤ 100' })
  @ToNumber()
  @IsOptional()
  @IsShare()
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
  @ValidateNested({ message: 'companies.validation.source' })
  @Type(() => SourceDto)
  source?: SourceDto | null;
}
