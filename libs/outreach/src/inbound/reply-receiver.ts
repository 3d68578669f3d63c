import { Logger, type INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '#libs/core';
import { readSignedAddress, startInboundSmtp } from '#libs/mail';
import { InboundService } from './inbound.service';

export interface ReplyReceiver {
  port: number;
  close(): Promise<void>;
}

/**
 * The built-in SMTP receiver for replies and bounces, when INBOUND_SMTP_PORT is set: each message
 * is stored by InboundService before the sender hears 250, so a failure makes the sender retry.
 */
export async function startReplyReceiver(
  app: INestApplicationContext,
  config: AppConfig,
): Promise<ReplyReceiver | null> {
  if (config.inboundSmtpPort === null) return null;
  const inbound = app.get(InboundService);
  const logger = new Logger('InboundSmtp');
  return startInboundSmtp({
    host: config.inboundSmtpHost,
    port: config.inboundSmtpPort,
    maxBytes: config.inboundMaxBytes,
    domain: config.mailDomain,
    logger,
    // Our signed addresses (a forged one is taken, to be held as such) and the From mailbox; nothing else.
    acceptRecipient: (address) =>
      readSignedAddress(config.hmacSecret, address, config.mailDomain) !== null ||
      address === fromAddress(config.mailFrom),
    onMessage: async (raw, envelope) => {
      await inbound.receive(raw, { via: 'smtp', envelope });
    },
  });
}

/** The bare address of MAIL_FROM ("Leverage <noreply@x>" → "noreply@x"), where some people reply. */
function fromAddress(mailFrom: string): string {
  return (/<([^>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom).trim().toLowerCase();
}
