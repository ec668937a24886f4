#!/usr/bin/env node
/**
 * The real-browser journeys: builds the app (admin panel included) unless --no-build, then runs
 * the jest "browser" project, which starts the built app as a real server and drives Debian's
 * Chromium (CHROMIUM_PATH, default /usr/bin/chromium) with playwright-core. Screenshots of each
 * journey's steps land in tests/artifacts/. Extra arguments go to jest.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(`Chromium is not at ${chromium}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
const run = (command, commandArgs, env = {}) =>
  spawnSync(process.execPath, [command, ...commandArgs], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (!args.includes('--no-build')) {
  require('./ensure-env.js').ensureEnv();
  const built = run(path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), ['build']);
  if (built !== 0) process.exit(built);
}
const jestArgs = args.filter((arg) => arg !== '--no-build');
process.exit(run(path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ['--runInBand', '--forceExit', '--selectProjects', 'browser', ...jestArgs]));
