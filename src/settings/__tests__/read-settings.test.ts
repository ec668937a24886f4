import { generateSecrets } from '../../../scripts/secrets';
import { readSettings, SettingsError } from '..';

const secrets = generateSecrets();
const read = (env: Record<string, string>) => readSettings({ ...secrets, ...env });
const problemsOf = (env: Record<string, string | undefined>): string[] => {
  try {
    readSettings(env);
    return [];
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return error.problems;
  }
};

describe('readSettings', () => {
  it('gives the declared defaults when nothing is set', () => {
    const settings = read({});
    expect(settings).toMatchObject({
      PORT: 1337,
      ARTICLE_CACHE_TTL_SECONDS: 60,
      COMMENTS_MAX_DEPTH: 3,
      ARTICLE_CACHE: true,
      IS_PROXIED: false,
      MODERATION_EMAIL_TO: [],
      DATABASE_CLIENT: 'sqlite',
      SEED_DEMO: undefined,
      PUBLIC_URL: '',
    });
  });

  it.each([
    ['ARTICLE_CACHE_TTL_SECONDS', '120', 120],
    ['ARTICLE_CACHE_TTL_SECONDS', ' 30 ', 30],
    ['COMMENTS_MAX_DEPTH', '5', 5],
    ['ARTICLE_CACHE', 'false', false],
    ['ARTICLE_CACHE', '0', false],
    ['IS_PROXIED', 'TRUE', true],
    ['IS_PROXIED', '1', true],
    ['SEED_DEMO', 'false', false],
    ['DATABASE_CLIENT', 'postgres', 'postgres'],
    ['UPLOAD_PROVIDER', 'local', 'local'],
    ['PUBLIC_URL', 'https://cms.example.org', 'https://cms.example.org'],
    ['REDIS_URL', 'redis://127.0.0.1:6379', 'redis://127.0.0.1:6379'],
    ['REDIS_URL', '', ''],
    ['MODERATION_EMAIL_TO', 'desk@example.org, night@example.org', ['desk@example.org', 'night@example.org']],
    ['COMMENTS_DUPLICATE_WINDOW_MINUTES', '0', 0],
  ])('reads %s=%j as %j', (name, value, expected) => {
    expect(read({ [name]: value })[name as keyof ReturnType<typeof read>]).toEqual(expected);
  });

  it.each([
    ['ARTICLE_CACHE_TTL_SECONDS', '60s', 'a whole number of seconds, at least 1'],
    ['ARTICLE_CACHE_TTL_SECONDS', '0', 'at least 1'],
    ['ARTICLE_CACHE_TTL_SECONDS', '1.5', 'a whole number'],
    ['COMMENTS_MAX_DEPTH', 'three', 'a whole number, from 1 to 10'],
    ['COMMENTS_PAGE_SIZE', '1000', 'from 1 to 100'],
    ['PORT', '70000', 'from 1 to 65535'],
    ['RATE_LIMIT_COMMENTS', '-1', 'at least 1'],
    ['ARTICLE_CACHE', 'yes', '`true` or `false`'],
    ['IS_PROXIED', 'ture', '`true` or `false`'],
    ['DATABASE_CLIENT', 'mysql', 'one of `sqlite`, `postgres`'],
    ['UPLOAD_PROVIDER', 's3', 'one of `local`, `aws-s3`'],
    ['LOG_LEVEL', 'loud', 'one of `error`'],
    ['PUBLIC_URL', 'cms.example.org', 'an absolute http or https URL'],
    ['PUBLIC_URL', 'javascript:alert(1)', 'an absolute http or https URL'],
    ['REDIS_URL', 'http://redis:6379', 'redis or rediss'],
    ['DATABASE_URL', 'mysql://db/newsroom', 'postgres or postgresql'],
    ['MODERATION_EMAIL_TO', 'desk', 'e-mail addresses'],
    ['EMAIL_FROM', 'newsroom', 'an e-mail address'],
  ])('refuses %s=%j, naming the variable, the value and what is expected (%s)', (name, value, expected) => {
    const problems = problemsOf({ ...secrets, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${name}=${JSON.stringify(value)}`);
    expect(problems[0]).toContain(expected);
  });

  it('lists every bad value at once', () => {
    const problems = problemsOf({ ...secrets, ARTICLE_CACHE_TTL_SECONDS: '60s', COMMENTS_MAX_DEPTH: 'three', ARTICLE_CACHE: 'yes' });
    expect(problems.map((problem) => problem.split('=')[0])).toEqual(['COMMENTS_MAX_DEPTH', 'ARTICLE_CACHE', 'ARTICLE_CACHE_TTL_SECONDS']);
    expect(() => readSettings({ ...secrets, COMMENTS_MAX_DEPTH: 'three' })).toThrow(/COMMENTS_MAX_DEPTH="three": expected a whole number/);
  });

  it.each([
    [{ UPLOAD_PROVIDER: 'aws-s3' }, 'UPLOAD_PROVIDER=aws-s3 needs UPLOAD_S3_BUCKET'],
    [{ DATABASE_POOL_MIN: '5', DATABASE_POOL_MAX: '2' }, 'DATABASE_POOL_MIN=5 is above DATABASE_POOL_MAX=2'],
    [{ MODERATION_EMAIL_ENABLED: 'true' }, 'MODERATION_EMAIL_ENABLED=true needs MODERATION_EMAIL_TO'],
  ])('refuses settings that cannot work together: %j', (env, problem) => {
    expect(problemsOf({ ...secrets, ...env })).toEqual([problem]);
  });

  describe('secrets', () => {
    const names = Object.keys(secrets);

    it.each(['development', 'test', 'production'])('in %s, lists every missing secret at once', (NODE_ENV) => {
      const problems = problemsOf({ NODE_ENV });
      expect(problems).toHaveLength(1);
      for (const name of names) expect(problems[0]).toContain(name);
    });

    it('counts the .env.example placeholder as missing', () => {
      expect(problemsOf({ ...secrets, JWT_SECRET: 'tobemodified' })).toEqual([expect.stringContaining('missing secrets: JWT_SECRET')]);
    });

    it('refuses secrets generated for development in production, never printing them', () => {
      const generated = generateSecrets({ forDevelopment: true });
      expect(problemsOf({ ...generated, NODE_ENV: 'development' })).toEqual([]);
      const problems = problemsOf({ ...generated, NODE_ENV: 'production' });
      expect(problems).toEqual([expect.stringContaining(`secrets generated for development (a .env written by scripts/ensure-env.js): ${names.join(', ')}`)]);
      expect(problems[0]).not.toContain(generated.JWT_SECRET);
    });

    it('takes production secrets as they are', () => {
      expect(readSettings({ ...secrets, NODE_ENV: 'production' }).APP_KEYS).toBe(secrets.APP_KEYS);
    });
  });
});
