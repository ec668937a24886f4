import type { TestApp } from './app';
import { service } from '../../src/services';

/** The SQL one piece of work runs on the app's connection, from knex's query event. */
export const queriesOf = async (app: TestApp, work: () => Promise<unknown>): Promise<string[]> => {
  const seen: string[] = [];
  // The scheduler ticks on its own every few seconds: its queries are not the work's.
  const scheduler = service(app.strapi, 'api::article.schedule');
  const listener = (query: { sql: string }) => {
    if (!scheduler.inTick()) seen.push(query.sql);
  };
  app.strapi.db.connection.client.on('query', listener);
  try {
    await work();
  } finally {
    app.strapi.db.connection.client.removeListener('query', listener);
  }
  return seen;
};

/** Every page of a cursor-paged list, following `meta.nextCursor` (100 pages at most). */
export const allPages = async <Page extends { meta: { nextCursor: string | null } }>(
  fetchPage: (cursor: string | null) => Promise<Page>
): Promise<Page[]> => {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await fetchPage(cursor);
    pages.push(page);
    cursor = page.meta.nextCursor;
  } while (cursor && pages.length < 100);
  return pages;
};
