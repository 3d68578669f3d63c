import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * `tsc -p tsconfig.build.json` for the e2e tests that run the built apps, at most once at a time
 * and only when a source changed since the last build: two test files building into dist/ at
 * the same moment would each see the other's half-written files. A lock file in dist/ (holding
 * the builder's pid) serialises them across Jest's worker processes; a stamp records the newest
 * source the last build saw.
 */
const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const lockFile = join(dist, '.build-once.lock');
const stampFile = join(dist, '.build-once.stamp');
const LOCK_TIMEOUT_MS = 180_000;

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['apps', 'libs', 'migrations']) walk(join(root, dir));
  for (const file of ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'])
    newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

function fresh(): boolean {
  try {
    return Number(readFileSync(stampFile, 'utf8')) >= newestSource();
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function lock(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  const until = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(lockFile, 'utf8'));
    } catch {
      continue; // released meanwhile
    }
    if (holder > 0 && !alive(holder))
      rmSync(lockFile, { force: true }); // left by a process that died
    else if (Date.now() > until) throw new Error(`buildOnce: ${lockFile} is held by process ${holder}`);
    else await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function buildOnce(): Promise<void> {
  if (fresh()) return;
  await lock();
  try {
    if (fresh()) return; // built by whoever held the lock before us
    const sources = newestSource();
    const build = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
    writeFileSync(stampFile, String(sources));
  } finally {
    rmSync(lockFile, { force: true });
  }
}
