import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#libs/auth';
import {
  CreateOwnershipDto,
  OwnershipPageView,
  OwnershipQueryDto,
  OwnershipService,
  OwnershipView,
  UpdateOwnershipDto,
} from '#libs/companies';
import { Access, Public } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';

const WRITE = { roles: ['researcher' as const], token: 'write' as const };

@ApiTags('ownerships')
@Controller('api/v1/ownerships')
export class OwnershipsApiController {
  constructor(private readonly ownerships: OwnershipService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: OwnershipPageView })
  list(@Query() query: OwnershipQueryDto): Promise<OwnershipPageView> {
    return this.ownerships.list(query);
  }

  @Post()
  @Access(WRITE)
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: OwnershipView })
  create(@Body() body: CreateOwnershipDto, @CurrentPrincipal() principal: Principal | null): Promise<OwnershipView> {
    return this.ownerships.create(actorOf(principal), body);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: OwnershipView })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<OwnershipView> {
    return this.ownerships.get(id);
  }

  @Patch(':id')
  @Access(WRITE)
  @ApiBearerAuth()
  @ApiOkResponse({ type: OwnershipView })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateOwnershipDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<OwnershipView> {
    return this.ownerships.update(actorOf(principal), id, body);
  }

  @Delete(':id')
  @Access(WRITE)
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal | null): Promise<void> {
    return this.ownerships.delete(actorOf(principal), id);
  }
}
