import { AsyncLocalStorage } from 'node:async_hooks';
import type { TestApp } from './app';
import { service } from '../../src/services';

/** Marks the work a test measures when it calls the app in-process rather than over HTTP. */
const measuring = new AsyncLocalStorage<true>();

const QUIET_MS = 100;
const SETTLE_LIMIT_MS = 10_000;

/**
 * Waits until the database has been idle for a moment. Strapi's document service reads and emits
 * each write's entry event after the commit without waiting for it (a deep populate per created
 * comment or vote): a test that wrote a lot just before measuring would count that tail as its own.
 */
const settled = async (app: TestApp): Promise<void> => {
  const client = app.strapi.db.connection.client;
  let issued = 0;
  const onQuery = () => {
    issued += 1;
  };
  client.on('query', onQuery);
  try {
    const limit = Date.now() + SETTLE_LIMIT_MS;
    let before = -1;
    while (issued !== before && Date.now() < limit) {
      before = issued;
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    }
  } finally {
    client.removeListener('query', onQuery);
  }
};

/**
 * The SQL one piece of work runs on the app's connection, from knex's query event: from a quiet
 * database, through the work, to a quiet database again, so what Strapi does after the work's
 * commit (its entry events' reads) is counted every time, not only when it is quick. Only what
 * runs for the work counts: inside a request (Strapi's request context) or inside the work called
 * in-process; the scheduler's tick and Strapi's own background reads are not the work's.
 */
export const queriesOf = async (app: TestApp, work: () => Promise<unknown>): Promise<string[]> => {
  await settled(app);
  const seen: string[] = [];
  const scheduler = service(app.strapi, 'api::article.schedule');
  const listener = (query: { sql: string }) => {
    if (scheduler.inTick()) return;
    if (measuring.getStore() || app.strapi.requestContext.get()) seen.push(query.sql);
  };
  app.strapi.db.connection.client.on('query', listener);
  try {
    await measuring.run(true, work);
    await settled(app);
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
