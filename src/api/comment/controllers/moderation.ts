import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { ACTIONS, MAX_BULK, QUEUES, type Action, type Queue } from '../services/moderation';
import { readData } from './validation';
import { fieldError } from '../../../validation/field-error';
import { service } from '../../../services';

const MAX_NOTE = 2000;

/** Every message of the moderation API, together. */
const MODERATION_MESSAGES = {
  note: `The note must be text of at most ${MAX_NOTE} characters.`,
  action: `The action must be one of ${Object.keys(ACTIONS).join(', ')}.`,
  status: `The status must be one of ${QUEUES.join(', ')}.`,
  ids: `ids must be a list of 1 to ${MAX_BULK} comment ids.`,
  wholeNumber: (field: string, max: number) => `${field} must be a whole number from 1 to ${max}.`,
};
const DECIDE_FIELDS = ['note'] as const;
const BULK_FIELDS = ['ids', 'action', 'note'] as const;

const readNote = (value: unknown): string | null => {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || [...value].length > MAX_NOTE) throw fieldError('note', MODERATION_MESSAGES.note);
  return value.trim() || null;
};

// An own property only: "valueOf", "toString" or "__proto__" are in every object.
const readAction = (value: unknown): Action => {
  if (typeof value !== 'string' || !Object.hasOwn(ACTIONS, value)) throw fieldError('action', MODERATION_MESSAGES.action);
  return value as Action;
};

const positiveInt = (value: unknown, fallback: number, max: number, field: string): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 1 || n > max)
    throw fieldError(field, MODERATION_MESSAGES.wholeNumber(field, max));
  return n;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** POST /api/moderation/comments/:id/{approve,reject,spam} */
  const decide = (action: Action) => async (ctx: Context) => {
    const data = readData(ctx.request.body, DECIDE_FIELDS, { optional: true });
    const { id, status } = await service(strapi, 'api::comment.moderation').decide({ id: String(ctx.params.id), action, note: readNote(data.note) });
    ctx.body = { data: { id, status } };
  };

  return {
    approve: decide('approve'),
    reject: decide('reject'),
    spam: decide('spam'),

    /** GET /api/moderation/comments?status=&page=&pageSize= */
    async queue(ctx: Context) {
      const queue = (ctx.query.status ?? 'pending') as string;
      if (!QUEUES.includes(queue as Queue)) throw fieldError('status', MODERATION_MESSAGES.status);
      ctx.body = await service(strapi, 'api::comment.moderation').queue({
        queue: queue as Queue,
        page: positiveInt(ctx.query.page, 1, 100000, 'page'),
        pageSize: positiveInt(ctx.query.pageSize, 25, 100, 'pageSize'),
      });
    },

    /** POST /api/moderation/comments/bulk */
    async bulk(ctx: Context) {
      const data = readData(ctx.request.body, BULK_FIELDS);
      const ids = data.ids;
      if (
        !Array.isArray(ids) ||
        ids.length === 0 ||
        ids.length > MAX_BULK ||
        !ids.every((id) => typeof id === 'string' && id.length <= 64)
      ) {
        throw fieldError('ids', MODERATION_MESSAGES.ids);
      }
      const result = await service(strapi, 'api::comment.moderation').decideMany({
        ids: [...new Set(ids as string[])],
        action: readAction(data.action),
        note: readNote(data.note),
      });
      ctx.body = { data: { updated: result.updated, status: result.status } };
    },
  };
};
