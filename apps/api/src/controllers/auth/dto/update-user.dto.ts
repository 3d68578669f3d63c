import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '#libs/auth';
import { Trim } from './trim';

/** What a checked HTML checkbox sends; an unchecked one sends nothing at all. */
export const CHECKED = ['on', 'true', '1'] as const;

export class UpdateUserDto {
  @IsIn(ROLES, { message: 'auth.validation.role' })
  role: Role;

  @Trim()
  @IsOptional()
  @MaxLength(200, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  displayName?: string;

  @IsOptional()
  @IsIn(CHECKED)
  disabled?: string;
}
