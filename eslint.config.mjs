// Flat config: strict type-aware rules everywhere; core/ may not touch Office, Excel or the DOM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test-output/', '.certs/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'Excel', 'CustomFunctions', 'window', 'document'],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/addin/**', 'office-*', '@microsoft/*'], message: 'core/ knows nothing of Office or the add-in.' }] },
      ],
    },
  },
);
