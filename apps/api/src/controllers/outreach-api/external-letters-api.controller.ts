import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#libs/auth';
import { ExternalLettersService, LetterView, RecordExternalLetterDto } from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { ApiErrorDoc } from '../evidence-api/api-docs';
import { ORGANIZER_WRITE } from './outreach-access';

/**
 * Letters other organizations sent, recorded from their sources (nothing is sent). Their answers
 * are recorded with `POST /api/v1/responses` naming the letter, and count like answers to ours.
 */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('api/v1/letters/external')
export class ExternalLettersApiController {
  constructor(private readonly letters: ExternalLettersService) {}

  @Post()
  @Access(ORGANIZER_WRITE)
  @ApiCreatedResponse({
    type: LetterView,
    description:
      'The letter, sent and public from the start, with the state its dates give it (awaiting, overdue or no_response).',
  })
  @ApiBadRequestResponse({
    type: ApiErrorDoc,
    description:
      'validation_failed (a date after today, no source, no sender); outreach_unknown_company; outreach_unknown_evidence.',
  })
  record(@Body() body: RecordExternalLetterDto, @CurrentPrincipal() principal: Principal): Promise<LetterView> {
    return this.letters.record(actorOf(principal), body);
  }
}
