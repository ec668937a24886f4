/**
 * Three projects: unit and api run by `npm test`; browser by `npm run test:browser`. unit: pure rules, tested beside their code in __tests__/. api: tests that boot
 * the real app (compiled once per run by global-setup) and talk to it over HTTP. DATABASE_CLIENT
 * picks the database for api tests: sqlite (default, a throwaway file per test file) or postgres
 * (a throwaway database per test file).
 */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // `feed` ships only ES modules, which jest's CommonJS runtime cannot require on Node 20 (Node
  // itself can, so the app does): compile it like our own files.
  transformIgnorePatterns: ['/node_modules/(?!feed/)'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

module.exports = {
  testTimeout: 120000,
  // Each api test file boots a whole Strapi; one process running them all in turn kept what jest's
  // module registries hold of each and ran out of heap. `npm test` runs one worker at a time
  // (--maxWorkers=1, not --runInBand), and a worker above this after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '1GB',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'api',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/tests/browser/', '<rootDir>/tests/scale/'],
      setupFiles: ['<rootDir>/tests/helpers/test-env.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
    },
    // Several instances, PostgreSQL, Redis, nginx and faults: run by `npm run test:postgres`
    // (they need those servers; `npm test` needs none).
    {
      ...shared,
      displayName: 'scale',
      testMatch: ['<rootDir>/tests/scale/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/helpers/test-env.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
    },
    // Real-browser journeys against the built app (npm run test:browser builds it first).
    { ...shared, displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.test.ts'] },
  ],
};
