import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '#libs/auth';
import {
  CreateProcurementDto,
  ProcurementPageView,
  ProcurementQueryDto,
  ProcurementRecordView,
  ProcurementService,
  UpdateProcurementDto,
} from '#libs/evidence';
import { Access, Public } from '../../security/access.decorator';
import { actorOf, CurrentPrincipal } from '../../security/principal.decorator';

const WRITE = { roles: ['researcher' as const], token: 'write' as const };

@ApiTags('procurement records')
@Controller('api/v1/procurement-records')
export class ProcurementApiController {
  constructor(private readonly procurement: ProcurementService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: ProcurementPageView,
    description: 'A page of records, newest award first; follow nextCursor for the next one.',
  })
  list(@Query() query: ProcurementQueryDto): Promise<ProcurementPageView> {
    return this.procurement.list(query);
  }

  @Post()
  @Access(WRITE)
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ProcurementRecordView })
  @ApiConflictResponse({ description: 'Another record already has this reference (procurement_reference_taken).' })
  create(
    @Body() body: CreateProcurementDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<ProcurementRecordView> {
    return this.procurement.create(actorOf(principal), body);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: ProcurementRecordView, description: 'The record with the public evidence that cites it.' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ProcurementRecordView> {
    return this.procurement.get(id);
  }

  @Patch(':id')
  @Access(WRITE)
  @ApiBearerAuth()
  @ApiOkResponse({ type: ProcurementRecordView })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateProcurementDto,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<ProcurementRecordView> {
    return this.procurement.update(actorOf(principal), id, body);
  }

  @Delete(':id')
  @Access(WRITE)
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'Evidence cites the record (procurement_record_cited).' })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal | null): Promise<void> {
    return this.procurement.delete(actorOf(principal), id);
  }
}
