import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const secret = 'x'.repeat(40);

describe('loadConfig', () => {
  it('gives the documented defaults and keeps embedded secrets in DATA_DIR', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leverage-config-'));
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      dataDir: dir,
      publicUrl: 'http://localhost:3000',
      logLevel: 'info',
      smtpUrl: null,
    });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const again = loadConfig({ DATA_DIR: dir });
    expect(again.sessionSecret).toBe(config.sessionSecret);
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')).hmacSecret).toBe(config.hmacSecret);
  });

  it('names every bad variable at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'loud',
        PUBLIC_URL: 'not a url',
        SMTP_URL: 'http://mail',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.problems.join('\n');
    for (const key of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'PUBLIC_URL', 'SMTP_URL']) expect(text).toContain(key);
  });

  it('requires real secrets in production', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/leverage' })).toThrow(/SESSION_SECRET/);
    const config = loadConfig({
      DATABASE_URL: 'postgres://db/leverage',
      SESSION_SECRET: secret,
      HMAC_SECRET: secret,
      PUBLIC_URL: 'https://leverage.example.org/',
    });
    expect(config.publicUrl).toBe('https://leverage.example.org');
    expect(config.mailDomain).toBe('leverage.example.org');
    expect(config.mailFrom).toBe('Leverage <noreply@leverage.example.org>');
  });
});

describe('loadConfig: mail', () => {
  const production = { DATABASE_URL: 'postgres://db/leverage', SESSION_SECRET: secret, HMAC_SECRET: secret };
  const pem = generateKeyPairSync('rsa', { modulusLength: 1024 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();

  function problemsOf(env: Record<string, string>): string {
    try {
      loadConfig({ ...production, ...env });
    } catch (error) {
      return (error as ConfigError).problems.join('\n');
    }
    return '';
  }

  it('has the receiver off, 10 MiB, no DKIM and 20 a minute per domain by default', () => {
    expect(loadConfig(production)).toMatchObject({
      inboundSmtpPort: null,
      inboundSmtpHost: '0.0.0.0',
      inboundMaxBytes: 10 * 1024 * 1024,
      dkim: null,
      mailRatePerDomainPerMinute: 20,
    });
    const dir = mkdtempSync(join(tmpdir(), 'leverage-config-'));
    expect(loadConfig({ DATA_DIR: dir }).inboundSmtpHost).toBe('127.0.0.1');
  });

  it('takes a receiver port (0 = any free port), host, size and rate', () => {
    const config = loadConfig({
      ...production,
      INBOUND_SMTP_PORT: '0',
      INBOUND_SMTP_HOST: '::1',
      INBOUND_MAX_BYTES: '2048',
      MAIL_RATE_PER_DOMAIN_PER_MINUTE: '5',
    });
    expect(config).toMatchObject({
      inboundSmtpPort: 0,
      inboundSmtpHost: '::1',
      inboundMaxBytes: 2048,
      mailRatePerDomainPerMinute: 5,
    });
    expect(loadConfig({ ...production, INBOUND_SMTP_PORT: '2525' }).inboundSmtpPort).toBe(2525);
  });

  it('names bad mail variables', () => {
    const text = problemsOf({
      INBOUND_SMTP_PORT: '70000',
      INBOUND_SMTP_HOST: 'not a host',
      INBOUND_MAX_BYTES: 'lots',
      MAIL_RATE_PER_DOMAIN_PER_MINUTE: '0',
    });
    for (const key of [
      'INBOUND_SMTP_PORT',
      'INBOUND_SMTP_HOST',
      'INBOUND_MAX_BYTES',
      'MAIL_RATE_PER_DOMAIN_PER_MINUTE',
    ])
      expect(text).toContain(key);
  });

  it('signs with DKIM only when domain, selector and key are all given', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'leverage-dkim-')), 'dkim.pem');
    writeFileSync(file, pem);
    const fromFile = loadConfig({
      ...production,
      DKIM_DOMAIN: 'Leverage.Example.org',
      DKIM_SELECTOR: 'lev2026',
      DKIM_PRIVATE_KEY_FILE: file,
    });
    expect(fromFile.dkim).toEqual({ domainName: 'leverage.example.org', keySelector: 'lev2026', privateKey: pem });
    const inline = loadConfig({
      ...production,
      DKIM_DOMAIN: 'leverage.example.org',
      DKIM_SELECTOR: 'lev2026',
      DKIM_PRIVATE_KEY: pem.replace(/\n/g, '\\n'),
    });
    expect(inline.dkim?.privateKey).toBe(pem);

    expect(problemsOf({ DKIM_DOMAIN: 'leverage.example.org' })).toMatch(
      /missing: DKIM_SELECTOR, DKIM_PRIVATE_KEY \(or DKIM_PRIVATE_KEY_FILE\)/,
    );
    expect(problemsOf({ DKIM_SELECTOR: 'lev', DKIM_PRIVATE_KEY: pem })).toMatch(/missing: DKIM_DOMAIN$/);
    expect(
      problemsOf({ DKIM_DOMAIN: 'a.org', DKIM_SELECTOR: 'lev', DKIM_PRIVATE_KEY_FILE: '/nonexistent/dkim.pem' }),
    ).toMatch(/DKIM_PRIVATE_KEY_FILE could not be read \(ENOENT\)/);
    expect(problemsOf({ DKIM_DOMAIN: 'a.org', DKIM_SELECTOR: 'lev', DKIM_PRIVATE_KEY: 'not a key' })).toContain(
      'DKIM_PRIVATE_KEY is not a PEM private key',
    );
    expect(
      problemsOf({ DKIM_DOMAIN: 'a.org', DKIM_SELECTOR: 'lev', DKIM_PRIVATE_KEY: pem, DKIM_PRIVATE_KEY_FILE: file }),
    ).toContain('both set');
  });
});
