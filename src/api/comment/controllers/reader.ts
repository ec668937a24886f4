import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { COMMENT_FIELDS, HONEYPOT_FIELD, readData, readLimit, readLocale } from './validation';
import { REPORT_FIELDS } from '../reports/rules';
import { COMMENT_MESSAGES } from '../rules/messages';
import { readerKey } from '../../../readers/identity';
import { service } from '../../../services';

/** What readers do with comments, without an account: post, read, report. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/articles/:slug/comments */
  async create(ctx: Context) {
    const data = readData(ctx.request.body, COMMENT_FIELDS);
    const result = await service(strapi, 'api::comment.submission').submit({
      slug: String(ctx.params.slug),
      locale: readLocale(ctx.query),
      authorName: data.authorName,
      authorEmail: data.authorEmail,
      body: data.body,
      parent: data.parent,
      honeypot: data[HONEYPOT_FIELD],
    });
    ctx.status = 201;
    ctx.body = { data: result };
  },

  /** GET /api/articles/:slug/comments?cursor=&limit= */
  async find(ctx: Context) {
    const slug = String(ctx.params.slug);
    const article = await service(strapi, 'api::article.lookup').findPublished(slug, readLocale(ctx.query));
    if (!article) throw new errors.NotFoundError(COMMENT_MESSAGES.noArticle(slug));
    const { pageSize } = strapi.config.get('newsroom.comments') as { pageSize: number };
    const cursor = typeof ctx.query.cursor === 'string' && ctx.query.cursor ? ctx.query.cursor : null;
    const ref = { documentId: article.documentId, locale: article.locale };
    const [page, tally] = await Promise.all([
      service(strapi, 'api::comment.thread').listApproved(ref, { cursor, limit: readLimit(ctx.query.limit, pageSize) }),
      service(strapi, 'api::comment.tallies').read(ref),
    ]);
    ctx.body = { data: page.items, meta: { count: tally.comments, nextCursor: page.nextCursor } };
  },

  /** POST /api/comments/:id/reports */
  async report(ctx: Context) {
    const data = readData(ctx.request.body, REPORT_FIELDS);
    const result = await service(strapi, 'api::comment.reports').report({
      commentId: String(ctx.params.id),
      reason: data.reason,
      note: data.note,
      reporterKey: readerKey(strapi, ctx),
    });
    ctx.status = 201;
    ctx.body = { data: result };
  },
});
