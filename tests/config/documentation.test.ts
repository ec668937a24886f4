import fs from 'fs';
import path from 'path';
import { declaration } from '../../src/settings';
import { renderEnvExample, renderReadmeTable } from '../../src/settings/docs';

/**
 * One source of truth for configuration: src/settings/declaration.ts. The README's table and
 * .env.example are rendered from it (UPDATE_SETTINGS_DOCS=1 rewrites them), and the code is
 * scanned for environment variables read anywhere.
 *
 * Scope: TypeScript and JavaScript under src/, config/, scripts/, bench/ and tests/. What the app
 * reads (src/, config/, and the scripts an operator runs) must be declared; what only the tests,
 * their runners (scripts/test-*.js) and the benchmark read is listed in the README's Tests table.
 * Variables of the system (PATH, HOME) and Strapi's own, which tests only set, are out of scope.
 */
const appDir = path.resolve(__dirname, '..', '..');
const README = path.join(appDir, 'README.md');
const ENV_EXAMPLE = path.join(appDir, '.env.example');
const SYSTEM = new Set(['PATH', 'HOME']);
const declared = Object.keys(declaration);

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(path.join(appDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'results', 'artifacts'].includes(entry.name) ? [] : filesUnder(relative);
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });

const isTestTooling = (file: string) => /^(tests|bench)\//.test(file) || /^scripts\/test-/.test(file);
const files = ['src', 'config', 'scripts', 'bench', 'tests'].flatMap(filesUnder);

/** process.env.name, process.env['name'], and Strapi's env('name') / env.int('name') helpers. */
const RAW_READ = /process\.env\.([A-Z][A-Z0-9_]*)|process\.env\[\s*'([A-Z][A-Z0-9_]*)'\s*\]|\benv(?:\.\w+)?\(\s*'([A-Z][A-Z0-9_]*)'/g;

const rawReads = (file: string): string[] =>
  [...fs.readFileSync(path.join(appDir, file), 'utf8').matchAll(RAW_READ)].map((match) => match[1] ?? match[2] ?? match[3]).filter((name) => !SYSTEM.has(name));

const section = (text: string, start: string, end: string): string => {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${start} ... ${end}`);
  return text.slice(from + start.length, to).trim();
};

const SETTINGS_START = '<!-- settings: generated from src/settings/declaration.ts -->';
const SETTINGS_END = '<!-- /settings -->';
const TESTS_START = '<!-- test variables -->';
const TESTS_END = '<!-- /test variables -->';

describe('configuration documentation', () => {
  if (process.env.UPDATE_SETTINGS_DOCS) {
    const readme = fs.readFileSync(README, 'utf8');
    const from = readme.indexOf(SETTINGS_START) + SETTINGS_START.length;
    fs.writeFileSync(README, `${readme.slice(0, from)}\n\n${renderReadmeTable()}\n\n${readme.slice(readme.indexOf(SETTINGS_END))}`);
    fs.writeFileSync(ENV_EXAMPLE, renderEnvExample());
  }

  it("the README's configuration table is the declaration", () => {
    expect(section(fs.readFileSync(README, 'utf8'), SETTINGS_START, SETTINGS_END)).toBe(renderReadmeTable());
  });

  it('.env.example is the declaration', () => {
    expect(fs.readFileSync(ENV_EXAMPLE, 'utf8')).toBe(renderEnvExample());
  });

  it('every variable the app reads is declared', () => {
    const undeclared = files
      .filter((file) => !isTestTooling(file))
      .flatMap((file) => rawReads(file).filter((name) => !declared.includes(name)).map((name) => `${name} (${file})`));
    expect(undeclared).toEqual([]);
  });

  it('nothing destructures the environment (the scan above would not see those reads)', () => {
    const destructuring = files.filter((file) => /\}\s*=\s*process\.env\b/.test(fs.readFileSync(path.join(appDir, file), 'utf8')));
    expect(destructuring).toEqual([]);
  });

  it('config/ and the app read the environment only through the declaration', () => {
    const raw = files
      .filter((file) => (file.startsWith('config/') || file.startsWith('src/')) && !file.startsWith('src/settings/'))
      .flatMap((file) => rawReads(file).map((name) => `${name} (${file})`));
    expect(raw).toEqual([]);
  });

  it('every declared variable is read', () => {
    const appText = files
      .filter((file) => !isTestTooling(file) && file !== path.join('src', 'settings', 'declaration.ts'))
      .map((file) => fs.readFileSync(path.join(appDir, file), 'utf8'))
      .join('\n');
    // Through the settings (settings.name), raw in a script (process.env.name), or as a secret (secrets.json).
    const secrets = Object.keys(JSON.parse(fs.readFileSync(path.join(appDir, 'src', 'settings', 'secrets.json'), 'utf8')).secrets);
    const unread = declared.filter((name) => !secrets.includes(name) && !new RegExp(`\\.${name}\\b`).test(appText));
    expect(unread).toEqual([]);
    for (const name of secrets) expect(appText).toMatch(new RegExp(`settings\\.${name}\\b`));
  });

  it('the secrets are listed once, in src/settings/secrets.json, which every other place reads', () => {
    // TRANSFER_TOKEN_SALT is a name nothing uses but the list and the admin config.
    const self = path.relative(appDir, __filename);
    const spelled = files.filter((file) => file !== self && /TRANSFER_TOKEN_SALT/.test(fs.readFileSync(path.join(appDir, file), 'utf8')));
    expect(spelled).toEqual([path.join('config', 'admin.ts')]);
  });

  it("the README's Tests table lists exactly the variables only the tests and the benchmark read", () => {
    const table = section(fs.readFileSync(README, 'utf8'), TESTS_START, TESTS_END);
    const documented = new Set([...table.matchAll(/^\|([^|]*)\|/gm)].flatMap((row) => [...row[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1])));
    const read = new Set(files.filter(isTestTooling).flatMap(rawReads).filter((name) => !declared.includes(name)));
    expect([...documented].sort()).toEqual([...read].sort());
  });
});
