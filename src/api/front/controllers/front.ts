import { factories } from '@strapi/strapi';
import { service } from '../../../services';
import { readFrontQuery } from '../query';

export default factories.createCoreController('api::front.front', ({ strapi }) => ({
  /** GET /api/fronts/home and /api/fronts/:sectionSlug[?locale=&cursor=&pageSize=]: picks, then the latest. */
  async front(ctx) {
    const request = readFrontQuery(String(ctx.params.address ?? ''), new URLSearchParams(ctx.querystring));
    const { front, picks, latest, nextCursor } = await service(strapi, 'api::front.fronts').page(request);
    ctx.body = { data: { picks, latest }, meta: { front, nextCursor } };
  },
}));
