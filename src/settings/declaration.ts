import secretList from './secrets.json';
import { boolean, email, emails, integer, oneOf, secret, text, url, type Kind } from './kinds';

/**
 * Every environment variable the app reads, declared once: its kind, its default and what it
 * means. config/*.ts read values only through readSettings() (./index.ts); the README's
 * configuration table and .env.example are rendered from this list (tests/config/documentation).
 */
export const GROUPS = ['Server', 'Secrets', 'Database', 'Media uploads', 'Publisher', 'Comments', 'Rate limits', 'Scheduled publishing', 'Cache and instances', 'E-mail', 'Logs and start-up'] as const;
export type Group = (typeof GROUPS)[number];

export interface Setting<T> {
  group: Group;
  kind: Kind<NonNullable<T>>;
  /** The value when the variable is unset or empty; undefined for "not set". */
  fallback: T;
  /** How the README shows the default when it is not a plain value. */
  fallbackText?: string;
  meaning: string;
  /** Secrets: required, never printed, never generated in production (./secrets.json). */
  secret?: boolean;
}

const withDefault = <T>(group: Group, kind: Kind<NonNullable<T>>, fallback: T, meaning: string, fallbackText?: string): Setting<T> => ({
  group,
  kind,
  fallback,
  meaning,
  fallbackText,
});

const optional = <T>(group: Group, kind: Kind<T>, meaning: string, fallbackText?: string): Setting<T | undefined> => ({
  group,
  kind: kind as Kind<NonNullable<T>>,
  fallback: undefined,
  meaning,
  fallbackText,
});

export type SecretName = keyof (typeof secretList)['secrets'];

const secrets = Object.fromEntries(
  Object.entries(secretList.secrets).map(([name, { meaning }]) => [
    name,
    { group: 'Secrets', kind: secret, fallback: '', fallbackText: 'generated into `.env` in development', meaning, secret: true },
  ])
) as Record<SecretName, Setting<string>>;

const httpUrl = url(['http', 'https']);
const port = integer({ min: 1, max: 65535 });
const seconds = (min: number) => integer({ min, unit: 'seconds' });

export const declaration = {
  // Server
  HOST: withDefault('Server', text, '0.0.0.0', 'address the server listens on'),
  PORT: withDefault('Server', port, 1337, 'port the server listens on'),
  PUBLIC_URL: withDefault('Server', httpUrl, '', 'the address readers use, e.g. `https://news.example.org`: every absolute address the site gives out (canonical links, structured data, feeds, sitemaps, robots.txt, preview links) and media URLs in API answers; never taken from a request\'s `Host`. Empty: in development the server\'s own address (`http://localhost:1337`), media URLs relative; in production a start-up warning', 'empty'),
  IS_PROXIED: withDefault('Server', boolean, false, 'behind a load balancer: take the client address (for the rate limits) from `X-Forwarded-For`; only when a proxy sets that header'),
  PROXY_MAX_IPS_COUNT: withDefault('Server', integer({ min: 1 }), 1, 'with `IS_PROXIED`, how many `X-Forwarded-For` entries to trust from the right: one per trusted proxy, so readers cannot spoof their address'),
  PUBLIC_DIR: withDefault('Server', text, './public', 'folder of public files and local uploads (tests use a throwaway one)'),
  SERVE_ADMIN_PANEL: withDefault('Server', boolean, true, '`false` for API-only instances (the load balancer sends `/admin` elsewhere)'),
  PREVIEW_LINK_TTL_SECONDS: withDefault('Server', seconds(1), 3600, 'how long a preview link to a draft (the admin panel\'s Open preview) works'),

  ...secrets,
  READER_KEY_SECRET: optional('Secrets', secret, 'key of the hashes that identify voters and reporters; set it to keep those hashes when `APP_KEYS` rotate', 'the app keys'),

  // Database
  DATABASE_CLIENT: withDefault('Database', oneOf(['sqlite', 'postgres']), 'sqlite', '`sqlite` (a file) or `postgres`'),
  DATABASE_FILENAME: withDefault('Database', text, '.tmp/data.db', 'the SQLite file, relative to the app'),
  DATABASE_URL: optional('Database', url(['postgres', 'postgresql']), 'PostgreSQL connection string; when set, it wins over the `DATABASE_HOST` ... `DATABASE_PASSWORD` variables'),
  DATABASE_HOST: withDefault('Database', text, '127.0.0.1', 'PostgreSQL host (without `DATABASE_URL`)'),
  DATABASE_PORT: withDefault('Database', port, 5432, 'PostgreSQL port'),
  DATABASE_NAME: withDefault('Database', text, 'newsroom', 'PostgreSQL database'),
  DATABASE_USERNAME: withDefault('Database', text, 'postgres', 'PostgreSQL user'),
  DATABASE_PASSWORD: withDefault('Database', text, '', 'PostgreSQL password', 'empty'),
  DATABASE_SCHEMA: withDefault('Database', text, 'public', 'PostgreSQL schema of the tables'),
  DATABASE_SSL: withDefault('Database', boolean, false, 'connect to PostgreSQL over TLS'),
  DATABASE_SSL_REJECT_UNAUTHORIZED: withDefault('Database', boolean, true, 'with `DATABASE_SSL`, refuse a server certificate that no trusted authority signed'),
  DATABASE_POOL_MIN: withDefault('Database', integer({ min: 0 }), 0, 'PostgreSQL connections each instance keeps open'),
  DATABASE_POOL_MAX: withDefault('Database', integer({ min: 1 }), 10, 'PostgreSQL connections per instance at most: instances × this ≤ the server\'s `max_connections`'),
  DATABASE_CONNECTION_TIMEOUT: withDefault('Database', integer({ min: 1, unit: 'milliseconds' }), 10000, 'how long a query waits for a free connection'),

  // Media uploads
  UPLOAD_PROVIDER: withDefault('Media uploads', oneOf(['local', 'aws-s3']), 'local', '`local` keeps files in `public/uploads` of each instance; `aws-s3` in S3 or an S3-compatible store (MinIO, R2, Spaces), what several instances need'),
  UPLOAD_SIZE_LIMIT: withDefault('Media uploads', integer({ min: 1, unit: 'bytes' }), 20 * 1024 * 1024, 'largest file an editor may upload'),
  UPLOAD_S3_BUCKET: optional('Media uploads', text, 'the bucket (required with `UPLOAD_PROVIDER=aws-s3`)'),
  UPLOAD_S3_REGION: withDefault('Media uploads', text, 'us-east-1', 'the bucket\'s region'),
  UPLOAD_S3_ACCESS_KEY_ID: optional('Media uploads', text, 'access key (without it, the AWS SDK\'s own credential chain: instance role, ...)'),
  UPLOAD_S3_SECRET_ACCESS_KEY: optional('Media uploads', text, 'the access key\'s secret'),
  UPLOAD_S3_ENDPOINT: optional('Media uploads', httpUrl, 'endpoint of an S3-compatible store (MinIO, R2, Spaces)'),
  UPLOAD_S3_FORCE_PATH_STYLE: withDefault('Media uploads', boolean, true, 'with `UPLOAD_S3_ENDPOINT`, path-style URLs (`endpoint/bucket/key`), which most S3-compatible stores want'),
  UPLOAD_S3_BASE_URL: optional('Media uploads', httpUrl, 'public address of the files, e.g. a CDN in front of the bucket (also allowed in the admin panel\'s CSP)', 'the bucket\'s URL'),
  UPLOAD_S3_ROOT_PATH: optional('Media uploads', text, 'folder inside the bucket', 'the bucket\'s root'),
  UPLOAD_S3_ACL: withDefault('Media uploads', text, 'public-read', 'canned ACL given to each uploaded file'),

  // Publisher
  PUBLISHER_NAME: withDefault('Publisher', text, 'Newsroom', 'the publisher in structured data and the reader page\'s title'),
  PUBLISHER_URL: withDefault('Publisher', httpUrl, '', 'the publisher\'s site, in structured data', 'empty'),
  PUBLISHER_LOGO_URL: withDefault('Publisher', httpUrl, '', 'the publisher\'s logo in the articles\' structured data (Google asks at least 112 x 112 px); empty uses the logo that ships with the app, `/reader/logo.png` (512 x 512)', 'the shipped logo'),
  SITEMAP_URLS_PER_PAGE: withDefault('Publisher', integer({ min: 1, max: 50000 }), 50000, 'addresses per page of the sitemap (`/sitemap.xml` lists the pages); 50,000 is the sitemaps protocol\'s limit'),
  ARTICLE_VERSIONS_KEEP_DAYS: withDefault('Publisher', integer({ min: 0, unit: 'days' }), 0, 'how long an article\'s versions are kept (`0`: forever); the latest version of each locale is always kept'),

  // Comments
  COMMENTS_PAGE_SIZE: withDefault('Comments', integer({ min: 1, max: 100 }), 20, 'top-level comments per page (assembled article, comments list)'),
  COMMENTS_MAX_DEPTH: withDefault('Comments', integer({ min: 1, max: 10 }), 3, 'how deep replies nest (a reply to a reply to a comment is depth 2)'),
  COMMENTS_DUPLICATE_WINDOW_MINUTES: withDefault('Comments', integer({ min: 0, unit: 'minutes' }), 10, 'the same text from the same e-mail on the same article within this window is refused (`0`: never)'),

  // Rate limits
  RATE_LIMIT_COMMENTS: withDefault('Rate limits', integer({ min: 1 }), 1, 'comments per client address per window'),
  RATE_LIMIT_COMMENTS_SECONDS: withDefault('Rate limits', seconds(1), 15, 'the comments window'),
  RATE_LIMIT_REPORTS: withDefault('Rate limits', integer({ min: 1 }), 5, 'reports per client address per window'),
  RATE_LIMIT_REPORTS_SECONDS: withDefault('Rate limits', seconds(1), 60, 'the reports window'),
  RATE_LIMIT_REACTIONS: withDefault('Rate limits', integer({ min: 1 }), 10, 'reactions per client address per window'),
  RATE_LIMIT_REACTIONS_SECONDS: withDefault('Rate limits', seconds(1), 60, 'the reactions window'),
  RATE_LIMIT_PREFIX: withDefault('Rate limits', text, 'newsroom:rl', 'prefix of the rate-limit keys in Redis (apps sharing one Redis need different ones)'),

  // Scheduled publishing
  SCHEDULER_INTERVAL_SECONDS: withDefault('Scheduled publishing', integer({ min: 1, max: 30, unit: 'seconds' }), 15, 'how often the scheduler publishes and unpublishes what is due (at most 30, so a story goes out within a minute of its time); one instance at a time acts, under a PostgreSQL advisory lock'),
  SCHEDULER_MAX_ATTEMPTS: withDefault('Scheduled publishing', integer({ min: 1 }), 5, 'failed scheduled publishes of a story (one per tick) before the scheduler gives up until an editor saves it again'),

  // Cache and instances
  REDIS_URL: withDefault('Cache and instances', url(['redis', 'rediss']), '', 'e.g. `redis://127.0.0.1:6379`: rate limits and cache invalidations shared by every instance (per process without it; if Redis goes away, per process with a logged warning)', 'empty'),
  ARTICLE_CACHE: withDefault('Cache and instances', boolean, true, 'cache assembled articles in memory (`false` assembles every request)'),
  ARTICLE_CACHE_TTL_SECONDS: withDefault('Cache and instances', seconds(1), 60, 'how long an instance keeps a page (changes drop pages at once regardless)'),
  ARTICLE_CACHE_MAX_ENTRIES: withDefault('Cache and instances', integer({ min: 1 }), 2000, 'pages an instance keeps at most'),
  ARTICLE_CACHE_MAX_MB: withDefault('Cache and instances', integer({ min: 1, unit: 'megabytes' }), 128, 'memory the kept pages may take'),
  ARTICLE_CACHE_CONTROL: withDefault('Cache and instances', text, 'public, max-age=1, stale-while-revalidate=10, stale-if-error=300', '`Cache-Control` of the assembled article (browsers and CDNs)'),
  ARTICLE_CACHE_CHANNEL: withDefault('Cache and instances', text, 'newsroom:article-cache', 'the Redis pub/sub channel of invalidations'),
  SHUTDOWN_GRACE_SECONDS: withDefault('Cache and instances', seconds(0), 20, 'on SIGTERM, how long requests in flight may take before the process exits (keep below the orchestrator\'s kill timeout)'),

  // E-mail
  EMAIL_FROM: withDefault('E-mail', email, 'newsroom@localhost', 'sender of the e-mails the app sends (Strapi email plugin, provider sendmail, set in `config/plugins.ts`)'),
  EMAIL_REPLY_TO: optional('E-mail', email, 'where replies to those e-mails go', '`EMAIL_FROM`'),
  MODERATION_EMAIL_ENABLED: withDefault('E-mail', boolean, false, 'e-mail moderators when a comment waits for them (needs `MODERATION_EMAIL_TO`)'),
  MODERATION_EMAIL_TO: withDefault('E-mail', emails, [] as string[], 'the moderators\' addresses', 'none'),
  MODERATION_EMAIL_FROM: optional('E-mail', email, 'sender of those e-mails', '`EMAIL_FROM`'),

  // Logs and start-up
  NODE_ENV: withDefault('Logs and start-up', text, 'development', '`production` (or any value but `development` and `test`) refuses to start without every secret and never generates one; `development` and `test` generate missing secrets into `.env`'),
  LOG_LEVEL: withDefault('Logs and start-up', oneOf(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']), 'http', '`http` logs every request through Strapi; `error` for quiet logs'),
  SEED_DEMO: optional('Logs and start-up', boolean, '`true` seeds the demo article into a database that lacks it, in any environment; `false` never seeds; unset: development seeds an empty database once, production never', 'unset'),
  ENV_PATH: withDefault('Logs and start-up', text, './.env', 'the `.env` file Strapi reads and `scripts/ensure-env.js` writes in development'),
};

export type Declaration = typeof declaration;
export type SettingName = keyof Declaration;
export type Settings = { [K in SettingName]: Declaration[K] extends Setting<infer T> ? T : never };
