import { rm } from 'node:fs/promises';
import { Injectable } from '@nestjs/common';
import { JobHandler } from '#libs/core';
import { MAIL_FORGET_JOB } from '../mail.constants';
import { MailTransport } from './mail-transport';

/** The `mail.forget` job: the outbox's .eml copies of forgotten messages go too. Idempotent. */
@Injectable()
export class OutboxForgetter {
  constructor(private readonly transport: MailTransport) {}

  @JobHandler(MAIL_FORGET_JOB)
  async forget(data: { files?: { id: string; createdAt: string }[] }): Promise<void> {
    for (const file of data?.files ?? []) {
      const createdAt = new Date(file.createdAt);
      if (typeof file.id !== 'string' || Number.isNaN(createdAt.getTime())) continue;
      await rm(this.transport.outboxFile({ id: file.id, createdAt }), { force: true });
    }
  }
}
