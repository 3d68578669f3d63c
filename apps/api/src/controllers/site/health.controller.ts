import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { HealthService } from '#libs/core';
import { Public } from '../../security/access.decorator';

@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @SkipThrottle({ write: true, login: true })
  async check(@Res() res: Response): Promise<void> {
    const ok = await this.health.databaseAnswers();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable' });
  }
}
