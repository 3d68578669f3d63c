// @ts-check
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Syntax-only lint (no type information) so that it stays fast; `tsc` does the type checking.
 * The layering rules live in .dependency-cruiser.cjs.
 */
export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', '.tmp/**'] },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      // Migrations list classes as `Function[]`; Nest metadata types need it too.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Nest modules are decorated empty classes.
      '@typescript-eslint/no-extraneous-class': 'off',
      // STYLE.md §1: a cycle means a missing lib or a missing event.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='forwardRef']",
          message: 'Do not use forwardRef: a cycle means a missing lib or a missing event (STYLE.md §1).',
        },
        {
          selector: "CallExpression[callee.name='forwardRef']",
          message: 'Do not use forwardRef: a cycle means a missing lib or a missing event (STYLE.md §1).',
        },
        {
          selector: "MemberExpression[property.name='forwardRef']",
          message: 'Do not use forwardRef: a cycle means a missing lib or a missing event (STYLE.md §1).',
        },
        {
          selector: ":matches(Property[key.name='synchronize'], Property[key.value='synchronize'])[value.value=true]",
          message: 'synchronize is never on: the schema changes only through migrations (STYLE.md §6).',
        },
      ],
    },
  },
  {
    // Command-line output is the point of these.
    files: ['apps/cli/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
);
