import type { Core } from '@strapi/strapi';
import { DEMO_SLUG } from '../demo/reference-article';
import { publicOrigin, warnWithoutPublicUrl } from '../site/public-origin';

/** Tells whoever just ran `npm run develop` where to look, once the server is listening. */
export const announceUrls = (strapi: Core.Strapi): void => {
  const server = strapi.server.httpServer;
  server.once('listening', () => {
    const base = publicOrigin(strapi);
    warnWithoutPublicUrl(strapi);
    strapi.log.info(`[newsroom] Admin panel:            ${base}/admin`);
    strapi.log.info(`[newsroom] Demo article (JSON):    ${base}/api/articles/${DEMO_SLUG}/assembled`);
    strapi.log.info(`[newsroom] Demo article (reader):  ${base}/articles/${DEMO_SLUG}`);
  });
};
