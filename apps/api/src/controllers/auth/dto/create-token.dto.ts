import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { TOKEN_SCOPES, type TokenScope } from '#libs/auth';
import { Trim } from './trim';

// Constraints are reported bottom-up: the most basic check sits nearest the property.
export class CreateTokenDto {
  @Trim()
  @MaxLength(100, { message: 'validation.too_long' })
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  name: string;

  @IsIn(TOKEN_SCOPES, { message: 'auth.validation.scope' })
  scope: TokenScope;
}
