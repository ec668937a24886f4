import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { service } from '../../../services';
import { mayHandleStory, READ_ARTICLES, UPDATE_ARTICLES, type Ability } from '../permissions';

/**
 * The versions' admin API, beside the content manager's and authenticated as it is (an admin
 * user's token): Strapi 5 mounts API folders' routes on the content API only, so these are given
 * to the admin API's router at start (`type: 'admin'`, as the admin's own routes are). Who may:
 * an admin user who may read articles' stories in the content manager (list, get, compare), or
 * update them (restore); a headline alone is not enough (src/api/article/permissions.ts). The controllers turn the request into plain arguments; the service does the rest.
 */
const READ = READ_ARTICLES;
const UPDATE = UPDATE_ARTICLES;
const BASE = '/newsroom/articles/:documentId/versions';

const mayOrRefuse = (ctx: Context, action: string): void => {
  const ability = ctx.state.userAbility as Ability | undefined;
  if (!mayHandleStory(ability, action)) throw new errors.ForbiddenError(action === READ ? 'You may not read articles.' : 'You may not change articles.');
};

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export const versionControllers = (strapi: Core.Strapi) => {
  const versions = () => service(strapi, 'api::article.versions');
  return {
    async list(ctx: Context) {
      mayOrRefuse(ctx, READ);
      const { locale, versions: found } = await versions().list(ctx.params.documentId, text(ctx.query.locale));
      ctx.body = { data: found, meta: { documentId: ctx.params.documentId, locale } };
    },
    async compare(ctx: Context) {
      mayOrRefuse(ctx, READ);
      ctx.body = { data: await versions().compare(ctx.params.documentId, text(ctx.query.from), text(ctx.query.to)) };
    },
    async get(ctx: Context) {
      mayOrRefuse(ctx, READ);
      ctx.body = { data: await versions().get(ctx.params.documentId, ctx.params.id) };
    },
    async restore(ctx: Context) {
      mayOrRefuse(ctx, UPDATE);
      ctx.body = { data: await versions().restore(ctx.params.documentId, ctx.params.id) };
    },
  };
};

const registered = new WeakSet<Core.Strapi>();

/** Adds the routes to the admin API once per app instance (before the server mounts its routers). */
export const serveArticleVersions = (strapi: Core.Strapi): void => {
  if (registered.has(strapi)) return;
  registered.add(strapi);
  const controllers = versionControllers(strapi);
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      { method: 'GET', path: BASE, handler: controllers.list, info: { apiName: 'article', type: 'admin' }, config: { policies: [] } },
      { method: 'GET', path: `${BASE}/compare`, handler: controllers.compare, info: { apiName: 'article', type: 'admin' }, config: { policies: [] } },
      { method: 'GET', path: `${BASE}/:id`, handler: controllers.get, info: { apiName: 'article', type: 'admin' }, config: { policies: [] } },
      { method: 'POST', path: `${BASE}/:id/restore`, handler: controllers.restore, info: { apiName: 'article', type: 'admin' }, config: { policies: [] } },
    ],
  });
};
