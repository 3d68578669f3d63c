/** What nodemailer puts on an error: the SMTP reply code when the relay answered, and its own code. */
interface NodemailerError {
  message?: string;
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
}

/**
 * A 5xx reply refuses the message for good (unknown mailbox, policy): retrying would change
 * nothing. Everything else — a 4xx, a dropped connection, a timeout, a relay that refuses our
 * credentials (an operator's mistake, fixed in config) — is worth trying again.
 */
export function isPermanent(error: unknown): boolean {
  const e = error as NodemailerError;
  if (typeof e?.responseCode === 'number') return e.responseCode >= 500 && e.responseCode < 600 && e.code !== 'EAUTH';
  return e?.code === 'EENVELOPE';
}

/** One line for the console: the relay's own answer when there is one. */
export function describeSendError(error: unknown): string {
  const e = error as NodemailerError;
  const text = e?.response ?? e?.message ?? String(error);
  const where = e?.command ? ` (${e.command})` : '';
  return `${text}${where}`.replace(/\s+/g, ' ').trim().slice(0, 1000);
}
