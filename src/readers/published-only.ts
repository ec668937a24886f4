import type { Core, Modules } from '@strapi/strapi';
import type { Context } from 'koa';

/**
 * Readers only ever see published versions. Strapi 5 honours `?status=draft` (and
 * `publicationFilter`, `hasPublishedVersion`) from any caller allowed to `find`, so this sits in the
 * document service, under every controller: during a content-API request made by a reader
 * (users-permissions: anonymous, signed-in, moderator; or a route without auth), every read of a
 * draft-and-publish type is forced to `status: 'published'`, whatever the query asked.
 *
 * Not touched: the admin panel (its own routes), calls outside a request (bootstrap, scripts,
 * the cache's assembly) and API tokens. Tokens are issued by administrators to the newsroom's own
 * front-ends and build jobs, can be revoked in the admin panel, and previews need drafts: they keep
 * Strapi's `status=draft`. Without asking, they get the published version like anyone.
 */
const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const TRUSTED_STRATEGIES = new Set(['content-api-token']);

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string } };
}

/** Whether the request in progress is a reader's: a content-API route not authenticated by an API token. */
export const isReaderRequest = (ctx: Pick<Context, 'state'> | undefined): boolean => {
  const state = ctx?.state as RequestState | undefined;
  if (state?.route?.info?.type !== 'content-api') return false;
  return !TRUSTED_STRATEGIES.has(state.auth?.strategy?.name ?? '');
};

type ReadParams = { status?: string; publicationFilter?: unknown; hasPublishedVersion?: unknown };

export const publishedOnlyForReaders =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (
      READS.has(context.action) &&
      context.contentType.options?.draftAndPublish === true &&
      isReaderRequest(strapi.requestContext.get() as Context | undefined)
    ) {
      const { publicationFilter: _filter, hasPublishedVersion: _legacy, ...params } = (context.params ?? {}) as ReadParams;
      context.params = { ...params, status: 'published' } as typeof context.params;
    }
    return next();
  };

const registered = new WeakSet<Core.Strapi>();

/** Installs the rule once per app instance. */
export const keepDraftsFromReaders = (strapi: Core.Strapi): void => {
  if (registered.has(strapi)) return;
  registered.add(strapi);
  strapi.documents.use(publishedOnlyForReaders(strapi));
};
