export interface FieldDiff {
  field: string;
  before: string;
  after: string;
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Nested objects become dotted fields (`source.url`); a list of objects, one field per item (`sources.1.url`). */
function flatten(value: Record<string, unknown> | null, prefix = ''): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value ?? {})) {
    if (Array.isArray(inner) && inner.some((item) => item && typeof item === 'object')) {
      inner.forEach((item, index) => {
        const name = `${prefix}${key}.${index + 1}`;
        if (item && typeof item === 'object') Object.assign(flat, flatten(item as Record<string, unknown>, `${name}.`));
        else flat[name] = item;
      });
    } else if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      Object.assign(flat, flatten(inner as Record<string, unknown>, `${prefix}${key}.`));
    } else {
      flat[`${prefix}${key}`] = inner;
    }
  }
  return flat;
}

/** The fields that differ between two snapshots, in a stable order: a diff a person can read. */
export function diffSnapshots(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldDiff[] {
  const was = flatten(before);
  const is = flatten(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])].sort();
  return keys
    .map((field) => ({ field, before: show(was[field]), after: show(is[field]) }))
    .filter((change) => change.before !== change.after);
}
