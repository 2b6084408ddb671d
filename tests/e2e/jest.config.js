// End-to-end tests: the preview page built into dist/, served locally, driven in headless Chromium;
// and the runtime suite, the built functions inside Microsoft's custom-functions runtime there.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e', '<rootDir>/tests/runtime'],
  testMatch: ['**/*.test.ts'],
  // As in the unit config: tests that import the pane's planners resolve the core package to its
  // sources (its built exports are ESM only, which jest's CommonJS resolver cannot load).
  moduleNameMapper: {
    '^@collab-finance/core$': '<rootDir>/core/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  globalSetup: '<rootDir>/tests/e2e/globalSetup.ts',
  // A cold production build on a busy two-core machine takes over a minute; the browser is quick.
  testTimeout: 120_000,
};
