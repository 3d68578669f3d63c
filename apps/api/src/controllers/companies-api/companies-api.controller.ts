import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '#libs/auth';
import {
  CompanyPageView,
  CompanyQueryDto,
  CompanyService,
  CompanyView,
  CreateCompanyDto,
  UpdateCompanyDto,
  type CompanyProfileView,
} from '#libs/companies';
import { Access, Public } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';
import { CompanyProfileDoc } from './api-docs';

const WRITE = { roles: ['researcher' as const], token: 'write' as const };

@ApiTags('companies')
@Controller('api/v1/companies')
export class CompaniesApiController {
  constructor(private readonly companies: CompanyService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: CompanyPageView, description: 'A page of companies; follow nextCursor for the next one.' })
  list(@Query() query: CompanyQueryDto): Promise<CompanyPageView> {
    return this.companies.search(query);
  }

  @Post()
  @Access(WRITE)
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: CompanyView })
  create(@Body() body: CreateCompanyDto, @CurrentPrincipal() principal: Principal | null): Promise<CompanyView> {
    return this.companies.create(actorOf(principal), body);
  }

  @Get(':slug')
  @Public()
  @ApiOkResponse({
    type: CompanyProfileDoc,
    description: 'The company and its group, up and down the ownership chain.',
  })
  get(@Param('slug') slug: string): Promise<CompanyProfileView> {
    return this.companies.profile(slug);
  }

  @Patch(':slug')
  @Access(WRITE)
  @ApiBearerAuth()
  @ApiOkResponse({ type: CompanyView })
  update(
    @Param('slug') slug: string,
    @Body() body: UpdateCompanyDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<CompanyView> {
    return this.companies.update(actorOf(principal), slug, body);
  }

  @Delete(':slug')
  @Access(WRITE)
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted, with every ownership link the company was part of.' })
  remove(@Param('slug') slug: string, @CurrentPrincipal() principal: Principal | null): Promise<void> {
    return this.companies.delete(actorOf(principal), slug);
  }
}
