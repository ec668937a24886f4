import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { SECRET_NAMES } from '../../scripts/secrets';

/**
 * Start-up as an operator runs it, in real processes: `npm start` is `node scripts/ensure-env.js`
 * (prestart) then `strapi start` (the app compiled by the test run's global setup). Nothing from
 * the test process's environment leaks in: each child gets only what is written here.
 */
const appDir = path.resolve(__dirname, '..', '..');
const SECRETS = SECRET_NAMES;

let dir: string;
let envFile: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-start-up-'));
  envFile = path.join(dir, '.env');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const baseEnv = () => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  ENV_PATH: envFile,
  DATABASE_FILENAME: path.join(dir, 'data.db'),
  PUBLIC_DIR: dir,
  SERVE_ADMIN_PANEL: 'false',
  HOST: '127.0.0.1',
  PORT: '1',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
});

const ensureEnv = (env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(appDir, 'scripts', 'ensure-env.js')], { cwd: appDir, env: { ...baseEnv(), ...env }, encoding: 'utf8' });

/** `strapi start` with a configuration that must stop it before it listens (PORT=1 would fail anyway). */
const start = (env: Record<string, string>) => {
  const result = spawnSync(process.execPath, [path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
    cwd: appDir,
    env: { ...baseEnv(), ...env },
    encoding: 'utf8',
    timeout: 60000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('secrets at start-up', () => {
  it('in production, prestart writes no .env and invents no secret', () => {
    const result = ensureEnv({ NODE_ENV: 'production' });
    expect(result.status).toBe(0);
    expect(fs.existsSync(envFile)).toBe(false);
    expect(result.stdout).toMatch(/production/);
  });

  it('in production, the app refuses to start without its secrets, listing every missing one', () => {
    const { status, output } = start({ NODE_ENV: 'production' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/missing secrets/);
    for (const name of SECRETS) expect(output).toContain(name);
    expect(fs.existsSync(envFile)).toBe(false);
  });

  it('in production, a .env generated for development does not start the app', () => {
    expect(ensureEnv({ NODE_ENV: 'development' }).status).toBe(0);
    const { status, output } = start({ NODE_ENV: 'production' });
    expect(status).not.toBe(0);
    expect(output).toContain(`secrets generated for development (a .env written by scripts/ensure-env.js): ${SECRETS.join(', ')}`);
  });

  it('in development, prestart creates .env with every secret on first run, and keeps it afterwards', () => {
    const first = ensureEnv({ NODE_ENV: 'development' });
    expect(first.status).toBe(0);
    const written = fs.readFileSync(envFile, 'utf8');
    for (const name of SECRETS) expect(written).toMatch(new RegExp(`^${name}=\\S{20,}`, 'm'));
    expect(fs.statSync(envFile).mode & 0o777).toBe(0o600);

    expect(ensureEnv({ NODE_ENV: 'development' }).status).toBe(0);
    expect(fs.readFileSync(envFile, 'utf8')).toBe(written);
  });

  it('with no NODE_ENV (development for Strapi), prestart generates .env too', () => {
    expect(ensureEnv({}).status).toBe(0);
    expect(fs.readFileSync(envFile, 'utf8')).toMatch(/^JWT_SECRET=\S{20,}/m);
  });

  it('in development, a .env that lacks a secret is completed, the others kept', () => {
    fs.writeFileSync(envFile, 'PORT=1400\nJWT_SECRET=mine\nADMIN_JWT_SECRET=tobemodified\n');
    expect(ensureEnv({ NODE_ENV: 'development' }).status).toBe(0);
    const text = fs.readFileSync(envFile, 'utf8');
    expect(text).toMatch(/^PORT=1400$/m);
    expect(text).toMatch(/^JWT_SECRET=mine$/m);
    expect(text).toMatch(/^ADMIN_JWT_SECRET=dev-only-/m);
    expect(text).toMatch(/^APP_KEYS=dev-only-/m);
  });
});

describe('settings at start-up', () => {
  it('a malformed value stops start-up, naming every bad variable, its value and what is expected', () => {
    const secrets = Object.fromEntries(SECRETS.map((name) => [name, `${name.toLowerCase()}-0123456789abcdef`]));
    const { status, output } = start({ NODE_ENV: 'production', ...secrets, ARTICLE_CACHE_TTL_SECONDS: '60s', COMMENTS_MAX_DEPTH: 'three' });
    expect(status).not.toBe(0);
    expect(output).toContain('ARTICLE_CACHE_TTL_SECONDS="60s": expected a whole number of seconds, at least 1');
    expect(output).toContain('COMMENTS_MAX_DEPTH="three": expected a whole number, from 1 to 10');
  });
});
