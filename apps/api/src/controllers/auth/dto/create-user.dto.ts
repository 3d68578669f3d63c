import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '#libs/auth';
import { Trim } from './trim';

// Constraints are reported bottom-up: the most basic check sits nearest the property.
export class CreateUserDto {
  @Trim()
  @MaxLength(320, { message: 'validation.too_long' })
  @IsEmail({ require_tld: false }, { message: 'validation.email' })
  @IsNotEmpty({ message: 'validation.required' })
  email: string;

  @Trim()
  @IsOptional()
  @MaxLength(200, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  displayName?: string;

  @IsIn(ROLES, { message: 'auth.validation.role' })
  role: Role;
}
