/**
 * Jest 30 projects: `unit` (pure logic, specs beside the code), `medium` (services on a real
 * database, test/medium/<area>/), `e2e` (boots the app, calls it over HTTP) and `browser`
 * (Playwright + Chromium). The database projects share one global setup: Jest runs it once.
 * Jest honours `testTimeout` only globally, so the slower projects set theirs in jest-timeout.ts.
 * Run through the npm scripts: Nest 12 is ESM-only, so Jest needs `node --experimental-vm-modules`
 * to `require()` it.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

// The same SWC settings as the build (.swcrc): legacy decorators with metadata for Nest's
// injection, class names kept for TypeORM and Nest. Specs compile to CommonJS like the product.
const swcrc = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;
const swcOptions = { ...swcrc, swcrc: false, module: { type: 'commonjs' } };

/** @type {import('jest').Config} */
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', swcOptions] },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '<rootDir>/data/', '<rootDir>/coverage/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // The package.json `imports` aliases, pointed at the sources (their `default` is the built output).
  moduleNameMapper: {
    '^#libs/(.*)$': '<rootDir>/libs/$1/index.ts',
    '^#migrations$': '<rootDir>/migrations/index.ts',
  },
  watchPathIgnorePatterns: ['<rootDir>/data/'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'],
    },
    {
      // Medium tests (STYLE.md §9): real services and repositories on a fresh migrated database.
      ...base,
      displayName: 'medium',
      testMatch: ['<rootDir>/test/medium/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-timeout.ts'],
      slowTestThreshold: 15,
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-timeout.ts'],
      slowTestThreshold: 15,
    },
    {
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-timeout.ts'],
      slowTestThreshold: 20,
    },
  ],
};
