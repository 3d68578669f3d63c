/** Strings of mail (English, the source language). */
export const mail: Record<string, string> = {
  // Errors (the `message` of DESIGN.md's error shape).
  'mail.error.invalid_address': 'Give one email address, such as press@company.example (got "{address}").',
  'mail.error.invalid_subject': 'A subject must be one line of text.',
  'mail.error.invalid_header': 'The header "{name}" cannot be set on a message: {reason}',
  'mail.error.not_found': 'There is no email message with the id "{id}".',
  'mail.error.inbound_too_large': 'The message is {size} bytes; the limit is {limit} bytes.',
  'mail.error.inbound_unparseable': 'The message could not be read as an email: {reason}',
};
