import { readSettings } from '../src/settings';

/** The newsroom's own settings, read with strapi.config.get('newsroom'). */
const config = () => {
  const settings = readSettings();
  return {
    publisher: {
      name: settings.PUBLISHER_NAME,
      url: settings.PUBLISHER_URL,
      logoUrl: settings.PUBLISHER_LOGO_URL,
    },
    // Every save and publish of an article is a version (src/api/article/versions); older than this
    // many days they are pruned when the next one is recorded (0: kept forever), the latest of each
    // locale never.
    articleVersions: { keepDays: settings.ARTICLE_VERSIONS_KEEP_DAYS },
    // Each sitemap page (src/distribution/sitemaps) lists at most this many addresses.
    sitemaps: { urlsPerPage: settings.SITEMAP_URLS_PER_PAGE },
    comments: {
      // Top-level comments per page in the assembled article and the comments list.
      pageSize: settings.COMMENTS_PAGE_SIZE,
      // How deep replies may nest (a reply to a reply to a comment is depth 2).
      maxDepth: settings.COMMENTS_MAX_DEPTH,
      // The same text from the same e-mail on the same article within this window is refused (409).
      duplicateWindowMinutes: settings.COMMENTS_DUPLICATE_WINDOW_MINUTES,
    },
    // Per client address. WordPress refuses a second comment within 15 s; reports and reactions get
    // room for a reader reading several stories. Shared through Redis when REDIS_URL is set.
    rateLimits: {
      comments: { points: settings.RATE_LIMIT_COMMENTS, seconds: settings.RATE_LIMIT_COMMENTS_SECONDS },
      reports: { points: settings.RATE_LIMIT_REPORTS, seconds: settings.RATE_LIMIT_REPORTS_SECONDS },
      reactions: { points: settings.RATE_LIMIT_REACTIONS, seconds: settings.RATE_LIMIT_REACTIONS_SECONDS },
    },
    // The assembled article, cached per article, locale and comment page in each instance and
    // dropped on every change it shows (shared through Redis when REDIS_URL is set).
    articleCache: {
      enabled: settings.ARTICLE_CACHE,
      maxEntries: settings.ARTICLE_CACHE_MAX_ENTRIES,
      maxMegabytes: settings.ARTICLE_CACHE_MAX_MB,
      ttlSeconds: settings.ARTICLE_CACHE_TTL_SECONDS,
      // Micro-caching for browsers and CDNs: fresh for a second, then served stale for a few seconds
      // while one request revalidates (a viral story costs the origin about one request per second
      // per CDN node); after an origin error, stale for five minutes rather than an error page.
      cacheControl: settings.ARTICLE_CACHE_CONTROL,
      channel: settings.ARTICLE_CACHE_CHANNEL,
    },
    // Scheduled publishing (src/api/article/schedule/scheduler.ts): a tick every intervalSeconds, and
    // a failed publish retried on later ticks up to maxAttempts.
    scheduler: {
      intervalSeconds: settings.SCHEDULER_INTERVAL_SECONDS,
      maxAttempts: settings.SCHEDULER_MAX_ATTEMPTS,
    },
    redisUrl: settings.REDIS_URL,
    // On SIGTERM, how long requests in flight may take to finish before the process exits.
    shutdownGraceSeconds: settings.SHUTDOWN_GRACE_SECONDS,
    rateLimitPrefix: settings.RATE_LIMIT_PREFIX,
    // Keys the hashes of reader cookies and addresses (voters, reporters); defaults to the app keys.
    readerKeySecret: settings.READER_KEY_SECRET ?? '',
    // Signs and checks the preview links to drafts (src/preview; config/admin.ts makes them).
    preview: {
      secret: settings.PREVIEW_SECRET,
      ttlSeconds: settings.PREVIEW_LINK_TTL_SECONDS,
    },
    // Optional e-mail to moderators when a comment waits (through the Strapi email plugin).
    moderationEmail: {
      enabled: settings.MODERATION_EMAIL_ENABLED,
      to: settings.MODERATION_EMAIL_TO,
      from: settings.MODERATION_EMAIL_FROM ?? '',
    },
    // SEED_DEMO: true seeds whenever the demo is missing, false never; unset lets development seed
    // an empty database once (src/demo/seed.ts).
    seedDemo: settings.SEED_DEMO,
  };
};

export type NewsroomConfig = ReturnType<typeof config>;

export default config;
