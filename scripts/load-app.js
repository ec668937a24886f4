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

module.exports = { loadApp };
