import type { Core } from '@strapi/strapi';
import { schemaBuilder } from '../../../database/sql';
import { recountDiscussionQueues, recountQueues } from './queues';
import { DISCUSSION_QUEUE_TABLE, discussionSchema, QUEUE_TABLE, TALLY_TABLE } from './schema';

/**
 * The tally: one row per article version's discussion (`<documentId>:<locale>`) with the figures
 * readers see. A table of its own rather than columns on the article: publishing in Strapi 5
 * replaces the published article row, and a counter there would be copied or lost each time.
 * Created at start, after Strapi's schema sync, idempotently (see database/status-check.ts for why
 * not a migration). Strapi's schema sync leaves tables it does not know alone.
 */
export const installTallyTable = async (strapi: Core.Strapi): Promise<void> => {
  const builder = () => schemaBuilder(strapi);
  if (!(await builder().hasTable(TALLY_TABLE))) {
    await builder().createTable(TALLY_TABLE, (table) => {
      table.string('discussion', 255).primary();
      table.integer('comments').notNullable().defaultTo(0);
      table.integer('likes').notNullable().defaultTo(0);
      table.integer('dislikes').notNullable().defaultTo(0);
    });
  }
  if (!(await builder().hasTable(QUEUE_TABLE))) {
    await builder().createTable(QUEUE_TABLE, (table) => {
      table.string('queue', 16).notNullable();
      table.integer('stripe').notNullable();
      table.integer('comments').notNullable().defaultTo(0);
      table.primary(['queue', 'stripe']);
    });
    // An existing database gains the table: its sizes from the comments already there.
    await recountQueues(strapi.db.connection, discussionSchema(strapi));
  }
  if (!(await builder().hasTable(DISCUSSION_QUEUE_TABLE))) {
    await builder().createTable(DISCUSSION_QUEUE_TABLE, (table) => {
      table.string('discussion', 255).notNullable();
      table.string('queue', 16).notNullable();
      table.integer('comments').notNullable().defaultTo(0);
      table.primary(['discussion', 'queue']);
    });
    await recountDiscussionQueues(strapi.db.connection, discussionSchema(strapi));
  }
};
