import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { SLUG_PATTERN, Trim } from '#libs/companies';
import {
  INBOUND_STATUSES,
  LETTER_STATUSES,
  RESPONSE_STATES,
  type InboundStatus,
  type LetterStatus,
  type ResponseState,
} from '#libs/outreach';

/** `GET /api/v1/letters?company=&status=&responseState=&batch=`: every filter optional, all of them applied together. */
export class LetterQueryDto {
  @ApiPropertyOptional({ example: 'supermicro', description: 'Slug of the company written to.' })
  @Trim()
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  company?: string;

  @ApiPropertyOptional({ enum: LETTER_STATUSES })
  @IsOptional()
  @IsIn(LETTER_STATUSES, { message: 'outreach.page.query.status' })
  status?: LetterStatus;

  @ApiPropertyOptional({ enum: RESPONSE_STATES })
  @IsOptional()
  @IsIn(RESPONSE_STATES, { message: 'outreach.page.query.response_state' })
  responseState?: ResponseState;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the letters of this batch.' })
  @Trim()
  @IsOptional()
  @IsUUID('all', { message: 'outreach.page.query.batch' })
  batch?: string;
}

/** `GET /api/v1/responses?company=` */
export class ResponseQueryDto {
  @ApiPropertyOptional({ example: 'sandvine', description: 'Slug of the company that answered.' })
  @Trim()
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'validation.slug' })
  company?: string;
}

/** `GET /api/v1/inbound?status=` */
export class InboundQueryDto {
  @ApiPropertyOptional({ enum: INBOUND_STATUSES, description: 'held: the holding pen.' })
  @IsOptional()
  @IsIn(INBOUND_STATUSES, { message: 'outreach.page.query.inbound_status' })
  status?: InboundStatus;
}
