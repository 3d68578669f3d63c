import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#libs/auth';
import {
  CreateStateBodyDto,
  StateBodyPageView,
  StateBodyQueryDto,
  StateBodyService,
  StateBodyView,
  UpdateStateBodyDto,
} from '#libs/companies';
import { Access, Public } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';

const WRITE = { roles: ['researcher' as const], token: 'write' as const };

@ApiTags('state bodies')
@Controller('api/v1/state-bodies')
export class StateBodiesApiController {
  constructor(private readonly bodies: StateBodyService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: StateBodyPageView })
  list(@Query() query: StateBodyQueryDto): Promise<StateBodyPageView> {
    return this.bodies.search(query);
  }

  @Post()
  @Access(WRITE)
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: StateBodyView })
  create(@Body() body: CreateStateBodyDto, @CurrentPrincipal() principal: Principal | null): Promise<StateBodyView> {
    return this.bodies.create(actorOf(principal), body);
  }

  @Get(':slug')
  @Public()
  @ApiOkResponse({ type: StateBodyView })
  get(@Param('slug') slug: string): Promise<StateBodyView> {
    return this.bodies.getBySlug(slug);
  }

  @Patch(':slug')
  @Access(WRITE)
  @ApiBearerAuth()
  @ApiOkResponse({ type: StateBodyView })
  update(
    @Param('slug') slug: string,
    @Body() body: UpdateStateBodyDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<StateBodyView> {
    return this.bodies.update(actorOf(principal), slug, body);
  }

  @Delete(':slug')
  @Access(WRITE)
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param('slug') slug: string, @CurrentPrincipal() principal: Principal | null): Promise<void> {
    return this.bodies.delete(actorOf(principal), slug);
  }
}
