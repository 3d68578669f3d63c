import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO31661Alpha2, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { NoNulByte, Trim } from '#libs/companies';

/** A checkbox: 'on' (or true) when ticked; anything else, including absence, is false. */
const Ticked = () => Transform(({ value }: { value: unknown }) => value === 'on' || value === 'true' || value === true);

export const NAME_MAX = 100;
export const COMMENT_MAX = 1000;

/** The signature form (DESIGN.md, "Campaigns"): the field names are part of the contract. */
export class SignDto {
  @ApiProperty({ example: 'Olga', description: 'Shown (first name only) only if show_name is ticked.' })
  @Trim()
  @NoNulByte()
  @MaxLength(NAME_MAX, { message: 'campaigns.validation.name_too_long' })
  @IsString({ message: 'campaigns.validation.name' })
  @IsNotEmpty({ message: 'campaigns.validation.name' })
  name: string;

  @ApiProperty({ example: 'olga@mail.example' })
  @Trim()
  @MaxLength(254, { message: 'campaigns.validation.email' })
  @IsString({ message: 'campaigns.validation.email' })
  @IsNotEmpty({ message: 'campaigns.validation.email' })
  email: string;

  @ApiProperty({ example: 'BY', description: 'ISO 3166-1 alpha-2.' })
  @Trim()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO31661Alpha2({ message: 'campaigns.validation.country' })
  country: string;

  @ApiPropertyOptional({ description: 'Show my first name and country among recent signers. Off unless ticked.' })
  @Ticked()
  @IsBoolean()
  show_name: boolean;

  @ApiPropertyOptional({ description: 'Send me news of this campaign. Off unless ticked.' })
  @Ticked()
  @IsBoolean()
  updates: boolean;

  @ApiPropertyOptional({ description: 'A comment for the organizers; never published.' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(COMMENT_MAX, { message: 'campaigns.validation.comment_too_long' })
  @IsString()
  comment?: string;

  /** The honeypot: a field people never see. Filled in, the signature is flagged, not refused. */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  website?: string;
}
