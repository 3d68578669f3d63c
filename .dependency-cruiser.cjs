/**
 * Module boundaries (STYLE.md §1). Run with `npm run lint:deps`.
 *
 * Layout: apps/<app> are thin shells; libs/<area> hold the behaviour and export only through
 * libs/<area>/index.ts; libs/core is the innermost ring; migrations/ stand alone.
 * test/ and bench/ are not cruised: they may import anything.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle means a missing lib or a missing event (STYLE.md §1). Break it instead of reaching for forwardRef.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-innermost',
      severity: 'error',
      comment: 'libs/core is the innermost ring: it must not depend on another area or on an app.',
      from: { path: '^libs/core/' },
      to: { path: ['^libs/(?!core/)', '^apps/'] },
    },
    {
      name: 'libs-not-to-apps',
      severity: 'error',
      comment: 'Dependencies point inward: a lib never imports from an app (transport layer).',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'libs-through-index-only',
      severity: 'error',
      comment:
        'A lib exports only through its index.ts: import `libs/<area>` (its index.ts), never `libs/<area>/src/...`.',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/', pathNot: ['^libs/$1/', '^libs/[^/]+/index\\.ts$'] },
    },
    {
      name: 'libs-through-alias',
      severity: 'error',
      comment:
        'Another lib is imported through its alias `#libs/<name>` (package.json `imports`), never by a relative path such as ../../../libs/<name>.',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: '^libs/$1/', dependencyTypesNot: ['aliased'] },
    },
    {
      name: 'apps-to-libs-through-alias',
      severity: 'error',
      comment: 'An app imports a lib through its alias `#libs/<name>`, never by a relative path.',
      from: { path: '^apps/' },
      to: { path: '^libs/', dependencyTypesNot: ['aliased'] },
    },
    {
      name: 'apps-not-to-other-apps',
      severity: 'error',
      comment: 'Apps are independent shells; shared behaviour belongs in a lib.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'apps-to-libs-through-index',
      severity: 'warn',
      comment:
        'Apps should also use a lib through its index.ts (STYLE.md §1: a lib exports only through its index.ts).',
      from: { path: '^apps/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^libs/[^/]+/', pathNot: '^libs/[^/]+/index\\.ts$' },
    },
    {
      name: 'migrations-stand-alone',
      severity: 'error',
      comment:
        'Migrations are frozen history: they must not import entities or code from apps or libs (which will change), only typeorm.',
      from: { path: '^migrations/' },
      to: { path: '^(apps|libs|test|bench)/' },
    },
    {
      name: 'migrations-only-typeorm',
      severity: 'error',
      comment: 'The only package a migration may import is typeorm.',
      from: { path: '^migrations/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '(^|/)node_modules/typeorm/',
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'This import does not resolve to a file or an installed package.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-spec',
      severity: 'error',
      comment: 'Product code must not import from a spec file.',
      from: { pathNot: '\\.(spec|e2e-spec|browser-spec)\\.ts$' },
      to: { path: '\\.(spec|e2e-spec|browser-spec)\\.ts$' },
    },
    {
      name: 'not-to-dev-dep',
      severity: 'error',
      comment:
        'Product code must not import a devDependency: it is not installed in production. (Specs may; type-only imports are erased.)',
      from: { path: '^(apps|libs|migrations)/', pathNot: '\\.spec\\.ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'], pathNot: '(^|/)node_modules/@types/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
