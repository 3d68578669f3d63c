/**
 * Delivery status notifications (RFC 3464): the machine-readable part of a bounce. A DSN is a
 * `multipart/report; report-type=delivery-status` message whose `message/delivery-status` part
 * holds one block of per-message fields and one block per recipient, each block header-like
 * (folded lines, `Name: value`), blocks separated by blank lines.
 */

export interface DsnRecipient {
  /** The address that failed, lower-case (`Final-Recipient: rfc822; x@y`). */
  finalRecipient: string | null;
  originalRecipient: string | null;
  /** failed, delayed, delivered, relayed or expanded. */
  action: string | null;
  /** The enhanced status code, e.g. `5.1.1`. */
  status: string | null;
  /** The remote server's answer, e.g. `550 5.1.1 <x@y>: Recipient address rejected`. */
  diagnosticCode: string | null;
  remoteMta: string | null;
}

export interface DeliveryStatusNotification {
  reportingMta: string | null;
  originalEnvelopeId: string | null;
  recipients: DsnRecipient[];
  /** Message-ID of the message that bounced, from the returned message or its headers. */
  originalMessageId: string | null;
}

type Fields = Map<string, string>;

/** Header-like lines into fields: folded lines joined, names lower-cased, the first of a repeated name kept. */
export function parseFieldBlock(block: string): Fields {
  const fields: Fields = new Map();
  let name: string | null = null;
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && name) {
      fields.set(name, `${fields.get(name)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      name = null;
      continue;
    }
    name = line.slice(0, colon).trim().toLowerCase();
    if (fields.has(name))
      name = null; // keep the first; ignore its continuation lines too
    else fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}

/** `rfc822; Someone@Example.org` → `someone@example.org` (the address type is dropped). */
function typedValue(value: string | undefined): string | null {
  if (!value) return null;
  const semicolon = value.indexOf(';');
  const text = (semicolon >= 0 ? value.slice(semicolon + 1) : value).trim();
  return text || null;
}

function address(value: string | undefined): string | null {
  const text = typedValue(value);
  return text ? text.replace(/^<|>$/g, '').trim().toLowerCase() || null : null;
}

const STATUS = /\b([245]\.\d{1,3}\.\d{1,3})\b/;

function recipient(fields: Fields): DsnRecipient {
  return {
    finalRecipient: address(fields.get('final-recipient')),
    originalRecipient: address(fields.get('original-recipient')),
    action: fields.get('action')?.trim().toLowerCase().split(/\s/)[0] || null,
    status: STATUS.exec(fields.get('status') ?? '')?.[1] ?? null,
    diagnosticCode: typedValue(fields.get('diagnostic-code')),
    remoteMta: typedValue(fields.get('remote-mta')),
  };
}

/** The `message/delivery-status` part's text, and the returned message (or its headers) when there is one. */
export function parseDeliveryStatus(statusText: string, returned: string | null = null): DeliveryStatusNotification {
  const blocks = statusText
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map(parseFieldBlock);
  // The per-message block comes first; some MTAs leave it out and start with a recipient.
  const isRecipient = (fields: Fields) => fields.has('final-recipient') || fields.has('action');
  const perMessage = blocks.length && !isRecipient(blocks[0]) ? blocks[0] : new Map<string, string>();
  return {
    reportingMta: typedValue(perMessage.get('reporting-mta')),
    originalEnvelopeId: perMessage.get('original-envelope-id')?.trim() || null,
    recipients: blocks.filter(isRecipient).map(recipient),
    originalMessageId: returned ? messageIdOf(returned) : null,
  };
}

/** The Message-ID in a message's header block (everything up to the first blank line). */
export function messageIdOf(message: string): string | null {
  const head = message.split(/\r?\n\r?\n/, 1)[0];
  const value = parseFieldBlock(head).get('message-id');
  const id = value?.match(/<[^<>\s]+>/)?.[0] ?? (value && /^[^<>\s]+@[^<>\s]+$/.test(value) ? `<${value}>` : null);
  return id ?? null;
}
