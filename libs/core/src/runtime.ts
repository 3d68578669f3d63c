import type { AppConfig } from './config/app-config';
import { EmbeddedPostgres } from './database/embedded-postgres';

export interface DatabaseRuntime {
  url: string;
  poolMax: number;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Starts what the process needs before Nest can connect: the embedded database when no
 * DATABASE_URL is given. Stopped after the Nest app has closed its pools.
 */
export async function startDatabase(config: AppConfig): Promise<DatabaseRuntime> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, poolMax: 10, embedded: false, stop: async () => undefined };
  }
  const embedded = await EmbeddedPostgres.start(config.dataDir);
  return { url: embedded.url, poolMax: 1, embedded: true, stop: () => embedded.stop() };
}
