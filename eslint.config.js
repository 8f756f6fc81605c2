// Lint enforces the architecture (STYLE.md "A pure core, thin edges"): the calendar reader and the
// core are pure — no node:* modules, no storage, CLI, server, ingestion or web imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const edges = ['**/storage/**', '**/cli/**', '**/server/**', '**/ingest/**', '**/web/**'];
const io = ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3', 'pg', 'kysely'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // With noUncheckedIndexedAccess, `xs[i]!` after a bounds check is the normal idiom.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/calendar/**/*.ts', 'src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: edges, message: 'The pure core must not import the edges (STYLE.md).' },
            { group: io, message: 'The pure core does no I/O: pass data in (STYLE.md).' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Config comes in through loadConfig; the core is pure.' },
      ],
    },
  },
  {
    files: ['src/calendar/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...edges, '**/core/**'], message: 'The calendar reader stands alone.' },
            { group: io, message: 'The calendar reader does no I/O (STYLE.md).' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', URL: 'readonly', console: 'readonly' },
    },
  },
);
