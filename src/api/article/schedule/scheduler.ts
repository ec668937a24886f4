import type { Core } from '@strapi/strapi';
import { SCHEDULER, actAs, currentActor } from '../../../actors';
import { isDue, utc } from './rules';

/**
 * The scheduler: every SCHEDULER_INTERVAL_SECONDS it publishes the article versions (per locale)
 * whose `publishAt` is due and unpublishes those whose `unpublishAt` is due, clearing the time it
 * acted on, through the document service (so the cache, fronts, lists, every instance's cache and
 * the other middlewares see an ordinary publish), as the SCHEDULER actor.
 *
 * Exactly once however many instances run: on PostgreSQL a tick holds a transaction-level advisory
 * lock (pg_try_advisory_xact_lock) on a connection of its own and reads what is due only once it
 * holds it; an instance that does not get it skips the tick. Each version is then published in its
 * own transaction, which commits (clearing its time) before the lock is released, so the next
 * holder reads it as done. SQLite serves one instance: an in-process guard is enough.
 *
 * A refused publish (e.g. the story lost its section) rolls back, keeps its time, and is logged and
 * recorded on the draft (scheduleAttempts, scheduleProblem, shown in the edit view); later ticks
 * retry it until SCHEDULER_MAX_ATTEMPTS, then leave it until an editor saves Publish at again.
 * A time missed while every instance was down is simply due: the first tick runs at start.
 */

const ARTICLE = 'api::article.article';
/** The advisory lock's key: any constant no other code uses ("newsroom scheduler", issue 13). */
const LOCK_KEY = 7_262_013;

interface DueRow {
  id: number;
  documentId: string;
  locale: string | null;
  publishedAt: string | Date | null;
  publishAt: string | Date | null;
  unpublishAt: string | Date | null;
  scheduleAttempts: number | null;
}

export interface Acted {
  documentId: string;
  locale: string | null;
}
export interface Failure extends Acted {
  attempt: number;
  reason: string;
}
export interface TickReport {
  /** True when another tick (this instance's, or another instance's holding the lock) was at work. */
  skipped: boolean;
  published: Acted[];
  unpublished: Acted[];
  failed: Failure[];
}

const emptyReport = (skipped: boolean): TickReport => ({ skipped, published: [], unpublished: [], failed: [] });

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export const createScheduler = (strapi: Core.Strapi) => {
  const settings = () => strapi.config.get('newsroom.scheduler') as { intervalSeconds: number; maxAttempts: number };
  const articles = () => strapi.db.query(ARTICLE);
  let running: Promise<TickReport> | null = null;
  let timer: NodeJS.Timeout | null = null;

  const dueRows = async (now: Date): Promise<DueRow[]> =>
    (await articles().findMany({
      select: ['id', 'documentId', 'locale', 'publishedAt', 'publishAt', 'unpublishAt', 'scheduleAttempts'],
      where: {
        $or: [
          {
            publishedAt: { $null: true },
            publishAt: { $lte: now },
            $or: [{ scheduleAttempts: { $null: true } }, { scheduleAttempts: { $lt: settings().maxAttempts } }],
          },
          { unpublishAt: { $lte: now } },
        ],
      },
      orderBy: { id: 'asc' },
    })) as DueRow[];

  const version = ({ documentId, locale }: Acted) => ({ documentId, ...(locale ? { locale } : {}) });

  const unpublish = async (target: Acted, live: boolean): Promise<void> => {
    await strapi.db.transaction(async () => {
      await articles().updateMany({ where: version(target), data: { unpublishAt: null, publishAt: null } });
      if (live) await strapi.documents(ARTICLE).unpublish(version(target));
    });
  };

  const publish = async (target: Acted): Promise<void> => {
    await strapi.db.transaction(async () => {
      await articles().updateMany({ where: { ...version(target), publishedAt: { $null: true } }, data: { publishAt: null } });
      await strapi.documents(ARTICLE).publish(version(target));
    });
  };

  const recordFailure = async (draft: DueRow, error: unknown): Promise<Failure> => {
    const attempt = (draft.scheduleAttempts ?? 0) + 1;
    const { maxAttempts } = settings();
    const reason = reasonOf(error);
    const final = attempt >= maxAttempts ? ' The scheduler stops trying: save the story with Publish at to try again.' : '';
    await articles().update({
      where: { id: draft.id },
      data: { scheduleAttempts: attempt, scheduleProblem: `${utc(new Date())}: scheduled publish failed (attempt ${attempt} of ${maxAttempts}): ${reason}${final}` },
    });
    strapi.log.warn(`[scheduler] publishing article ${draft.documentId} (${draft.locale ?? 'no locale'}) failed, attempt ${attempt} of ${maxAttempts}: ${reason}`);
    return { documentId: draft.documentId, locale: draft.locale, attempt, reason };
  };

  /** Acts on everything due at `now`, one version (document and locale) at a time. */
  const act = async (now: Date): Promise<TickReport> => {
    const report = emptyReport(false);
    const groups = new Map<string, DueRow[]>();
    for (const row of await dueRows(now)) {
      const key = `${row.documentId}\u0000${row.locale ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const rows of groups.values()) {
      const target: Acted = { documentId: rows[0].documentId, locale: rows[0].locale };
      if (rows.some((row) => isDue(row.unpublishAt, now))) {
        // Both due (a time missed while every instance was down): the later one, unpublishing, wins.
        const live = Boolean(await articles().findOne({ select: ['id'], where: { ...version(target), publishedAt: { $notNull: true } } }));
        try {
          await unpublish(target, live);
          if (live) {
            report.unpublished.push(target);
            strapi.log.info(`[scheduler] unpublished article ${target.documentId} (${target.locale ?? 'no locale'})`);
          }
        } catch (error) {
          strapi.log.warn(`[scheduler] unpublishing article ${target.documentId} (${target.locale ?? 'no locale'}) failed: ${reasonOf(error)}`);
        }
        continue;
      }
      const draft = rows.find((row) => row.publishedAt === null && isDue(row.publishAt, now));
      if (!draft) continue;
      try {
        await publish(target);
        report.published.push(target);
        strapi.log.info(`[scheduler] published article ${target.documentId} (${target.locale ?? 'no locale'})`);
      } catch (error) {
        report.failed.push(await recordFailure(draft, error));
      }
    }
    return report;
  };

  /** On PostgreSQL: the work under the advisory lock, on a transaction of its own (released at its end). */
  const underLock = async (work: () => Promise<TickReport>): Promise<TickReport> => {
    const lock = await strapi.db.connection.transaction();
    try {
      const answer = (await lock.raw('SELECT pg_try_advisory_xact_lock(?) AS locked', [LOCK_KEY])) as { rows: Array<{ locked: boolean }> };
      if (!answer.rows[0]?.locked) return emptyReport(true);
      return await work();
    } finally {
      await lock.commit();
    }
  };

  /** One tick: publishes and unpublishes what is due, unless another tick (here or elsewhere) is at it. */
  const tick = (now: Date = new Date()): Promise<TickReport> => {
    if (running) return Promise.resolve(emptyReport(true));
    // The whole tick as the scheduler, its lock's queries too: what it writes is attributed, and
    // what it reads is told apart from a request's (inTick).
    const work = () => act(now);
    running = actAs(SCHEDULER, () => (strapi.db.dialect.client === 'postgres' ? underLock(work) : work())).finally(() => {
      running = null;
    });
    return running;
  };

  const tickLogged = async (): Promise<void> => {
    try {
      await tick();
    } catch (error) {
      strapi.log.error(`[scheduler] tick failed: ${reasonOf(error)}`);
    }
  };

  return {
    tick,
    /** Whether the code running now is a tick's (a test counting one request's queries leaves the tick's out). */
    inTick: (): boolean => currentActor(strapi).type === SCHEDULER.type,
    /** Catches up at once (what fell due while every instance was down), then ticks every interval. */
    async start(): Promise<void> {
      if (timer) return;
      timer = setInterval(() => void tickLogged(), settings().intervalSeconds * 1000);
      timer.unref();
      await tickLogged();
    },
    /** Stops the timer and waits for a tick in progress (before the database closes). */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      if (running) await running.catch(() => undefined);
    },
  };
};

export type Scheduler = ReturnType<typeof createScheduler>;
