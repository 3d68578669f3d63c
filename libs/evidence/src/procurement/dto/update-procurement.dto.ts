import { PartialType } from '@nestjs/swagger';
import { CreateProcurementDto } from './create-procurement.dto';

/**
 * PATCH: a field left out stays as it is; null clears a field that may be empty (those marked
 * optional in the create DTO). A null reference, title, buyer, supplier or date is refused.
 */
export class UpdateProcurementDto extends PartialType(CreateProcurementDto, { skipNullProperties: false }) {}
