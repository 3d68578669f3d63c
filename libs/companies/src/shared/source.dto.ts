import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { IsCalendarDate, NoNulByte, Trim } from './validation';

export const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: true };

/** Where a fact comes from. The address is required; the rest is strongly encouraged. */
export class SourceDto {
  @ApiProperty({
    example:
      'https://newsroom.ibm.com/2019-07-09-IBM-Closes-Landmark-Acquisition-of-Red-Hat-for-34-Billion-Defines-Open-Hybrid-Cloud-Future',
  })
  @Trim()
  @NoNulByte()
  @MaxLength(2000, { message: 'validation.too_long' })
  @IsUrl(URL_OPTIONS, { message: 'validation.url' })
  @IsNotEmpty({ message: 'validation.required' })
  url: string;

  @ApiPropertyOptional({ example: 'IBM Closes Landmark Acquisition of Red Hat' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(500, { message: 'validation.too_long' })
  @IsString({ message: 'companies.validation.text' })
  title?: string | null;

  @ApiPropertyOptional({ example: 'IBM' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(200, { message: 'validation.too_long' })
  @IsString({ message: 'companies.validation.text' })
  publisher?: string | null;

  @ApiPropertyOptional({ example: '2019-07-09', description: 'YYYY-MM-DD' })
  @Trim()
  @IsOptional()
  @IsCalendarDate()
  publishedOn?: string | null;
}
