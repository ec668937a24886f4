import type { Core } from '@strapi/strapi';
import { DEMO_SLUG } from '../demo/reference-article';

/** Tells whoever just ran `npm run develop` where to look, once the server is listening. */
export const announceUrls = (strapi: Core.Strapi): void => {
  const server = strapi.server.httpServer;
  server.once('listening', () => {
    const configured = (strapi.config.get('server.url') as string) || '';
    const host = strapi.config.get('server.host') as string;
    const port = strapi.config.get('server.port') as number;
    const base = configured || `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`;
    strapi.log.info(`[newsroom] Admin panel:            ${base}/admin`);
    strapi.log.info(`[newsroom] Demo article (JSON):    ${base}/api/articles/${DEMO_SLUG}/assembled`);
    strapi.log.info(`[newsroom] Demo article (reader):  ${base}/articles/${DEMO_SLUG}`);
  });
};
