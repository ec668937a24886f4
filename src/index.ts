import type { Core } from '@strapi/strapi';
import { bootstrapNewsroom } from './bootstrap';
import { closeLimiters, prepareLimiters } from './rate-limit/limiters';
import { notifyModeratorsOfWaitingComments } from './notifications/moderator-email';
import { registerReaderPage } from './reader-page';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bootstrapNewsroom(strapi);
    await prepareLimiters(strapi);
    await registerReaderPage(strapi);
    notifyModeratorsOfWaitingComments(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await closeLimiters(strapi);
  },
};
