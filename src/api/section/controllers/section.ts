import { factories } from '@strapi/strapi';
import { service } from '../../../services';
import { readSectionArticlesQuery, readTreeQuery } from '../query';

export default factories.createCoreController('api::section.section', ({ strapi }) => ({
  /** GET /api/sections[?locale=]: the sections as a tree, named in the locale asked. */
  async tree(ctx) {
    const { locale } = readTreeQuery(new URLSearchParams(ctx.querystring));
    ctx.body = { data: await service(strapi, 'api::section.sections').tree(locale), meta: {} };
  },

  /** GET /api/sections/:slug/articles[?locale=&cursor=&pageSize=]: the section's front, newest first. */
  async articles(ctx) {
    const request = readSectionArticlesQuery(String(ctx.params.slug ?? ''), new URLSearchParams(ctx.querystring));
    const { section, items, nextCursor } = await service(strapi, 'api::section.sections').articles(request);
    ctx.body = { data: items, meta: { section, nextCursor } };
  },
}));
