import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '#libs/auth';
import { BatchesService, BatchListItem, BatchView, CreateBatchDto } from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { ApiErrorDoc } from '../evidence-api/api-docs';
import { ORGANIZER_READ, ORGANIZER_WRITE } from './outreach-access';

/** One letter to many companies: a draft per company from one template, sent together and tracked side by side. */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('api/v1/letter-batches')
export class LetterBatchesApiController {
  constructor(private readonly batches: BatchesService) {}

  @Post()
  @Access(ORGANIZER_WRITE)
  @ApiCreatedResponse({
    type: BatchView,
    description:
      'The batch with one draft per company; a company without a contact gets a draft that cannot be sent yet (sendable: false).',
  })
  @ApiBadRequestResponse({
    type: ApiErrorDoc,
    description:
      'validation_failed, outreach_unknown_company (field `companies`), outreach_unknown_template, outreach_template_error.',
  })
  create(@Body() body: CreateBatchDto, @CurrentPrincipal() principal: Principal | null): Promise<BatchView> {
    return this.batches.create(actorOf(principal), body);
  }

  @Get()
  @Access(ORGANIZER_READ)
  @ApiOkResponse({
    type: [BatchListItem],
    description: 'Batches, newest first, with how many of their letters were sent and answered.',
  })
  list(): Promise<BatchListItem[]> {
    return this.batches.list();
  }

  @Get(':id')
  @Access(ORGANIZER_READ)
  @ApiOkResponse({
    type: BatchView,
    description: 'Every letter of the batch side by side, with its state and latest classified answer.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'outreach_batch_not_found.' })
  get(@Param('id') id: string): Promise<BatchView> {
    return this.batches.get(id);
  }

  @Post(':id/send')
  @Access(ORGANIZER_WRITE)
  @HttpCode(200)
  @ApiOkResponse({
    type: BatchView,
    description: 'Every draft of the batch that has a recipient is sent (once); the others stay drafts.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({
    type: ApiErrorDoc,
    description: 'outreach_version_conflict when a letter of the batch changed meanwhile.',
  })
  send(@Param('id') id: string, @CurrentPrincipal() principal: Principal | null): Promise<BatchView> {
    return this.batches.send(actorOf(principal), id);
  }
}
