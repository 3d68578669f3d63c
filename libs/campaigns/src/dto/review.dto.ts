import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const blank = () => Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

/** Clears or invalidates flagged signatures in bulk: by IP hash, email domain and/or time range. */
export class ReviewFlaggedDto {
  @ApiProperty({ enum: ['clear', 'invalidate'] })
  @IsIn(['clear', 'invalidate'], { message: 'campaigns.validation.review_action' })
  action: 'clear' | 'invalidate';

  @ApiPropertyOptional({ description: 'A keyed IP hash as the dashboard shows it.' })
  @blank()
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{22}$/, { message: 'campaigns.validation.ip_hash' })
  ipHash?: string;

  @ApiPropertyOptional({ example: 'mail.example' })
  @blank()
  @IsOptional()
  @IsString()
  @MaxLength(253)
  @Matches(/^[a-z0-9.-]+$/, { message: 'campaigns.validation.domain' })
  domain?: string;

  @ApiPropertyOptional({ example: '2026-12-06T10:00:00Z' })
  @blank()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'campaigns.validation.datetime' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-06T11:00:00Z' })
  @blank()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'campaigns.validation.datetime' })
  to?: string;
}
