import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { NoNulByte, ToNumber, Trim } from '#libs/companies';

export const PROCUREMENT_ITEM_DESCRIPTION_MAX_LENGTH = 1000;
export const PROCUREMENT_ITEM_UNIT_MAX_LENGTH = 100;
/** Far above any real order, low enough that the number stays exact in JSON. */
export const PROCUREMENT_ITEM_QUANTITY_MAX = 1e12;

/** One line of a tender, as OCDS's `items[]` has it. */
export class ProcurementItemDto {
  @ApiProperty({ example: 'SuperServer 6029P rack servers' })
  @Trim()
  @NoNulByte()
  @MaxLength(PROCUREMENT_ITEM_DESCRIPTION_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'procurement.validation.item_description' })
  @IsNotEmpty({ message: 'procurement.validation.item_description' })
  description: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 12 })
  @ToNumber()
  @IsOptional()
  @Max(PROCUREMENT_ITEM_QUANTITY_MAX, { message: 'procurement.validation.item_quantity' })
  @Min(0, { message: 'procurement.validation.item_quantity' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 6 },
    { message: 'procurement.validation.item_quantity' },
  )
  quantity?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'piece' })
  @Trim()
  @IsOptional()
  @NoNulByte()
  @MaxLength(PROCUREMENT_ITEM_UNIT_MAX_LENGTH, { message: 'validation.too_long' })
  @IsString({ message: 'companies.validation.text' })
  unit?: string | null;
}
