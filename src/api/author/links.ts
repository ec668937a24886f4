import type { Core } from '@strapi/strapi';
import { fieldError } from '../../validation/field-error';
import { isHttpUrl } from '../../validation/url';

/**
 * An author's links are checked where every write of them passes: the database lifecycle of the
 * `author.link` component (the REST API, the admin panel and the document service all create and
 * update component rows through strapi.db.query). The write runs in the document service's
 * transaction, so a refused link leaves neither the link nor its author behind.
 */

export const LINK = 'author.link';

type Data = Record<string, unknown>;
const each = (data: unknown): Data[] => (Array.isArray(data) ? data : data && typeof data === 'object' ? [data as Data] : []);

export const checkLinks = (data: unknown): void => {
  for (const row of each(data)) {
    if (row.url === undefined) continue;
    if (typeof row.url !== 'string' || !isHttpUrl(row.url.trim())) {
      throw fieldError('links', 'A link must be an http or https address.', 'Invalid link URL.');
    }
    row.url = row.url.trim();
  }
};

export const subscribeLinkChecks = (strapi: Core.Strapi): void => {
  const check = (event: { params: { data?: unknown } }) => checkLinks(event.params.data);
  strapi.db.lifecycles.subscribe({
    models: [LINK],
    beforeCreate: check,
    beforeCreateMany: check,
    beforeUpdate: check,
    beforeUpdateMany: check,
  });
};
