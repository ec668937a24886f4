#!/usr/bin/env node
/**
 * The test suite on PostgreSQL: every test file gets a throwaway database on the server at
 * TEST_POSTGRES_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres), created and dropped
 * by the run. An unreachable server fails the run; it is never skipped. Extra arguments go to jest.
 */
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const jest = path.join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
const result = spawnSync(process.execPath, [jest, '--maxWorkers=1', '--selectProjects', 'unit', 'api', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_CLIENT: 'postgres' },
});
process.exit(result.status ?? 1);
