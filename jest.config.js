/**
 * API tests boot the real app (compiled once per run by global-setup) and talk to it over HTTP;
 * pure rules have unit tests beside their code in __tests__/. DATABASE_CLIENT picks the database:
 * sqlite (default, a throwaway file per test file) or postgres (a throwaway database per file).
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/src/**/__tests__/**/*.test.ts'],
  setupFiles: ['<rootDir>/tests/helpers/test-env.ts'],
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  testTimeout: 120000,
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
