/** Escapes LIKE's wildcards so that a search for `50%` or `a_b` means those characters. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Trimmed text, or null when nothing is left. */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Free text as stored: trimmed, with the browsers' CRLF line ends made LF. */
export function descriptionText(value: string | null | undefined): string {
  return (value ?? '').replace(/\r\n?/g, '\n').trim();
}

/** Trimmed, without blanks, without repeats (case-insensitive) and without the name itself. */
export function normalizeAliases(aliases: readonly string[] | null | undefined, name: string): string[] {
  const seen = new Set<string>([name.trim().toLocaleLowerCase()]);
  const result: string[] = [];
  for (const alias of aliases ?? []) {
    const trimmed = alias.trim().replace(/\s+/g, ' ');
    const key = trimmed.toLocaleLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}

/** Aliases as typed in one field: one a line, or separated by `|` (the CSV form). */
export function splitAliases(value: string): string[] {
  return value
    .split(/[\r\n|]+/)
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
