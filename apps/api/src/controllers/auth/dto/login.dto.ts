import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from './trim';

/** Long enough for any real password; short enough that nobody makes us hash a megabyte. */
export const MAX_PASSWORD_LENGTH = 1024;

// class-validator reports a field's constraints bottom-up: the most basic check sits nearest the
// property, so that an empty field says "required" rather than something less helpful.
/** `next` is not part of it: it is never an error, only sanitised (safeNextPath). */
export class LoginDto {
  @Trim()
  @MaxLength(320, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  email: string;

  @MaxLength(MAX_PASSWORD_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  password: string;
}
