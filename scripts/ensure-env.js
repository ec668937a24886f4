#!/usr/bin/env node
/**
 * First run: create .env from .env.example with random secrets, so `npm run develop` works on a
 * fresh clone with nothing to configure. An existing .env is only completed (missing or
 * placeholder secrets get a value), never overwritten. Production deployments set their secrets
 * in the environment; this script then has nothing to do.
 */
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const envFile = path.join(root, '.env');
const exampleFile = path.join(root, '.env.example');

const random = () => crypto.randomBytes(24).toString('base64');
const generators = {
  APP_KEYS: () => [random(), random(), random(), random()].join(','),
  API_TOKEN_SALT: random,
  ADMIN_JWT_SECRET: random,
  TRANSFER_TOKEN_SALT: random,
  JWT_SECRET: random,
  ENCRYPTION_KEY: random,
};

const existed = fs.existsSync(envFile);
let text = existed ? fs.readFileSync(envFile, 'utf8') : fs.readFileSync(exampleFile, 'utf8');
const written = [];

for (const [name, generate] of Object.entries(generators)) {
  if (process.env[name]) continue; // set by the environment: leave .env alone
  const line = new RegExp(`^${name}=(.*)$`, 'm');
  const match = text.match(line);
  if (match && match[1].trim() && !/tobemodified/i.test(match[1])) continue;
  const value = `${name}=${generate()}`;
  text = match ? text.replace(line, value) : `${text.trimEnd()}\n${value}\n`;
  written.push(name);
}

// Nothing missing (every secret is set in the environment or in .env): leave the disk alone.
if (written.length > 0) {
  fs.writeFileSync(envFile, text, { mode: 0o600 });
  console.log(`${existed ? 'Completed' : 'Created'} .env with random values for: ${written.join(', ')}`);
}
