#!/usr/bin/env node
/**
 * The production-shape tests (tests/scale): two instances of the built app on one PostgreSQL
 * database and one Redis, behind nginx (deploy/nginx/nginx.conf); PostgreSQL restarted under
 * load, SIGTERM with a request in flight, Redis going away. Needs PostgreSQL at
 * TEST_POSTGRES_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres), Redis at
 * TEST_REDIS_URL (default redis://127.0.0.1:6379), and Debian's postgresql, redis-server and
 * nginx binaries (the fault tests run their own PostgreSQL and Redis). Unreachable services fail
 * the run; nothing is skipped. Extra arguments go to jest.
 */
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const jest = path.join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
// --forceExit: the servers' kept-alive sockets from fetch() can outlive the test files.
const result = spawnSync(process.execPath, [jest, '--runInBand', '--forceExit', '--selectProjects', 'scale', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_CLIENT: 'postgres', PATH: `${process.env.PATH}:/usr/sbin` },
});
process.exit(result.status ?? 1);
