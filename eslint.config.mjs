// Flat config: typescript-eslint's strict rules everywhere; core/ may not touch Office, Excel or the DOM.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test-output/', '.certs/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
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
            {
              group: ['**/addin/**', 'office-*', '@microsoft/*'],
              message: 'core/ knows nothing of Office or the add-in.',
            },
          ],
        },
      ],
    },
  },
);
