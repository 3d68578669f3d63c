import { PartialType } from '@nestjs/swagger';
import { CreateOwnershipDto } from './create-ownership.dto';

/** PATCH: a field left out stays as it is; null clears share, dates or source, and is refused for either end. */
export class UpdateOwnershipDto extends PartialType(CreateOwnershipDto, { skipNullProperties: false }) {}
