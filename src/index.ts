import type { Core } from '@strapi/strapi';
import { bootstrapNewsroom } from './bootstrap';
import { closeLimiters, prepareLimiters } from './rate-limit/limiters';
import { notifyModeratorsOfWaitingComments } from './notifications/moderator-email';
import { registerReaderPage } from './reader-page';
import { closeArticleCache, startArticleCache } from './article-cache';
import { drainRequests, trackRequests } from './server/drain';
import { surviveDatabaseOutages } from './server/unhandled';
import { service } from './services';
import { DESK_ACTION_REGISTRATION } from './api/comment/desk/admin-routes';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    surviveDatabaseOutages(strapi);
    // Admin actions are registered before the admin's bootstrap syncs the roles' permissions with them.
    await strapi.service('admin::permission').actionProvider.registerMany([DESK_ACTION_REGISTRATION]);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bootstrapNewsroom(strapi);
    await prepareLimiters(strapi);
    startArticleCache(strapi);
    trackRequests(strapi.server.httpServer);
    await registerReaderPage(strapi);
    notifyModeratorsOfWaitingComments(strapi);
    // Last, with every listener in place: the first tick catches up what fell due while down.
    await service(strapi, 'api::article.schedule').start();
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    // No new scheduled publishes; one in progress finishes while the database is there.
    await service(strapi, 'api::article.schedule').stop();
    // First, while the database and Redis are still there: let requests in flight finish.
    await drainRequests(strapi, (strapi.config.get('newsroom.shutdownGraceSeconds') as number) * 1000);
    await closeLimiters(strapi);
    await closeArticleCache(strapi);
  },
};
