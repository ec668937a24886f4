import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseAssembledQuery } from './validation';

export default factories.createCoreController('api::article.article', ({ strapi }) => ({
  /** GET /api/articles/:slug/assembled[?locale=&cursor=] */
  async assembled(ctx) {
    const { slug, locale, cursor, impossible } = parseAssembledQuery(ctx.params ?? {}, ctx.query ?? {});
    const data = impossible
      ? null
      : await strapi.service('api::article.assembled-article').assemble({ slug, locale, commentsCursor: cursor });
    if (!data) {
      throw new errors.NotFoundError(
        locale
          ? `No published article "${slug}" in locale "${locale}".`
          : `No published article "${slug}".`
      );
    }
    ctx.body = { data };
  },
}));
