// Unit, property and adapter tests. The browser tests (end-to-end and the runtime suite, both on the
// built dist/) have their own config.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', '<rootDir>/tests/runtime/'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { warnOnly: false } },
    ],
  },
  collectCoverageFrom: ['core/src/**/*.ts', 'addin/**/*.ts', '!addin/**/*.d.ts'],
  coverageThreshold: {
    './core/src/': { lines: 95, branches: 95, functions: 95, statements: 95 },
  },
  coverageReporters: ['text-summary', 'lcov'],
};
