import secretList from './secrets.json';
import { declaration, type Settings } from './declaration';

export { declaration, type Settings, type SettingName } from './declaration';

type Source = Record<string, string | undefined>;

/** Development and test may run on secrets generated into .env; every other environment may not. */
export const generatesSecrets = (nodeEnv: string | undefined): boolean => secretList.generatedIn.includes(nodeEnv || 'development');

/** Rules between settings: a message when the combination cannot work. */
const combinations: Array<(values: Settings) => string | null> = [
  (v) => (v.UPLOAD_PROVIDER === 'aws-s3' && !v.UPLOAD_S3_BUCKET ? 'UPLOAD_PROVIDER=aws-s3 needs UPLOAD_S3_BUCKET' : null),
  (v) =>
    v.DATABASE_POOL_MIN > v.DATABASE_POOL_MAX
      ? `DATABASE_POOL_MIN=${v.DATABASE_POOL_MIN} is above DATABASE_POOL_MAX=${v.DATABASE_POOL_MAX}`
      : null,
  (v) => (v.MODERATION_EMAIL_ENABLED && v.MODERATION_EMAIL_TO.length === 0 ? 'MODERATION_EMAIL_ENABLED=true needs MODERATION_EMAIL_TO' : null),
];

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}, so the app does not start ` +
        `(README, "Configuration", lists every variable):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`
    );
    this.name = 'SettingsError';
  }
}

/**
 * Every declared variable read from `source` (the environment, which Strapi fills from .env),
 * checked and converted. An empty value counts as unset. Any problem stops here, with all of them
 * listed at once: a value that does not parse never becomes NaN or a silent default.
 */
export const readSettings = (source: Source = process.env): Settings => {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  const missingSecrets: string[] = [];
  const developmentSecrets: string[] = [];
  const production = !generatesSecrets(source.NODE_ENV);

  for (const [name, setting] of Object.entries(declaration)) {
    const raw = source[name]?.trim();
    if (raw === undefined || raw === '') {
      if ('secret' in setting && setting.secret && setting.fallback === '') missingSecrets.push(name);
      values[name] = setting.fallback;
      continue;
    }
    if ('secret' in setting && setting.secret) {
      if (raw === secretList.placeholder) missingSecrets.push(name);
      else if (production && raw.split(',').some((part) => part.trim().startsWith(secretList.developmentPrefix))) developmentSecrets.push(name);
      values[name] = raw;
      continue;
    }
    const parsed = setting.kind.schema.safeParse(raw);
    values[name] = parsed.success ? parsed.data : setting.fallback;
    if (!parsed.success) problems.push(`${name}=${JSON.stringify(source[name])}: expected ${setting.kind.expected}`);
  }

  if (missingSecrets.length > 0) {
    problems.push(
      `missing secrets: ${missingSecrets.join(', ')}. ` +
        (production
          ? 'Production never generates secrets: set them in the environment, the same on every instance.'
          : 'Run `npm run develop` once (it writes them into .env), or set them in the environment.')
    );
  }
  if (developmentSecrets.length > 0) {
    problems.push(
      `secrets generated for development (a .env written by scripts/ensure-env.js): ${developmentSecrets.join(', ')}. ` +
        'Production needs its own: set them in the environment, the same on every instance.'
    );
  }
  for (const check of combinations) {
    const problem = check(values as Settings);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return values as Settings;
};
