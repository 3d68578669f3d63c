import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database.module';

/** Applies pending migrations on a short-lived connection of its own; returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions({ url, poolMax: 1 })).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** True while the database lacks a migration this code expects. */
export async function hasPendingMigrations(url: string): Promise<boolean> {
  const dataSource = await new DataSource(dataSourceOptions({ url, poolMax: 1 })).initialize();
  try {
    return await dataSource.showMigrations();
  } finally {
    await dataSource.destroy();
  }
}
