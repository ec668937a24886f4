import type { Core } from '@strapi/strapi';
import { bootstrapNewsroom } from './bootstrap';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bootstrapNewsroom(strapi);
  },
};
