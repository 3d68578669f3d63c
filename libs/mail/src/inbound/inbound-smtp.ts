import type { AddressInfo } from 'node:net';
import type { LoggerService } from '@nestjs/common';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { DomainException } from '#libs/core';
import { InboundMailError } from '../mail.exception';

export interface InboundEnvelope {
  /** The envelope sender; null for the null sender `<>` that bounces use. */
  mailFrom: string | null;
  /** Envelope recipients, lower-case, all at our domain. */
  rcptTo: string[];
}

export interface InboundSmtpOptions {
  host: string;
  /** 0: any free port (tests); the port actually used is returned. */
  port: number;
  maxBytes: number;
  /** Mail is taken only for addresses at this domain (MAIL_DOMAIN): the receiver is not a relay. */
  domain: string;
  /**
   * Stores the message. The sender is told 250 only after it resolved; if it throws, the sender
   * gets a temporary failure and tries again later, so nothing is lost.
   */
  onMessage: (raw: Buffer, envelope: InboundEnvelope) => Promise<void>;
  /**
   * Which mailboxes at our domain exist (the reply and bounce addresses, say); others are refused
   * at RCPT, so that nobody can fill the store by writing to made-up addresses. Default: all.
   */
  acceptRecipient?: (address: string) => boolean;
  logger?: Pick<LoggerService, 'log' | 'warn' | 'error'>;
}

export interface InboundSmtp {
  port: number;
  close(): Promise<void>;
}

const MAX_RECIPIENTS = 50;

function reply(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The built-in receiver for replies and bounces (DESIGN.md "Mail flow"). No AUTH and no
 * STARTTLS: it takes mail for our own domain only, as the last hop from the internet or from a
 * relay in front of it; put TLS termination in that relay if it is needed.
 */
export async function startInboundSmtp(options: InboundSmtpOptions): Promise<InboundSmtp> {
  const domain = options.domain.toLowerCase();
  const logger = options.logger;
  const server = new SMTPServer({
    banner: 'Leverage',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    maxClients: 100,
    socketTimeout: 60_000,
    closeTimeout: 10_000,
    disableReverseLookup: true,
    logger: false,
    onRcptTo(address, session, callback) {
      const to = address.address.toLowerCase();
      if (to.slice(to.lastIndexOf('@') + 1) !== domain || to.indexOf('@') < 1)
        return callback(reply(550, '5.7.1 Relay not permitted'));
      if (options.acceptRecipient && !options.acceptRecipient(to))
        return callback(reply(550, '5.1.1 No such mailbox here'));
      if (session.envelope.rcptTo.length >= MAX_RECIPIENTS) return callback(reply(452, '4.5.3 Too many recipients'));
      callback();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= options.maxBytes) chunks.push(chunk); // past the limit the rest is only drained
      });
      stream.on('end', () => {
        if (stream.sizeExceeded || bytes > options.maxBytes)
          return callback(reply(552, `5.3.4 Message too big (limit ${options.maxBytes} bytes)`));
        const from = session.envelope.mailFrom;
        const envelope: InboundEnvelope = {
          mailFrom: from && from.address ? from.address : null,
          rcptTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        };
        options.onMessage(Buffer.concat(chunks), envelope).then(
          () => callback(),
          (error: unknown) => {
            // A message we can never take is refused for good; anything else (the database is
            // down) is a temporary failure: the sending server keeps it and tries again.
            if (error instanceof InboundMailError) {
              logger?.warn(`inbound message refused: ${error.message}`);
              return callback(reply(error.reason === 'too_large' ? 552 : 554, `5.6.0 ${error.message}`));
            }
            // Any other refusal of the message itself (empty, too large): retrying would not help.
            if (error instanceof DomainException && error.kind === 'invalid') {
              logger?.warn(`inbound message refused: ${error.message}`);
              return callback(reply(554, `5.6.0 ${error.message}`));
            }
            logger?.error(
              `inbound message not stored, the sender will retry: ${error instanceof Error ? error.message : String(error)}`,
            );
            callback(reply(451, '4.3.0 Temporary failure, try again later'));
          },
        );
      });
    },
  });
  server.on('error', (error: Error) => logger?.error(`inbound SMTP: ${error.message}`));

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  logger?.log(`inbound SMTP listening on ${options.host}:${port} for @${domain}`);
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
