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

const CORE_AS_PACKAGE = forbid(
  ['**/core/src/**', '**/core/dist/**'],
  'The add-in uses the core as a package: import from @collab-finance/core.',
);

/** The import rule of one add-in layer: the core as a package, plus what that layer may not reach. */
const layer = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns: [CORE_AS_PACKAGE, ...patterns] }] },
});

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
  // Each add-in folder may use the core only as a package; flat config keeps the last rule that
  // matches a file, so each layer lists that pattern with its own.
  layer(['addin/**/*.ts'], []),
  layer(['addin/taskpane/**/*.ts'], [IMPLEMENTATIONS], ['addin/taskpane/taskpane.ts']),
  layer(
    ['addin/functions/**/*.ts'],
    [
      forbid(
        ['**/workbook/**', '**/taskpane/**', '**/preview/**'],
        'The custom functions depend on the core alone.',
      ),
    ],
  ),
  layer(
    ['addin/preview/**/*.ts'],
    [
      forbid(
        ['**/workbook/memory/*', '**/workbook/formula/**', '**/workbook/office/**'],
        'The preview page uses the in-memory workbook through its entry point, workbook/memory.',
      ),
    ],
  ),
);
