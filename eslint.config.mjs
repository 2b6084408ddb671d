// Flat config: typescript-eslint's strict rules everywhere, with type information for the promise
// rules (an Office add-in is asynchronous throughout: a promise left floating is an error nobody sees).
// Layering: core/ may not touch Office, Excel or the DOM; the task pane reaches the workbook only
// through the port (and its shared helpers), never the Office, memory or formula implementations.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** An import rule naming what a folder may not reach, and why. */
const forbid = (groups, message) => ({ group: groups, message });

const IMPLEMENTATIONS = forbid(
  [
    '**/workbook/office',
    '**/workbook/office/**',
    '**/workbook/memory',
    '**/workbook/memory/**',
    '**/workbook/formula',
    '**/workbook/formula/**',
  ],
  'The task pane talks to the workbook only through workbook/port.ts (taskpane.ts and the preview page choose the implementation).',
);

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'core/dist/',
      'release/',
      'coverage/',
      'test-output/',
      '.certs/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      // Node scripts; the browser globals are for callbacks that Playwright runs inside the page.
      globals: { ...globals.node, ...globals.browser },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'Office',
        'Excel',
        'CustomFunctions',
        'window',
        'document',
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(
              ['**/addin/**', 'office-*', '@microsoft/*'],
              'core/ knows nothing of Office or the add-in.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['addin/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(
              ['**/core/src/**', '**/core/dist/**'],
              'The add-in uses the core as a package: import from @collab-finance/core.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['addin/taskpane/**/*.ts'],
    ignores: ['addin/taskpane/taskpane.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            IMPLEMENTATIONS,
            forbid(['**/core/src/**'], 'Import the core as @collab-finance/core.'),
          ],
        },
      ],
    },
  },
  {
    files: ['addin/functions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(
              ['**/workbook/**', '**/taskpane/**', '**/preview/**'],
              'The custom functions depend on the core alone.',
            ),
            forbid(['**/core/src/**'], 'Import the core as @collab-finance/core.'),
          ],
        },
      ],
    },
  },
  {
    files: ['addin/preview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(
              ['**/workbook/memory/*', '**/workbook/formula/**', '**/workbook/office/**'],
              'The preview page uses the in-memory workbook through its entry point, workbook/memory.',
            ),
            forbid(['**/core/src/**'], 'Import the core as @collab-finance/core.'),
          ],
        },
      ],
    },
  },
);
