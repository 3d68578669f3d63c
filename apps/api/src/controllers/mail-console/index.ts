import type { Type } from '@nestjs/common';
import { MailConsoleController } from './mail-console.controller';

/** Outgoing mail in the organizer console: the latest messages, and each one whole. */
export const mailConsoleControllers: Type<unknown>[] = [MailConsoleController];
