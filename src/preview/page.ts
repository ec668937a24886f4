import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { PREVIEW_REFUSALS, verifyPreview, type PreviewKeys } from './link';
import type { ArticleAnswer } from '../reader-page';
import { renderNotFoundPage } from '../reader-page/render/page';
import { wordsFor } from '../reader-page/messages';
import { service } from '../services';

/**
 * GET /preview/articles/:documentId?locale=&status=&expires=&signature=: one version of an
 * article (the draft, unless the link says published) on the reader page, as it would look
 * published, with the preview's band. The link is the one config/admin.ts gives the admin panel's
 * "Open preview" (./link.ts). Neither the read nor the page goes near the page cache or the stored
 * documents: every answer is `no-store` and `noindex`, refusals too.
 */

export const PREVIEW_ROUTE = '/preview/articles/:documentId';

const NOT_FOUND = 'There is no such article in this language: it may have been deleted.';
// The refusals are the editor's, before any version is read: in English, as the admin panel's link is.
const REFUSED = 'This preview cannot be shown';

/**
 * A refusal as the reader page answers errors (an HTML page), or in Strapi's error shape for a
 * client that asks for JSON.
 */
const refuse = (ctx: Context, status: 403 | 404, message: string): void => {
  ctx.status = status;
  if (ctx.accepts('html', 'json') === 'json') {
    ctx.body = { data: null, error: { status, name: status === 403 ? 'ForbiddenError' : 'NotFoundError', message, details: {} } };
    return;
  }
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = renderNotFoundPage(message, status === 403 ? REFUSED : wordsFor('en').m.notFound);
};

export const previewPage = (strapi: Core.Strapi, answerArticle: ArticleAnswer) => async (ctx: Context) => {
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Robots-Tag', 'noindex');
  const { secret } = strapi.config.get('newsroom.preview') as PreviewKeys;
  const verdict = verifyPreview(String(ctx.params.documentId), ctx.query, secret);
  if ('refused' in verdict) return refuse(ctx, 403, PREVIEW_REFUSALS[verdict.refused]);

  const { documentId, locale, status } = verdict.target;
  const article = await service(strapi, 'api::article.assembled-article').assemblePreview({ documentId, locale, status });
  if (!article) return refuse(ctx, 404, NOT_FOUND);
  await answerArticle(ctx, article, undefined, { preview: true });
};
