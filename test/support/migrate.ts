import { DataSource } from 'typeorm';
import { migrations } from '../../migrations';

/** Applies the project's real migrations, exactly as `npm run cli -- migrate` does. */
export async function migrate(url: string, poolMax: number): Promise<void> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: poolMax },
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
