import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { service } from '../../../services';
import {
  readBulkBody,
  readCommentId,
  readCountsRequest,
  readDecideBody,
  readEmail,
  readNoteBody,
  readQueueRequest,
  readStandingBody,
  readUndoBody,
} from './validation';

/**
 * The moderation desk's admin API (its answers' types in ./types.ts, shared with the admin page), beside the
 * content manager's and authenticated as it is (an admin user's token), mounted on the admin
 * router at start as the article versions' routes are (Strapi 5 mounts API folders' routes on the
 * content API only). Who may: an admin user with the action api::moderation-desk.use (the
 * Comment moderator role; super admins have every action). Controllers turn the request into
 * plain arguments; the desk service does the rest.
 */
export const DESK_ACTION = 'api::moderation-desk.use';
export const DESK_ACTION_REGISTRATION = { section: 'settings', category: 'Newsroom', displayName: 'Use the moderation desk', uid: 'moderation-desk.use' } as const;
const BASE = '/newsroom/desk';

interface Ability {
  can(action: string, subject?: string): boolean;
}

const mayOrRefuse = (ctx: Context): void => {
  const ability = ctx.state.userAbility as Ability | undefined;
  if (!ability?.can(DESK_ACTION)) throw new errors.ForbiddenError('You may not use the moderation desk.');
};

export const deskControllers = (strapi: Core.Strapi) => {
  const desk = () => service(strapi, 'api::comment.desk');
  const guarded = (handler: (ctx: Context) => Promise<void>) => async (ctx: Context) => {
    mayOrRefuse(ctx);
    await handler(ctx);
  };
  return {
    queue: guarded(async (ctx) => {
      ctx.body = await desk().queue(readQueueRequest(ctx.query));
    }),
    counts: guarded(async (ctx) => {
      ctx.body = { data: await desk().counts(readCountsRequest(ctx.query)) };
    }),
    decide: guarded(async (ctx) => {
      const id = readCommentId(ctx.params.id);
      ctx.body = { data: await desk().decide({ id, ...readDecideBody(ctx.request.body) }) };
    }),
    undo: guarded(async (ctx) => {
      const id = readCommentId(ctx.params.id);
      ctx.body = { data: await desk().undo({ id, ...readUndoBody(ctx.request.body) }) };
    }),
    note: guarded(async (ctx) => {
      const id = readCommentId(ctx.params.id);
      ctx.body = { data: await desk().note({ id, ...readNoteBody(ctx.request.body) }) };
    }),
    bulk: guarded(async (ctx) => {
      ctx.body = { data: await desk().bulk(readBulkBody(ctx.request.body)) };
    }),
    author: guarded(async (ctx) => {
      ctx.body = { data: await desk().author(readEmail(ctx.params.email)) };
    }),
    setStanding: guarded(async (ctx) => {
      const email = readEmail(ctx.params.email);
      const { standing, note } = readStandingBody(ctx.request.body);
      ctx.body = { data: await desk().setStanding(email, standing, note) };
    }),
  };
};

const registered = new WeakSet<Core.Strapi>();

/** Adds the routes to the admin API once per app instance (before the server mounts its routers). */
export const serveModerationDesk = (strapi: Core.Strapi): void => {
  if (registered.has(strapi)) return;
  registered.add(strapi);
  const c = deskControllers(strapi);
  const route = (method: 'GET' | 'POST' | 'PUT', path: string, handler: (ctx: Context) => Promise<void>) => ({
    method,
    path: `${BASE}${path}`,
    handler,
    info: { apiName: 'comment', type: 'admin' },
    config: { policies: [] },
  });
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      route('GET', '/comments', c.queue),
      route('GET', '/counts', c.counts),
      route('POST', '/comments/bulk', c.bulk),
      route('POST', '/comments/:id/decide', c.decide),
      route('POST', '/comments/:id/undo', c.undo),
      route('POST', '/comments/:id/note', c.note),
      route('GET', '/authors/:email', c.author),
      route('PUT', '/authors/:email', c.setStanding),
    ],
  });
};
