import type { Core } from '@strapi/strapi';
import { subscribeLinkChecks } from './links';

/** The author API's start-up step: its link rule, subscribed before the app seeds or serves. */
export default {
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    subscribeLinkChecks(strapi);
  },
};
