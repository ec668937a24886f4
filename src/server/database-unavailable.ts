/**
 * Errors that mean "the database cannot be reached right now" (PostgreSQL restarting, a
 * failover, a network cut, an exhausted pool), as opposed to a bug or bad input: readers get
 * 503 with Retry-After, and the app keeps going; knex reconnects on its own once the server is back.
 */

// PostgreSQL SQLSTATEs: admin_shutdown, crash_shutdown, cannot_connect_now, connection_* (class 08).
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'SQLITE_BUSY']);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /Timeout acquiring a connection/i,
  /connect ECONNREFUSED/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Client was closed and is not queryable/i,
  /Connection ended unexpectedly/i,
];

export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, name, message, cause } = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = cause;
  }
  return false;
};

/**
 * When the database last failed to answer, as seen by knex (failed queries, failed connection
 * attempts), whoever made the call: users-permissions and the document service's relation
 * checks, for two, turn such failures into 401 and 400.
 */
let lastFailureAt = 0;

type Knex = {
  on(event: 'query-error', listener: (error: unknown) => void): unknown;
  client: { pool?: { on?(event: 'createFail', listener: (id: unknown, error: unknown) => void): unknown } };
};

export const watchDatabase = (knex: Knex, onFailure: (error: unknown) => void): void => {
  const seen = (error: unknown) => {
    if (!isDatabaseUnavailable(error)) return;
    lastFailureAt = Date.now();
    onFailure(error);
  };
  knex.on('query-error', seen);
  knex.client.pool?.on?.('createFail', (_id, error) => seen(error));
};

export const databaseFailedWithin = (ms: number): boolean => Date.now() - lastFailureAt < ms;
