import { DomainException, type Actor } from '#libs/core';

/** Who the audit trail names for what the command line does. */
export const CLI_ACTOR: Actor = { id: null, label: 'cli' };

export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** One clear line on stderr and a failing exit code; never a stack trace. */
export function fail(line: string): void {
  process.stderr.write(`${line}\n`);
  process.exitCode = 1;
}

/** Expected failures become one line; anything else is left to the CLI's own handler. */
export function failOn(error: unknown): void {
  if (error instanceof DomainException) return fail(error.message);
  throw error;
}

/** The first line of standard input, without its line ending (a password piped in or typed). */
export async function readFirstLine(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    if (chunks.some((part) => part.includes(0x0a))) break;
  }
  return firstLine(Buffer.concat(chunks).toString('utf8'));
}

export function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/** Lines of text in aligned columns, for listing in a terminal. */
export function columns(rows: string[][]): string[] {
  const widths = rows.reduce<number[]>((acc, row) => row.map((cell, i) => Math.max(acc[i] ?? 0, cell.length)), []);
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}
