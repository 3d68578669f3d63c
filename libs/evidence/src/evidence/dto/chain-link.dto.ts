import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { SLUG_PATTERN, Trim } from '#libs/companies';
import { CHAIN_ROLES, type ChainRole } from '../../evidence-link.entity';

/** One company of the chain, by slug, with what it did: Supermicro as manufacturer. */
export class ChainLinkDto {
  @ApiProperty({ example: 'supermicro', description: 'The company slug.' })
  @Trim()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  @MaxLength(100, { message: 'validation.too_long' })
  @IsString({ message: 'evidence.validation.chain_company' })
  @IsNotEmpty({ message: 'evidence.validation.chain_company' })
  company: string;

  @ApiProperty({ enum: CHAIN_ROLES, example: 'manufacturer' })
  @IsIn(CHAIN_ROLES, { message: 'evidence.validation.chain_role' })
  role: ChainRole;
}
