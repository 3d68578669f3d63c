import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres } from '#libs/core';
import { buildOnce } from '../support/build-once';

/**
 * The command line as an operator runs it: the built CLI on the embedded database in a data
 * folder of its own (the hardest case: one process, one connection, migrations on start).
 */
const root = join(__dirname, '..', '..');
let dataDir: string;

function cli(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
    cwd: root,
    env: { ...inherited, DATA_DIR: dataDir, LOG_LEVEL: 'error', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  await buildOnce();
  dataDir = mkdtempSync(join(tmpdir(), 'leverage-cli-'));
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run cli', () => {
  it('migrates a new data folder', () => {
    const result = cli(['migrate']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/up to date: \d+ migration/);
  });

  it('creates an account with a password shown once, and refuses the same email twice', () => {
    const first = cli(['user:create', '--email', 'ops@leverage.test', '--role', 'admin']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Password \(shown once.*\): \S{10,}/);
    const again = cli(['user:create', '--email', 'ops@leverage.test', '--role', 'admin']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
  });

  it('creates a token shown once', () => {
    const result = cli(['token:create', '--email', 'ops@leverage.test', '--scope', 'write']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/lev_[\w-]{20,}/);
  });

  it('imports companies with a report of rejected rows, and a re-run adds nothing', () => {
    const file = join(dataDir, 'companies.csv');
    writeFileSync(file, 'slug,name,kind,country\nbeltelecom,Beltelecom,telecom_operator,BY\nbad-row,Bad Row,bank,XX\n');
    const first = cli(['import', 'companies', file]);
    expect(first.code).toBe(1);
    expect(`${first.out}${first.err}`).toMatch(/bad-row/);
    const second = cli(['import', 'companies', file]);
    expect(`${second.out}${second.err}`).toMatch(/unchanged/i);
    expect(`${second.out}${second.err}`).not.toMatch(/1 created/i);
  });

  it('verifies the audit trail', () => {
    const result = cli(['audit:verify']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/intact: \d+ rows/);
  });

  it('refuses a data folder another process has open', async () => {
    const holder = await EmbeddedPostgres.start(dataDir);
    try {
      const result = cli(['audit:verify']);
      expect(result.code).toBe(1);
      expect(result.err).toContain(`in use by process ${process.pid}`);
    } finally {
      await holder.stop();
    }
  });

  it('exports the scorecards with their inputs, and verify computes them again: none differs, then a changed weight and a changed input are named', () => {
    expect(cli(['seed:demo']).code).toBe(0);
    const dir = join(dataDir, 'export');
    const exported = cli(['export', dir, '--format', 'json']);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/Wrote \d+ scorecard snapshots with their inputs to /);
    const verified = cli(['verify', dir]);
    expect(verified.err).toBe('');
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/Computed \d+ snapshots of \d+ companies again \(methods 1\.0\.0\): 0 mismatches\./);

    const copy = join(dataDir, 'tampered');
    cpSync(dir, copy, { recursive: true });
    const yaml = join(copy, 'methodologies', '1.0.0.yaml');
    writeFileSync(
      yaml,
      readFileSync(yaml, 'utf8').replace('    data_infrastructure: 0.6', '    data_infrastructure: 0.9'),
    );
    const weight = cli(['verify', copy]);
    expect(weight.code).toBe(1);
    expect(weight.err).toMatch(/^Mismatch: supermicro snapshot 1: recorded [A-F] [0-9.]+, computed /m);

    const file = join(copy, 'scorecards.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"confidence":"single_source"', '"confidence":"confirmed"'));
    const input = cli(['verify', copy]);
    expect(input.code).toBe(1);
    expect(input.err).toMatch(/the inputs do not hash to [0-9a-f]{64}/);
    expect(cli(['verify', join(dataDir, 'nowhere')])).toMatchObject({ code: 2, err: expect.stringContaining('No ') });
  });

  it('stops on a bad variable with one line naming it', () => {
    const result = cli(['migrate'], { PORT: 'eighty' });
    expect(result.code).toBe(78);
    expect(result.err.trim().split('\n')).toEqual([expect.stringContaining('PORT')]);
  });
});
