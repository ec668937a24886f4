'use strict';
/**
 * Loads the app for a command-line task (no HTTP server): the built app (npm run build) as it is,
 * since compiling would empty dist/, admin panel included, under a running server; compiled only
 * when nothing was built yet. The caller destroys it.
 */
const fs = require('fs');
const path = require('path');

const appDir = path.resolve(__dirname, '..');

const loadApp = async () => {
  require('./ensure-env.js').ensureEnv();
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const built = fs.existsSync(path.join(appDir, 'dist', 'src', 'index.js'));
  const distDir = built ? path.join(appDir, 'dist') : (await compileStrapi({ appDir })).distDir;
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'error';
  return createStrapi({ appDir, distDir, serveAdminPanel: false }).load();
};

/**
 * Runs a command-line task with the app loaded: `task(strapi)` prints what it did; a thrown error
 * is printed as `<failure>: <message>` and the process ends with 1. The app is destroyed either way.
 */
const runTask = (failure, task) => {
  const main = async () => {
    const strapi = await loadApp();
    let code = 0;
    try {
      await task(strapi);
    } catch (error) {
      console.error(`${failure}: ${error.message}`);
      code = 1;
    } finally {
      await strapi.destroy();
    }
    process.exit(code);
  };
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
};

module.exports = { loadApp, runTask };
