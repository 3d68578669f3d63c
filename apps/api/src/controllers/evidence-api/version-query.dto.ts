import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { ToNumber } from '#libs/companies';

/**
 * DELETE names the version it read in the body or, for clients that send no body with DELETE, as
 * `?version=`. Both are optional here; the service refuses a delete that names none (400).
 */
export class OptionalVersionDto {
  @ApiPropertyOptional({ example: 3, description: 'The version you read (or send it in the body).' })
  @ToNumber()
  @IsOptional()
  @Min(1, { message: 'evidence.validation.version' })
  @IsInt({ message: 'evidence.validation.version' })
  version?: number;
}
