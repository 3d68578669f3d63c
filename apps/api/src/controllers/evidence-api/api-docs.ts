import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Swagger's description of DESIGN.md's error shape, which the one HTTP filter writes. */
export class ApiErrorDetailDoc {
  @ApiPropertyOptional({ example: 'chain.0.company', description: 'The field, as a path into the request body.' })
  field?: string;

  @ApiProperty({ example: 'There is no company with the slug "no-such-company".' })
  message: string;
}

export class ApiErrorBodyDoc {
  @ApiProperty({
    example: 'validation_failed',
    description: '`area_reason`, e.g. evidence_not_found, evidence_version_conflict, evidence_own_work.',
  })
  code: string;

  @ApiProperty()
  message: string;

  @ApiProperty({ type: () => [ApiErrorDetailDoc] })
  details: ApiErrorDetailDoc[];
}

export class ApiErrorDoc {
  @ApiProperty({ type: () => ApiErrorBodyDoc })
  error: ApiErrorBodyDoc;
}
