import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '#libs/auth';
import { ContactsService, ContactView, CreateContactDto, UpdateContactDto } from '#libs/outreach';
import { Access } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { ApiErrorDoc } from '../evidence-api/api-docs';
import { OptionalVersionDto } from '../evidence-api/version-query.dto';
import { ORGANIZER_READ, ORGANIZER_WRITE } from './outreach-access';

/** A company's contacts: the people and desks letters go to, in escalation order. Organizers only (addresses are not public). */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('api/v1')
export class ContactsApiController {
  constructor(private readonly contacts: ContactsService) {}

  @Get('companies/:slug/contacts')
  @Access(ORGANIZER_READ)
  @ApiOkResponse({
    type: [ContactView],
    description: "The company's contacts in escalation order (1 is written to first).",
  })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'company_not_found.' })
  forCompany(@Param('slug') slug: string): Promise<ContactView[]> {
    return this.contacts.forCompany(slug);
  }

  @Post('contacts')
  @Access(ORGANIZER_WRITE)
  @ApiCreatedResponse({ type: ContactView, description: 'The new contact (version 1).' })
  @ApiBadRequestResponse({
    type: ApiErrorDoc,
    description: 'validation_failed with one detail per field; outreach_unknown_company.',
  })
  @ApiConflictResponse({
    type: ApiErrorDoc,
    description: 'outreach_contact_taken: the address is already a contact of the company.',
  })
  create(@Body() body: CreateContactDto, @CurrentPrincipal() principal: Principal | null): Promise<ContactView> {
    return this.contacts.create(actorOf(principal), body);
  }

  @Get('contacts/:id')
  @Access(ORGANIZER_READ)
  @ApiOkResponse({ type: ContactView })
  @ApiNotFoundResponse({ type: ApiErrorDoc, description: 'outreach_contact_not_found.' })
  get(@Param('id') id: string): Promise<ContactView> {
    return this.contacts.get(id);
  }

  @Patch('contacts/:id')
  @Access(ORGANIZER_WRITE)
  @ApiOkResponse({
    type: ContactView,
    description: 'The contact with the fields given; fields left out stay as they are.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({
    type: ApiErrorDoc,
    description: 'outreach_version_conflict (names who saved), outreach_contact_taken.',
  })
  update(
    @Param('id') id: string,
    @Body() body: UpdateContactDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<ContactView> {
    return this.contacts.update(actorOf(principal), id, body);
  }

  @Delete('contacts/:id')
  @Access(ORGANIZER_WRITE)
  @HttpCode(204)
  @ApiBody({ type: OptionalVersionDto, required: false, description: 'The version you read; or pass it as ?version=.' })
  @ApiNoContentResponse({
    description: 'The contact is gone. Letters already sent keep the name and role they were sent to.',
  })
  @ApiBadRequestResponse({ type: ApiErrorDoc, description: 'validation_failed: no version given.' })
  @ApiNotFoundResponse({ type: ApiErrorDoc })
  @ApiConflictResponse({ type: ApiErrorDoc, description: 'outreach_version_conflict, outreach_contact_in_use.' })
  remove(
    @Param('id') id: string,
    @Body() body: OptionalVersionDto,
    @Query() query: OptionalVersionDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<void> {
    return this.contacts.delete(actorOf(principal), id, { version: (body.version ?? query.version) as number });
  }
}
