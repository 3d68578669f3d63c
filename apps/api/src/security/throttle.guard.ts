import { Inject, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { APP_CONFIG, keyedHash, type AppConfig } from '#libs/core';

/**
 * One counter per client and limit (not per route), keyed by a keyed hash of the address.
 */
@Injectable()
export class ClientThrottlerGuard extends ThrottlerGuard {
  @Inject(APP_CONFIG) private readonly config: AppConfig;

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as Request;
    return keyedHash(this.config.hmacSecret, request.ip ?? request.socket?.remoteAddress ?? 'unknown');
  }

  protected override generateKey(_context: unknown, suffix: string, name: string): string {
    return `${name}:${suffix}`;
  }
}
