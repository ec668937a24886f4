import type { Core, Modules } from '@strapi/strapi';
import { isReaderRequest, publishedOnlyForReaders } from '../published-only';

const request = (type?: string, strategy?: string) => ({
  state: { ...(type ? { route: { info: { type } } } : {}), ...(strategy ? { auth: { strategy: { name: strategy } } } : {}) },
});

describe('isReaderRequest', () => {
  it.each([
    ['an anonymous content-API request', request('content-api', 'users-permissions'), true],
    ['a signed-in reader or moderator', request('content-api', 'users-permissions'), true],
    ['a content-API route without auth (moderation API)', request('content-api'), true],
    ['an API token', request('content-api', 'content-api-token'), false],
    ['the admin panel', request('admin', 'admin'), false],
    ['no request (bootstrap, scripts)', undefined, false],
  ])('%s → %s', (_case, ctx, expected) => {
    expect(isReaderRequest(ctx)).toBe(expected);
  });
});

describe('publishedOnlyForReaders', () => {
  const run = async (action: string, params: Record<string, unknown>, draftAndPublish: boolean, ctx = request('content-api', 'users-permissions')) => {
    const strapi = { requestContext: { get: () => ctx } } as unknown as Core.Strapi;
    const context = { action, params, uid: 'api::article.article', contentType: { options: { draftAndPublish } } };
    await publishedOnlyForReaders(strapi)(context as unknown as Modules.Documents.Middleware.Context, async () => undefined as never);
    return context.params;
  };

  it.each(['findMany', 'findFirst', 'findOne', 'count'])('forces published on %s, dropping publication filters', async (action) => {
    const params = await run(action, { status: 'draft', publicationFilter: 'never-published', hasPublishedVersion: 'false', locale: 'en' }, true);
    expect(params).toEqual({ status: 'published', locale: 'en' });
  });

  it('leaves writes, types without drafts and API tokens alone', async () => {
    expect(await run('update', { status: 'draft' }, true)).toEqual({ status: 'draft' });
    expect(await run('findMany', { status: 'draft' }, false)).toEqual({ status: 'draft' });
    expect(await run('findMany', { status: 'draft' }, true, request('content-api', 'content-api-token'))).toEqual({ status: 'draft' });
  });
});
