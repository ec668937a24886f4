import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseAssembledQuery } from './validation';
import { articleCache } from '../../../article-cache';
import { respondWithPage } from '../../../article-cache/respond';

export default factories.createCoreController('api::article.article', ({ strapi }) => ({
  /**
   * GET /api/articles/:slug/assembled[?locale=&cursor=]. Cached pages are usually answered by the
   * article-cache middleware before this; here come misses and authenticated requests.
   */
  async assembled(ctx) {
    const { slug, locale, cursor, impossible } = parseAssembledQuery(ctx.params ?? {}, ctx.query ?? {});
    const cache = articleCache(strapi);
    const found = impossible ? null : await cache.page({ slug, locale, cursor }, { anonymous: !ctx.get('Authorization') });
    if (!found) {
      throw new errors.NotFoundError(
        locale
          ? `No published article "${slug}" in locale "${locale}".`
          : `No published article "${slug}".`
      );
    }
    respondWithPage(ctx, found.page, cache.config.cacheControl, found.hit ? 'HIT' : 'MISS');
  },
}));
