import type { Core } from '@strapi/strapi';

/** The newsroom's own settings, read with strapi.config.get('newsroom'). */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  publisher: {
    name: env('PUBLISHER_NAME', 'Newsroom'),
    url: env('PUBLISHER_URL', ''),
    logoUrl: env('PUBLISHER_LOGO_URL', ''),
  },
  comments: {
    // Top-level comments per page in the assembled article and the comments list.
    pageSize: env.int('COMMENTS_PAGE_SIZE', 20),
    // How deep replies may nest (a reply to a reply to a comment is depth 2).
    maxDepth: env.int('COMMENTS_MAX_DEPTH', 3),
    // The same text from the same e-mail on the same article within this window is refused (409).
    duplicateWindowMinutes: env.int('COMMENTS_DUPLICATE_WINDOW_MINUTES', 10),
  },
  // Per client address. WordPress refuses a second comment within 15 s; reports and reactions get
  // room for a reader reading several stories. Shared through Redis when REDIS_URL is set.
  rateLimits: {
    comments: { points: env.int('RATE_LIMIT_COMMENTS', 1), seconds: env.int('RATE_LIMIT_COMMENTS_SECONDS', 15) },
    reports: { points: env.int('RATE_LIMIT_REPORTS', 5), seconds: env.int('RATE_LIMIT_REPORTS_SECONDS', 60) },
    reactions: { points: env.int('RATE_LIMIT_REACTIONS', 10), seconds: env.int('RATE_LIMIT_REACTIONS_SECONDS', 60) },
  },
  // The assembled article, cached per article, locale and comment page in each instance and
  // dropped on every change it shows (shared through Redis when REDIS_URL is set).
  articleCache: {
    enabled: env.bool('ARTICLE_CACHE', true),
    maxEntries: env.int('ARTICLE_CACHE_MAX_ENTRIES', 2000),
    maxMegabytes: env.int('ARTICLE_CACHE_MAX_MB', 128),
    ttlSeconds: env.int('ARTICLE_CACHE_TTL_SECONDS', 60),
    // Micro-caching for browsers and CDNs: fresh for a second, then served stale for a few seconds
    // while one request revalidates (a viral story costs the origin about one request per second
    // per CDN node); after an origin error, stale for five minutes rather than an error page.
    cacheControl: env('ARTICLE_CACHE_CONTROL', 'public, max-age=1, stale-while-revalidate=10, stale-if-error=300'),
    channel: env('ARTICLE_CACHE_CHANNEL', 'newsroom:article-cache'),
  },
  redisUrl: env('REDIS_URL', ''),
  // On SIGTERM, how long requests in flight may take to finish before the process exits.
  shutdownGraceSeconds: env.int('SHUTDOWN_GRACE_SECONDS', 20),
  rateLimitPrefix: env('RATE_LIMIT_PREFIX', 'newsroom:rl'),
  // Keys the hashes of reader cookies and addresses (voters, reporters); defaults to the app keys.
  readerKeySecret: env('READER_KEY_SECRET', ''),
  // Optional e-mail to moderators when a comment waits (through the Strapi email plugin).
  moderationEmail: {
    enabled: env.bool('MODERATION_EMAIL_ENABLED', false),
    to: env.array('MODERATION_EMAIL_TO', []),
    from: env('MODERATION_EMAIL_FROM', ''),
  },
  // Seed the reference article into an empty database. Always on in development.
  seedDemo: env.bool('SEED_DEMO', false),
});

export type NewsroomConfig = ReturnType<typeof config>;

export default config;
