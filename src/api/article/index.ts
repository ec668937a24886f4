import type { Core } from '@strapi/strapi';
import { installListingIndex } from './listing-index';
import { installRedirectTable } from './redirects/table';
import { installVersionTable } from './versions/table';
import { installStoredDocumentTables } from './stored-documents/table';

/** The article API's own start-up step, run by Strapi after the schema sync. */
export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await installStoredDocumentTables(strapi);
    await installRedirectTable(strapi);
    await installVersionTable(strapi);
    await installListingIndex(strapi);
  },
};
