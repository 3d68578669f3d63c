import { RESPONSE_TEXT_MAX_LENGTH } from '../dto/response.dto';

const QUOTE_HEADER = [
  /^On .{1,300}wrote:\s*$/i,
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^_{5,}\s*$/,
  /^From:\s.+$/i,
];
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * What of an e-mailed reply is published by default: the company's own words, without the letter
 * it quotes (which may not be public), without its signature block, and without e-mail addresses
 * (people's, not the company's answer). The organizer can publish other words; the raw message is
 * always kept in the console.
 */
export function publishableReply(text: string): string {
  const kept: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line === '-- ' || line === '--' || QUOTE_HEADER.some((pattern) => pattern.test(line.trim()))) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  const words = kept
    .join('\n')
    .replace(EMAIL, '[address removed]')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return words.length > RESPONSE_TEXT_MAX_LENGTH ? `${words.slice(0, RESPONSE_TEXT_MAX_LENGTH - 1)}…` : words;
}
