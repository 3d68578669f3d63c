import type { DataSource } from 'typeorm';

export const PENDING_MIGRATIONS_MESSAGE = 'The database has pending migrations. Run `npm run cli -- migrate` first.';

/** True while the database lacks a migration this code expects. */
export function hasPendingMigrations(dataSource: DataSource): Promise<boolean> {
  return dataSource.showMigrations();
}
