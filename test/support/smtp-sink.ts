import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface SunkMessage {
  mailFrom: string | null;
  rcptTo: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SmtpSink {
  port: number;
  url: string;
  messages: SunkMessage[];
  /** Resolves once `count` messages have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<SunkMessage[]>;
  close(): Promise<void>;
}

/**
 * A loopback SMTP server that keeps what it receives: the tests read real mail from it
 * (DESIGN.md, "Testing"). `onData` may delay or refuse a message to simulate a slow or failing relay.
 */
export async function startSmtpSink(
  options: {
    onData?: (message: SunkMessage, index: number) => Promise<void> | void;
    serverOptions?: Partial<SMTPServerOptions>;
  } = {},
): Promise<SmtpSink> {
  const messages: SunkMessage[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    ...options.serverOptions,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const index = attempts++;
        void simpleParser(raw)
          .then(async (parsed) => {
            const message: SunkMessage = {
              mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              rcptTo: session.envelope.rcptTo.map((r) => r.address),
              raw,
              parsed,
            };
            await options.onData?.(message, index);
            messages.push(message);
            callback();
          })
          .catch((error: Error & { responseCode?: number }) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(count, timeoutMs = 15_000) {
      const started = Date.now();
      while (messages.length < count) {
        if (Date.now() - started > timeoutMs)
          throw new Error(`SMTP sink: expected ${count} message(s), got ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
