import { factories } from '@strapi/strapi';
import { readArticleListQuery } from '../../article/list-query';
import { service } from '../../../services';

export default factories.createCoreController('api::tag.tag', ({ strapi }) => ({
  /** GET /api/tags/:slug/articles[?locale=&cursor=&pageSize=]: the tag's articles, newest first. */
  async articles(ctx) {
    const request = readArticleListQuery('tag', String(ctx.params.slug ?? ''), new URLSearchParams(ctx.querystring));
    const { tag, items, nextCursor } = await service(strapi, 'api::tag.page').articles(request);
    ctx.body = { data: items, meta: { tag, nextCursor } };
  },
}));
