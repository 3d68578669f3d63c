/** The raw environment, as loadConfig reads it. */
export type Env = Record<string, string | undefined>;

/** A whole number from the environment; a bad value is named in `problems` and the fallback used. */
export function integer(env: Env, key: string, fallback: number, problems: string[], min = 1, max = 1_000_000): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${key} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

export const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;
