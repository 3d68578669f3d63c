import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NoNulByte, SLUG_PATTERN, ToNumber, Trim } from '#libs/companies';
import { CONTACT_ROLES, type ContactRole } from '../contact.entity';

/** A checkbox or a JSON boolean: 'on', 'true', true are true; '', 'false', false are false. */
export function ToBoolean(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (value === 'on' || value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0' || value === '') return false;
    return value;
  });
}

export class CreateContactDto {
  @ApiProperty({ example: 'sandvine', description: 'Slug of the company.' })
  @Trim()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  company: string;

  @ApiProperty({ example: 'Press office', description: 'A person or a desk.' })
  @Trim()
  @NoNulByte()
  @MaxLength(200, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  name: string;

  @ApiProperty({ enum: CONTACT_ROLES })
  @IsIn(CONTACT_ROLES, { message: 'outreach.validation.role' })
  role: ContactRole;

  @ApiProperty({ example: 'press@sandvine.example' })
  @Trim()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @MaxLength(254, { message: 'validation.too_long' })
  @IsEmail({}, { message: 'validation.email' })
  @IsNotEmpty({ message: 'validation.required' })
  email: string;

  @ApiPropertyOptional({ example: 'https://www.sandvine.example/contact', description: 'Where the address was found.' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(1000, { message: 'validation.too_long' })
  @IsString()
  source?: string;

  @ApiProperty({
    example: 1,
    description: '1 is written to first; when a company stays silent, the next one up is suggested.',
  })
  @ToNumber()
  @IsInt({ message: 'outreach.validation.order' })
  @Min(1, { message: 'outreach.validation.order' })
  @Max(99, { message: 'outreach.validation.order' })
  escalationOrder: number;

  @ApiPropertyOptional({
    default: true,
    description: 'Inactive contacts are kept (sent letters name them) but not written to.',
  })
  @ToBoolean()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateContactDto extends PartialType(OmitType(CreateContactDto, ['company'] as const)) {
  @ApiProperty({ description: 'The version you read; an older one is refused (409).' })
  @ToNumber()
  @IsInt({ message: 'validation.required' })
  version: number;
}

export class VersionDto {
  @ApiProperty({ description: 'The version you read; an older one is refused (409).' })
  @ToNumber()
  @IsInt({ message: 'validation.required' })
  version: number;
}
