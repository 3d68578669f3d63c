import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { IsCalendarDate, NoNulByte, Trim, URL_OPTIONS } from '#libs/companies';
import { SOURCE_KINDS, type SourceKind } from '../../evidence-source.entity';

export const EXCERPT_MAX_LENGTH = 5000;

/** One source of an evidence item: where it is, who published it, and the words that support the claim. */
export class EvidenceSourceDto {
  @ApiProperty({
    example:
      'https://www.bloomberg.com/news/articles/2020-08-28/belarusian-officials-shut-down-internet-with-technology-made-by-u-s-firm',
  })
  @Trim()
  @NoNulByte()
  @MaxLength(2000, { message: 'validation.too_long' })
  @IsUrl(URL_OPTIONS, { message: 'validation.url' })
  @IsNotEmpty({ message: 'evidence.validation.source_url_required' })
  url: string;

  @ApiPropertyOptional({ example: 'Bloomberg' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(200, { message: 'validation.too_long' })
  @IsString({ message: 'companies.validation.text' })
  publisher?: string | null;

  @ApiPropertyOptional({ example: 'Belarusian Officials Shut Down Internet With Technology Made by U.S. Firm' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(500, { message: 'validation.too_long' })
  @IsString({ message: 'companies.validation.text' })
  title?: string | null;

  @ApiPropertyOptional({ example: '2020-08-28', description: 'YYYY-MM-DD' })
  @Trim()
  @IsOptional()
  @IsCalendarDate()
  publishedOn?: string | null;

  @ApiPropertyOptional({
    example: 'https://web.archive.org/web/2020/https://www.bloomberg.com/…',
    description: 'A copy in a web archive.',
  })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(2000, { message: 'validation.too_long' })
  @IsUrl(URL_OPTIONS, { message: 'validation.url' })
  archivedUrl?: string | null;

  @ApiProperty({ enum: SOURCE_KINDS, example: 'investigation' })
  @IsIn(SOURCE_KINDS, { message: 'evidence.validation.source_kind' })
  kind: SourceKind;

  @ApiPropertyOptional({ description: 'The quoted words that support the claim.' })
  @IsOptional()
  @NoNulByte()
  @MaxLength(EXCERPT_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'companies.validation.text' })
  excerpt?: string | null;
}
