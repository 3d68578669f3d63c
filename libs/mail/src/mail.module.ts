import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessageEntity } from './mail-message.entity';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';
import { MailSender } from './sending/mail-sender';
import { MailTransport } from './sending/mail-transport';
import { OutboxForgetter } from './sending/outbox-forgetter';

/** Every table of mail (the CLI's data source lists them too, for generating migrations). */
export const MAIL_ENTITIES = [MailMessageEntity];

/** Outgoing mail (rows, the send job, the transport). Needs CoreModule. */
@Module({
  imports: [TypeOrmModule.forFeature(MAIL_ENTITIES)],
  providers: [MailRepository, MailService, MailSender, MailTransport, OutboxForgetter],
  exports: [MailService, MailSender],
})
export class MailModule {}
