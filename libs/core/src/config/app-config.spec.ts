import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const secret = 'x'.repeat(40);

describe('loadConfig', () => {
  it('gives the documented defaults and keeps embedded secrets in DATA_DIR', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leverage-config-'));
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, dataDir: dir, publicUrl: 'http://localhost:3000', logLevel: 'info', smtpUrl: null });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const again = loadConfig({ DATA_DIR: dir });
    expect(again.sessionSecret).toBe(config.sessionSecret);
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')).hmacSecret).toBe(config.hmacSecret);
  });

  it('names every bad variable at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', PUBLIC_URL: 'not a url', SMTP_URL: 'http://mail' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.problems.join('\n');
    for (const key of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'PUBLIC_URL', 'SMTP_URL']) expect(text).toContain(key);
  });

  it('requires real secrets in production', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/leverage' })).toThrow(/SESSION_SECRET/);
    const config = loadConfig({ DATABASE_URL: 'postgres://db/leverage', SESSION_SECRET: secret, HMAC_SECRET: secret, PUBLIC_URL: 'https://leverage.example.org/' });
    expect(config.publicUrl).toBe('https://leverage.example.org');
    expect(config.mailDomain).toBe('leverage.example.org');
    expect(config.mailFrom).toBe('Leverage <noreply@leverage.example.org>');
  });
});
