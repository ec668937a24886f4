import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from './database-unavailable';

/**
 * Strapi runs some database work after a response, unawaited (the document service's entry.*
 * events read the entry once the transaction commits). When the database goes away at that
 * moment, the rejection has no handler and Node would end the process: a PostgreSQL restart
 * would take every instance down with it. Those rejections are logged; any other still ends the
 * process, as Node does by default.
 */
let installed = false;

export const surviveDatabaseOutages = (strapi: Core.Strapi): void => {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      strapi.log.warn(`[database] Unavailable during background work: ${(reason as Error)?.message ?? reason}`);
      return;
    }
    throw reason;
  });
};
