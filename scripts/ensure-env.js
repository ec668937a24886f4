#!/usr/bin/env node
/**
 * Development and test (npm run develop / build / start without NODE_ENV=production): on first
 * run, create .env from .env.example with random secrets, so a fresh clone starts with nothing to
 * configure. An existing .env is only completed (missing or placeholder secrets get a value),
 * never overwritten. Generated values are marked for development: production refuses them.
 *
 * Production (any other NODE_ENV) never generates a secret and writes nothing: the app's start-up
 * check (src/settings) lists every missing or invalid variable and stops.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { GENERATED_IN, PLACEHOLDER, SECRET_NAMES, generateSecrets } = require('./secrets');

/**
 * Required by other scripts (moderator:create, the browser tests) as a function, so that in
 * production it returns to them rather than ending their process; run as `node scripts/ensure-env.js` too.
 */
const ensureEnv = () => {
  const root = path.resolve(__dirname, '..');
  // Where Strapi reads it: ENV_PATH, or .env of the app.
  const envFile = process.env.ENV_PATH ? path.resolve(process.env.ENV_PATH) : path.join(root, '.env');
  const nodeEnv = process.env.NODE_ENV || 'development';

  if (!GENERATED_IN.includes(nodeEnv)) {
    console.log(`NODE_ENV=${nodeEnv}: no secret is generated and .env is left alone; start-up checks the environment.`);
    return;
  }

  const existed = fs.existsSync(envFile);
  let text = fs.readFileSync(existed ? envFile : path.join(root, '.env.example'), 'utf8');
  const generated = generateSecrets({ forDevelopment: true });
  const written = [];

  for (const name of SECRET_NAMES) {
    if (process.env[name]) continue; // set by the environment: leave .env alone
    const line = new RegExp(`^${name}=(.*)$`, 'm');
    const match = text.match(line);
    if (match && match[1].trim() && match[1].trim() !== PLACEHOLDER) continue;
    const value = `${name}=${generated[name]}`;
    text = match ? text.replace(line, value) : `${text.trimEnd()}\n${value}\n`;
    written.push(name);
  }

  // Nothing missing (every secret is set in the environment or in .env): leave the disk alone.
  if (written.length > 0) {
    fs.writeFileSync(envFile, text, { mode: 0o600 });
    console.log(`${existed ? 'Completed' : 'Created'} ${path.relative(root, envFile) || envFile} with random development values for: ${written.join(', ')}`);
  }
};

module.exports = { ensureEnv };
if (require.main === module) ensureEnv();
