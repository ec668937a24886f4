import type { Core } from '@strapi/strapi';
import { currentActor } from '../../../actors';
import { fieldError } from '../../../validation/field-error';
import { MESSAGES, embargoInForce, timeOf, timesProblem, type ScheduleTimes } from './rules';

/**
 * The schedule's rules on every write path, called from the article's lifecycle hooks: the
 * document service's publish (so REST `?status=published`, the admin panel's Publish and the
 * scheduler) creates the published row with strapi.db.query, as does a script writing a row with
 * `publishedAt`, so each path crosses these hooks exactly once per row it publishes. A refusal
 * throws before the write: the document service's transaction rolls back, a raw write never happens.
 *
 * - a version's times follow ./rules.ts (400 on the field);
 * - no row becomes (or stays) published while its `embargoUntil` is in the future (400 on
 *   `embargoUntil` naming the time);
 * - a draft whose locale is live cannot be given a future embargo: the published version would stay
 *   public through it, so the editor is told to unpublish first (a live story stays live until then);
 * - a person's save writing `publishAt` gives the scheduler a fresh start (attempts and problem cleared).
 */

const ARTICLE = 'api::article.article';
const FIELDS = ['publishAt', 'unpublishAt', 'embargoUntil'] as const;

type Data = Record<string, unknown>;
interface WriteEvent {
  params: { data?: Data | Data[]; where?: Record<string, unknown> };
}
interface StoredRow extends ScheduleTimes {
  id: number;
  documentId: string | null;
  locale: string | null;
  publishedAt: string | Date | null;
}

const each = (data: Data | Data[] | undefined): Data[] => (Array.isArray(data) ? data : data ? [data] : []);
const publishes = (data: Data) => data.publishedAt !== undefined && data.publishedAt !== null;
const touchesTimes = (data: Data) => FIELDS.some((field) => field in data);

const refuseTimes = (times: ScheduleTimes) => {
  const problem = timesProblem(times);
  if (problem) throw fieldError(problem.field, problem.message, problem.detail);
};

const refuseEmbargoed = (embargoUntil: unknown) => {
  const embargo = embargoInForce(embargoUntil);
  if (embargo) throw fieldError('embargoUntil', MESSAGES.embargoed(embargo));
};

const freshStart = (strapi: Core.Strapi, data: Data) => {
  if (!('publishAt' in data) || currentActor(strapi).type === 'scheduler') return;
  if (!('scheduleAttempts' in data)) data.scheduleAttempts = 0;
  if (!('scheduleProblem' in data)) data.scheduleProblem = null;
};

export const checkScheduleOnCreate = async (strapi: Core.Strapi, event: WriteEvent): Promise<void> => {
  for (const row of each(event.params.data)) {
    refuseTimes(row);
    if (publishes(row)) refuseEmbargoed(row.embargoUntil);
    freshStart(strapi, row);
  }
};

/** Whether the document has a published row in this locale. */
const isLive = async (strapi: Core.Strapi, { documentId, locale }: StoredRow): Promise<boolean> => {
  if (!documentId) return false;
  const live = await strapi.db.query(ARTICLE).findOne({
    select: ['id'],
    where: { documentId, ...(locale ? { locale } : {}), publishedAt: { $notNull: true } },
  });
  return Boolean(live);
};

const sameTime = (a: unknown, b: unknown) => timeOf(a)?.getTime() === timeOf(b)?.getTime();

export const checkScheduleOnUpdate = async (strapi: Core.Strapi, event: WriteEvent): Promise<void> => {
  const data = each(event.params.data)[0];
  if (!data || (!touchesTimes(data) && !publishes(data))) return;
  const rows = (await strapi.db.query(ARTICLE).findMany({
    select: ['id', 'documentId', 'locale', 'publishedAt', ...FIELDS],
    where: event.params.where ?? {},
  })) as StoredRow[];
  for (const row of rows) {
    const after: ScheduleTimes = { ...row, ...Object.fromEntries(FIELDS.filter((f) => f in data).map((f) => [f, data[f]])) };
    refuseTimes(after);
    // The document service writes drafts with `publishedAt: null`: the rows are (or become) drafts.
    const published = publishes(data) || (data.publishedAt !== null && row.publishedAt !== null);
    if (published) refuseEmbargoed(after.embargoUntil);
    const newEmbargo = embargoInForce(after.embargoUntil);
    if (!published && newEmbargo && !sameTime(after.embargoUntil, row.embargoUntil) && (await isLive(strapi, row))) {
      throw fieldError('embargoUntil', MESSAGES.liveStory(newEmbargo));
    }
  }
  freshStart(strapi, data);
};
