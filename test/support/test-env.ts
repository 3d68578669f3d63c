/**
 * Which database the tests use. With DATABASE_URL (CI) a real PostgreSQL server: every test file
 * gets its own database cloned from a migrated template. Without it, an in-memory PGlite per file.
 */
export interface ServerTarget {
  /** The URL as given. */
  url: URL;
  /** Its database name, e.g. `leverage_test`. */
  name: string;
  /** The migrated template every test database is cloned from. */
  templateName: string;
  /** URL of the server's maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
}

/** null when no DATABASE_URL is set (embedded mode). Throws on anything that is not a test database. */
export function serverTarget(env: NodeJS.ProcessEnv = process.env): ServerTarget | null {
  const raw = env.DATABASE_URL;
  if (!raw) return null;
  const url = new URL(raw);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  // The suite creates and drops databases: never let it near one that is not obviously a test one.
  if (!name.includes('test')) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test" (DATABASE_URL).`);
  }
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Test database name "${name}" must be lower-case letters, digits and underscores.`);
  }
  return { url, name, templateName: `${name}_template`, adminUrl: urlFor(url, 'postgres') };
}

export function urlFor(base: URL, database: string): string {
  const url = new URL(base.toString());
  url.pathname = `/${database}`;
  return url.toString();
}

/** Double-quotes an identifier for SQL. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
