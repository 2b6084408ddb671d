// Unit, property and adapter tests. The browser tests (end-to-end and the runtime suite, both on the
// built dist/) have their own config, tests/e2e/jest.config.js.
// ts-jest only strips types here (tsconfig has isolatedModules): type errors are `npm run typecheck`'s.
// The add-in imports the core package by name; tests resolve that name to the core's sources, so a
// test and the add-in share one copy of the core (one CollabError class) and coverage counts the
// sources. tests/build/corePackage.test.ts checks the built package as a consumer imports it.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Every source folder is a root, so coverage also counts files that no test imports.
  roots: ['<rootDir>/tests', '<rootDir>/core/src', '<rootDir>/addin', '<rootDir>/scripts'],
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', '<rootDir>/tests/runtime/'],
  moduleNameMapper: {
    '^@collab-finance/core$': '<rootDir>/core/src/index.ts',
    // The core's ESM imports name their .js outputs; under jest they are the .ts sources.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  collectCoverageFrom: ['core/src/**/*.ts', 'addin/**/*.ts', '!addin/**/*.d.ts'],
  coverageThreshold: {
    './core/src/': { lines: 95, branches: 95, functions: 95, statements: 95 },
  },
  coverageReporters: ['text-summary', 'lcov'],
};
