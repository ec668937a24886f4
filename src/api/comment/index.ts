import type { Core } from '@strapi/strapi';
import { installStatusCheck } from './database/status-check';
import { installTallyTable } from './tallies';

/** The comment API's own start-up step, run by Strapi after the schema sync. */
export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await installStatusCheck(strapi);
    await installTallyTable(strapi);
  },
};
