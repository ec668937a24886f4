import type { Core } from '@strapi/strapi';
import { MODERATION_STATUSES } from '../events/visibility';

/**
 * The database's own wall on the moderation status, under the lifecycle hooks: a raw SQL write
 * (a script, a knex call) cannot store anything but the four statuses either.
 *
 * Installed at every start, after Strapi's schema sync, idempotently: a migration in
 * database/migrations/ runs before the sync (on a fresh database the table does not exist yet),
 * and on SQLite a sync that alters the table rebuilds it and drops its triggers.
 * PostgreSQL: a CHECK constraint, NOT VALID so that a start never fails on old rows (new writes
 * are checked). SQLite cannot add a CHECK to an existing table: two triggers do the same.
 */
const NAME = 'comments_moderation_status_check';

export const installStatusCheck = async (strapi: Core.Strapi): Promise<void> => {
  const meta = strapi.db.metadata.get('api::comment.comment');
  const column = (meta.attributes.moderationStatus as { columnName?: string }).columnName ?? 'moderation_status';
  const table = meta.tableName;
  const allowed = MODERATION_STATUSES.map((status) => `'${status}'`).join(', ');
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;

  if (client === 'postgres') {
    await knex.raw(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '${NAME}') THEN
           ALTER TABLE ?? ADD CONSTRAINT ${NAME} CHECK (?? IS NULL OR ?? IN (${allowed})) NOT VALID;
         END IF;
       END $$;`,
      [table, column, column]
    );
    return;
  }
  if (client === 'sqlite') {
    const message = `${table}.${column} must be one of ${MODERATION_STATUSES.join(', ')}`;
    for (const [suffix, when] of [['insert', 'BEFORE INSERT'], ['update', `BEFORE UPDATE OF "${column}"`]] as const) {
      await knex.raw(
        `CREATE TRIGGER IF NOT EXISTS ${NAME}_${suffix} ${when} ON "${table}"
         WHEN NEW."${column}" IS NOT NULL AND NEW."${column}" NOT IN (${allowed})
         BEGIN SELECT RAISE(ABORT, '${message}'); END;`
      );
    }
    return;
  }
  strapi.log.warn(`[comments] no database check on ${table}.${column} for the ${client} client; the lifecycle hooks still refuse other statuses.`);
};
