import { factories } from '@strapi/strapi';
import { readArticleListQuery } from '../../article/list-query';
import { service } from '../../../services';

export default factories.createCoreController('api::author.author', ({ strapi }) => ({
  /** GET /api/authors/:slug/articles[?locale=&cursor=&pageSize=]: the author's page, their articles newest first. */
  async page(ctx) {
    const request = readArticleListQuery('author', String(ctx.params.slug ?? ''), new URLSearchParams(ctx.querystring));
    const { author, items, nextCursor } = await service(strapi, 'api::author.page').articles(request);
    ctx.body = { data: items, meta: { author, nextCursor } };
  },
}));
