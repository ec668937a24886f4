import { fieldError } from '../../../validation/field-error';
import { isSlug } from '../../../validation/identifiers';
import { isEmailAddress } from '../../../validation/email';
import { readLocale } from '../controllers/validation';
import { ACTIONS, type Action } from '../services/moderation';
import { MAX_BULK_FILTER, MAX_BULK_IDS, type QueueRequest } from '../services/desk';
import type { DeskFilter } from './filters';
import type { CommentStatus, DeskQueue, Standing } from './types';

/**
 * What the desk's routes accept, checked before anything is read or written: a bad parameter or
 * body is a 400 naming the field, and an unknown key in a body is refused, never ignored.
 */
export const MAX_NOTE = 2000;
const MAX_Q = 200;
export const DESK_QUEUES: readonly DeskQueue[] = ['pending', 'reported', 'approved', 'rejected', 'spam'];
const STATUSES: readonly CommentStatus[] = ['pending', 'approved', 'rejected', 'spam'];
const STANDINGS: readonly Standing[] = ['trusted', 'blocked', 'normal'];
const ORDERS = ['oldest', 'newest'] as const;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Every message of the desk's API, together. */
export const DESK_MESSAGES = {
  body: 'Send a JSON object.',
  unknownKey: (key: string, allowed: readonly string[]) => `Unknown field "${key}": send only ${allowed.map((k) => `"${k}"`).join(', ')}.`,
  queue: `The queue must be one of ${DESK_QUEUES.join(', ')}.`,
  order: `The order must be one of ${ORDERS.join(', ')}.`,
  article: 'The article must be an article documentId.',
  section: 'The section must be a section slug.',
  q: `The text to look for must be 1 to ${MAX_Q} characters.`,
  wholeNumber: (field: string, max: number) => `${field} must be a whole number from 1 to ${max}.`,
  action: `The action must be one of ${Object.keys(ACTIONS).join(', ')}.`,
  note: `The note must be text of 1 to ${MAX_NOTE} characters.`,
  status: (field: string) => `${field} must be one of ${STATUSES.join(', ')}.`,
  ids: `ids must be a list of 1 to ${MAX_BULK_IDS} comment ids.`,
  idsOrFilter: 'Send either ids or filter, not both and not neither.',
  email: 'The address must be an e-mail address.',
  standing: `The standing must be one of ${STANDINGS.join(', ')}.`,
  filterNote: `A bulk decision by filter takes at most ${MAX_BULK_FILTER} comments a call, the oldest first.`,
};

type Query = Record<string, unknown>;

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], field: string, message: string, fallback?: T): T => {
  if ((value === undefined || value === '') && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw fieldError(field, message);
  return value as T;
};

const wholeNumber = (value: unknown, fallback: number, max: number, field: string): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1 || n > max) throw fieldError(field, DESK_MESSAGES.wholeNumber(field, max));
  return n;
};

/** A JSON object with only the keys a route takes. */
export const readBody = (body: unknown, allowed: readonly string[]): Record<string, unknown> => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw fieldError('body', DESK_MESSAGES.body);
  const unknown = Object.keys(body).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw fieldError(unknown, DESK_MESSAGES.unknownKey(unknown, allowed), `Unknown field "${unknown}".`);
  return body as Record<string, unknown>;
};

export const readFilter = (query: Query): DeskFilter => {
  const filter: DeskFilter = {};
  if (query.article !== undefined && query.article !== '') {
    if (typeof query.article !== 'string' || !DOCUMENT_ID.test(query.article)) throw fieldError('article', DESK_MESSAGES.article);
    filter.article = query.article;
  }
  if (query.section !== undefined && query.section !== '') {
    if (typeof query.section !== 'string' || !isSlug(query.section)) throw fieldError('section', DESK_MESSAGES.section);
    filter.section = query.section;
  }
  const locale = readLocale(query);
  if (locale) filter.locale = locale;
  if (query.q !== undefined) {
    const q = typeof query.q === 'string' ? query.q.trim() : '';
    if (q.length < 1 || [...q].length > MAX_Q) throw fieldError('q', DESK_MESSAGES.q);
    filter.q = q;
  }
  return filter;
};

const QUEUE_PARAMS = ['queue', 'article', 'section', 'locale', 'q', 'order', 'page', 'pageSize'];
const COUNT_PARAMS = ['article', 'section', 'locale', 'q'];

const refuseUnknownParams = (query: Query, allowed: readonly string[]) => {
  const unknown = Object.keys(query).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw fieldError(unknown, DESK_MESSAGES.unknownKey(unknown, allowed), `Unknown parameter "${unknown}".`);
};

export const readQueueRequest = (query: Query): QueueRequest => {
  refuseUnknownParams(query, QUEUE_PARAMS);
  const queue = oneOf(query.queue, DESK_QUEUES, 'queue', DESK_MESSAGES.queue, 'pending');
  return {
    queue,
    filter: readFilter(query),
    order: oneOf(query.order, ORDERS, 'order', DESK_MESSAGES.order, queue === 'pending' || queue === 'reported' ? 'oldest' : 'newest'),
    page: wholeNumber(query.page, 1, 100000, 'page'),
    pageSize: wholeNumber(query.pageSize, 20, 100, 'pageSize'),
  };
};

export const readCountsRequest = (query: Query): DeskFilter => {
  refuseUnknownParams(query, COUNT_PARAMS);
  return readFilter(query);
};

export const readCommentId = (value: unknown): string => {
  if (typeof value !== 'string' || !DOCUMENT_ID.test(value)) throw fieldError('id', 'The comment id must be a comment documentId.');
  return value;
};

export const readAction = (value: unknown): Action => oneOf(value, Object.keys(ACTIONS) as Action[], 'action', DESK_MESSAGES.action);

export const readNote = (value: unknown, required: boolean): string | null => {
  if (!required && (value === undefined || value === null)) return null;
  const note = typeof value === 'string' ? value.trim() : '';
  if (typeof value !== 'string' || note.length === 0 || [...value].length > MAX_NOTE) {
    if (!required && value === '') return null;
    throw fieldError('note', DESK_MESSAGES.note);
  }
  return note;
};

export const readStatus = (value: unknown, field: string): CommentStatus => oneOf(value, STATUSES, field, DESK_MESSAGES.status(field));

export const readDecideBody = (body: unknown) => {
  const data = readBody(body, ['action', 'note']);
  return { action: readAction(data.action), note: readNote(data.note, false) };
};

export const readUndoBody = (body: unknown) => {
  const data = readBody(body, ['status', 'previous']);
  return { status: readStatus(data.status, 'status'), previous: readStatus(data.previous, 'previous') };
};

export const readNoteBody = (body: unknown) => ({ note: readNote(readBody(body, ['note']).note, true) as string });

export const readBulkBody = (body: unknown) => {
  const data = readBody(body, ['action', 'note', 'ids', 'filter']);
  const action = readAction(data.action);
  const note = readNote(data.note, false);
  if ((data.ids === undefined) === (data.filter === undefined)) throw fieldError('ids', DESK_MESSAGES.idsOrFilter);
  if (data.ids !== undefined) {
    const ids = data.ids;
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_BULK_IDS || !ids.every((id) => typeof id === 'string' && DOCUMENT_ID.test(id))) {
      throw fieldError('ids', DESK_MESSAGES.ids);
    }
    return { action, note, ids: [...new Set(ids as string[])] };
  }
  const raw = data.filter;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw fieldError('filter', DESK_MESSAGES.queue);
  const filterQuery = raw as Query;
  const unknown = Object.keys(filterQuery).find((key) => !['queue', ...COUNT_PARAMS].includes(key));
  if (unknown !== undefined) throw fieldError(`filter.${unknown}`, DESK_MESSAGES.unknownKey(unknown, ['queue', ...COUNT_PARAMS]));
  const queue = oneOf(filterQuery.queue, DESK_QUEUES, 'filter.queue', DESK_MESSAGES.queue);
  return { action, note, filter: { queue, ...readFilter(filterQuery) } };
};

export const readEmail = (value: unknown): string => {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!isEmailAddress(email)) throw fieldError('email', DESK_MESSAGES.email);
  return email;
};

export const readStandingBody = (body: unknown) => {
  const data = readBody(body, ['standing', 'note']);
  return { standing: oneOf(data.standing, STANDINGS, 'standing', DESK_MESSAGES.standing), note: readNote(data.note, false) };
};
