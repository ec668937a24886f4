import type { Core, Modules } from '@strapi/strapi';

/**
 * A copy of an article (the content manager's duplicate, or any caller of the document service's
 * `clone`) is a new story: it starts with no first-publication date of its own (Strapi copies its
 * source's, which dated the copy wrongly in structured data and closed its comments early), and
 * without the source's publish and unpublish times, so a duplicate never goes out (or comes off) on
 * its own at the source's moment. The embargo is kept: a copy of an embargoed story is as embargoed.
 * The scheduler's record of failed attempts starts clean too.
 */
const ARTICLE = 'api::article.article';

export const STARTS_CLEAN = { firstPublishedAt: null, publishAt: null, unpublishAt: null, scheduleAttempts: 0, scheduleProblem: null };

export const copiesStartClean =
  (): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE || context.action !== 'clone') return next();
    const params = context.params as { data?: Record<string, unknown> };
    // What the caller sends wins over the source's values, except the first-publication date,
    // which only a publish may set.
    params.data = { ...STARTS_CLEAN, ...(params.data ?? {}), firstPublishedAt: null };
    return next();
  };

const registered = new WeakSet<Core.Strapi>();

/** Installs the middleware once per app instance. */
export const startCopiesClean = (strapi: Core.Strapi): void => {
  if (registered.has(strapi)) return;
  registered.add(strapi);
  strapi.documents.use(copiesStartClean());
};
