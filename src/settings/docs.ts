import { declaration, GROUPS, type Setting } from './declaration';

/**
 * The README's configuration table and .env.example, rendered from the declaration so neither can
 * drift from what the app reads (tests/config/documentation.test.ts compares and can rewrite them).
 */
type AnySetting = Setting<unknown>;

const entries = (): Array<[string, AnySetting]> => Object.entries(declaration) as Array<[string, AnySetting]>;

const defaultText = (setting: AnySetting): string => {
  if (setting.fallbackText) return setting.fallbackText;
  if (setting.fallback === undefined || setting.fallback === '') return 'empty';
  if (Array.isArray(setting.fallback)) return setting.fallback.length ? `\`${setting.fallback.join(',')}\`` : 'none';
  return `\`${String(setting.fallback)}\``;
};

const cell = (value: string) => value.replace(/\|/g, '\\|');

export const renderReadmeTable = (): string =>
  GROUPS.map((group) => {
    const rows = entries()
      .filter(([, setting]) => setting.group === group)
      .map(([name, setting]) => `| \`${name}\` | ${cell(defaultText(setting))} | ${cell(setting.secret ? 'required' : setting.kind.expected)} | ${cell(setting.meaning)} |`);
    return [`**${group}**`, '', '| variable | default | accepts | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
  }).join('\n\n');

const exampleValue = (setting: AnySetting): string => {
  if (setting.fallback === undefined) return '';
  return Array.isArray(setting.fallback) ? setting.fallback.join(',') : String(setting.fallback);
};

export const renderEnvExample = (): string => {
  const lines = [
    '# Every variable the app reads, with its default: generated from src/settings/declaration.ts',
    '# (README, "Configuration"). `npm run develop` copies this file to .env and fills in the secrets',
    '# with development values; production sets every secret in the environment and never uses them.',
    '# An empty value counts as unset. Uncomment a line to change it.',
  ];
  for (const group of GROUPS) {
    lines.push('', `# --- ${group}`);
    for (const [name, setting] of entries().filter(([, s]) => s.group === group)) {
      lines.push(`# ${setting.meaning.replace(/`/g, '')}${setting.secret ? ' (required)' : ''}`);
      lines.push(setting.secret ? `${name}=` : `# ${name}=${exampleValue(setting)}`);
    }
  }
  return `${lines.join('\n')}\n`;
};
