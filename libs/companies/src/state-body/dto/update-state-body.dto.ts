import { PartialType } from '@nestjs/swagger';
import { CreateStateBodyDto } from './create-state-body.dto';

/**
 * PATCH: a field left out stays as it is; null clears a field that may be empty (those marked
 * optional in the create DTO). A null name or country is validated, and so refused.
 */
export class UpdateStateBodyDto extends PartialType(CreateStateBodyDto, { skipNullProperties: false }) {}
