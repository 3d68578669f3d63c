import { PartialType } from '@nestjs/swagger';
import { CreateCompanyDto } from './create-company.dto';

/**
 * PATCH: a field left out stays as it is; null clears a field that may be empty (those marked
 * optional in the create DTO). A null name or kind is validated, and so refused.
 */
export class UpdateCompanyDto extends PartialType(CreateCompanyDto, { skipNullProperties: false }) {}
