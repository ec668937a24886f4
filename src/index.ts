import type { Core } from '@strapi/strapi';
import { bootstrapNewsroom } from './bootstrap';
import { closeLimiters, prepareLimiters } from './rate-limit/limiters';
import { notifyModeratorsOfWaitingComments } from './notifications/moderator-email';
import { registerReaderPage } from './reader-page';
import { closeArticleCache, startArticleCache } from './article-cache';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bootstrapNewsroom(strapi);
    await prepareLimiters(strapi);
    startArticleCache(strapi);
    await registerReaderPage(strapi);
    notifyModeratorsOfWaitingComments(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await closeLimiters(strapi);
    await closeArticleCache(strapi);
  },
};
