import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '#libs/auth';
import { t } from '#libs/core';
import { DiffersFrom, SameAs } from './compare-fields';
import { MAX_PASSWORD_LENGTH } from './login.dto';

// Constraints are reported bottom-up: the most basic check sits nearest the property.
export class ChangePasswordDto {
  @MaxLength(MAX_PASSWORD_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  currentPassword: string;

  @DiffersFrom('currentPassword', { message: 'auth.validation.password_same' })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: 'validation.too_long' })
  @MinLength(MIN_PASSWORD_LENGTH, {
    message: () => t('auth.validation.password_too_short', { min: MIN_PASSWORD_LENGTH }),
  })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  newPassword: string;

  @SameAs('newPassword', { message: 'auth.validation.password_mismatch' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  confirmPassword: string;
}
