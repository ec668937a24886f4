import { ref } from './schemas';
import type { JsonSchema, Operation, Parameter, PathItem, Reference, Response } from './types';

/**
 * Every custom route of the product (src/api/<type>/routes/0*.ts), one operation each: its
 * parameters as the controller reads them, its body, and each status it answers.
 * tests/contracts/openapi.test.ts fails when a declared route is missing here.
 */

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const ok = (description: string, schema: JsonSchema, headers?: Response['headers']): Response => ({
  description,
  ...(headers ? { headers } : {}),
  content: json(schema),
});
const response = (name: string): Reference => ({ $ref: `#/components/responses/${name}` });
const parameter = (name: string): Reference => ({ $ref: `#/components/parameters/${name}` });
const body = (schema: string, description: string, required = true) => ({ required, description, content: json(ref(schema)) });

const slugIn = (what: string): Parameter => ({
  name: 'slug',
  in: 'path',
  required: true,
  description: `The ${what}'s address (slug).`,
  schema: { type: 'string' },
});
const commentId: Parameter = { name: 'id', in: 'path', required: true, description: "The comment's id (its documentId).", schema: { type: 'string' } };

/**
 * A cached public page (src/article-cache/pages/): validators and purge keys on 200, 304 to a
 * current If-None-Match. Every list and the assembled article are answered this way.
 */
const CACHE_HEADERS: Response['headers'] = {
  ETag: { description: 'The version of this answer.', schema: { type: 'string' } },
  'Cache-Control': { description: 'How long browsers and CDNs may keep it.', schema: { type: 'string' } },
  'X-Cache': { description: "HIT or MISS (this instance's page cache).", schema: { enum: ['HIT', 'MISS'] } },
  'Surrogate-Key': {
    description: 'What the page shows and follows, space-separated, for CDN purges: article-, author-, section-, front-, tag-<documentId>, section-articles-<documentId>, ...',
    schema: { type: 'string' },
  },
  'Cache-Tag': { description: 'The same keys, comma-separated (Cloudflare).', schema: { type: 'string' } },
};
const ifNoneMatch: Parameter = {
  name: 'If-None-Match',
  in: 'header',
  description: 'An ETag of an earlier answer: 304 when it is still current.',
  schema: { type: 'string' },
};
const cached = (operation: Operation): Operation => {
  const answered = operation.responses['200'] as Response;
  return {
    ...operation,
    parameters: [...(operation.parameters ?? []), ifNoneMatch],
    responses: {
      ...operation.responses,
      '200': { ...answered, headers: { ...CACHE_HEADERS, ...(answered.headers ?? {}) } },
      '304': { description: 'Not modified: the If-None-Match ETag is current.', headers: CACHE_HEADERS },
    },
  };
};

/** The query every public list reads (src/api/article/list-query.ts, src/validation/list-query.ts). */
const listQuery = [parameter('locale'), parameter('cursor'), parameter('pageSize')];
const listErrors = { '400': response('BadRequest'), '404': response('NotFound'), '503': response('ServiceUnavailable') };

const publicList = (operationId: string, tag: string, summary: string, description: string, slug: Parameter | null, schema: string): Operation =>
  cached({
    operationId,
    tags: [tag],
    summary,
    description,
    parameters: slug ? [slug, ...listQuery] : listQuery,
    responses: { '200': ok(summary, ref(schema)), ...listErrors },
  });

/**
 * The reader routes go through Strapi's permission check of the public role (or the signed-in
 * reader's role): a bad token is a 401, a role without the permission a 403.
 */
const permissionErrors = { '401': response('Unauthorized'), '403': response('Forbidden') };

const moderator = [{ usersPermissionsJwt: [] }];
const moderatorErrors = {
  '401': response('Unauthorized'),
  '403': response('Forbidden'),
  '503': response('ServiceUnavailable'),
};
const decide = (action: 'approve' | 'reject' | 'spam', status: string): PathItem => ({
  post: {
    operationId: `${action}Comment`,
    tags: ['Moderation'],
    summary: `Set a comment's status to ${status}, with an optional note (recorded in its history).`,
    security: moderator,
    parameters: [commentId],
    requestBody: body('ModerationDecision', 'The note, optional; an empty body is accepted.', false),
    responses: {
      '200': ok('The comment and its new status.', ref('ModerationDecided')),
      '400': response('BadRequest'),
      '404': response('NotFound'),
      ...moderatorErrors,
    },
  },
});

const frontDescription =
  'The editor\'s picks in their order, then the latest published articles of the section and its subsections ' +
  '(of every section for home) without the picks. The first page has the front\'s `fill` latest articles, or ' +
  '`pageSize` when given; `nextCursor` pages through the latest only. A section without a front record answers ' +
  'as a front with no picks.';

export const paths: Record<string, PathItem> = {
  '/api/fronts/home': {
    get: cached({
      operationId: 'getHomeFront',
      tags: ['Fronts'],
      summary: 'The home front.',
      description: frontDescription,
      parameters: listQuery,
      responses: { '200': ok('The home front.', ref('FrontPage')), ...listErrors },
    }),
  },
  '/api/fronts/{sectionSlug}': {
    get: cached({
      operationId: 'getSectionFront',
      tags: ['Fronts'],
      summary: "A section's front.",
      description: frontDescription,
      parameters: [{ ...slugIn('section'), name: 'sectionSlug' }, ...listQuery],
      responses: { '200': ok("The section's front.", ref('FrontPage')), ...listErrors },
    }),
  },
  '/api/sections': {
    get: cached({
      operationId: 'getSections',
      tags: ['Sections'],
      summary: 'The sections as a tree, roots first, each level by order then name.',
      description: "Names and descriptions in the locale asked, the default locale's where a section has no translation.",
      parameters: [parameter('locale')],
      responses: { '200': ok('The section tree.', ref('SectionTree')), ...listErrors },
    }),
  },
  '/api/sections/{slug}/articles': {
    get: publicList(
      'getSectionArticles',
      'Sections',
      'Teasers of the published articles in a section and its subsections, newest first.',
      'As primary or further section; newest first by first publication, then id; keyset pages.',
      slugIn('section'),
      'SectionArticles'
    ),
  },
  '/api/authors/{slug}': {
    get: cached({
      operationId: 'getAuthor',
      tags: ['Authors'],
      summary: "An author's profile and a page of their published articles, newest first.",
      parameters: [slugIn('author'), ...listQuery],
      responses: { '200': ok("The author's page.", ref('AuthorPage')), ...listErrors },
    }),
  },
  '/api/authors/{slug}/articles': {
    get: publicList(
      'getAuthorArticles',
      'Authors',
      'Teasers of the published articles an author is in the byline of, newest first; the author in meta.',
      'The list in `data`, who it is of in `meta`, as a section front.',
      slugIn('author'),
      'AuthorArticles'
    ),
  },
  '/api/tags/{slug}/articles': {
    get: publicList(
      'getTagArticles',
      'Tags',
      "Teasers of a tag's published articles, newest first; the tag in meta.",
      'The list in `data`, the tag in `meta`, as a section front.',
      slugIn('tag'),
      'TagArticles'
    ),
  },
  '/api/articles/{slug}/assembled': {
    get: cached({
      operationId: 'getAssembledArticle',
      tags: ['Articles'],
      summary: 'One published article in reading order, with its comments and reactions.',
      description:
        'Cached; `ETag` and `If-None-Match` (304). `cursor` is the `comments.nextCursor` of a previous page. ' +
        'The shape is docs/contracts/assembled-article.schema.json.',
      parameters: [
        slugIn('article'),
        parameter('locale'),
        { name: 'cursor', in: 'query', description: 'The next page of top-level comments (comments.nextCursor).', schema: { type: 'string', maxLength: 200 } },
      ],
      responses: {
        '200': ok('The assembled article.', ref('AssembledArticleResponse')),
        '301': {
          description: 'An old slug of the article (changed after publication): its current address, the query kept. Never kept in the page cache.',
          headers: {
            Location: { description: '/api/articles/<current slug>/assembled with the same query.', schema: { type: 'string' } },
            'Cache-Control': { description: 'How long browsers and CDNs may keep the redirect.', schema: { type: 'string' } },
          },
        },
        ...permissionErrors,
        ...listErrors,
      },
    }),
  },
  '/api/articles/{slug}/comments': {
    get: {
      operationId: 'getComments',
      tags: ['Comments'],
      summary: 'Approved comments, threaded (replies), oldest first; a hidden comment hides its replies.',
      parameters: [
        slugIn('article'),
        { name: 'locale', in: 'query', description: 'A locale code such as en or fa-AF (any case); a malformed one is a 400.', schema: { type: 'string' } },
        { name: 'cursor', in: 'query', description: 'meta.nextCursor of the previous page.', schema: { type: 'string' } },
        { name: 'limit', in: 'query', description: 'Top-level comments per page, 1 to 100 (default COMMENTS_PAGE_SIZE, 20).', schema: { type: 'integer', minimum: 1, maximum: 100 } },
      ],
      responses: { '200': ok('A page of comments.', ref('CommentList')), ...permissionErrors, ...listErrors },
    },
    post: {
      operationId: 'postComment',
      tags: ['Comments'],
      summary: 'Post a comment (or a reply): the server decides its status.',
      description: 'Any key the route does not list, inside or beside `data`, is a 400 naming it. Rate limited per address.',
      parameters: [slugIn('article'), { name: 'locale', in: 'query', schema: { type: 'string' } }],
      requestBody: body('NewComment', 'The comment.'),
      responses: {
        '201': ok('Received; pending under pre-moderation.', ref('CommentCreated')),
        '400': response('BadRequest'),
        ...permissionErrors,
        '404': response('NotFound'),
        '409': response('Conflict'),
        '429': response('TooManyRequests'),
        '503': response('ServiceUnavailable'),
      },
    },
  },
  '/api/comments/{id}/reports': {
    post: {
      operationId: 'reportComment',
      tags: ['Comments'],
      summary: 'Report an approved comment (once per reader; a repeat is answered the same and counted once).',
      parameters: [commentId],
      requestBody: body('NewReport', 'The reason.'),
      responses: {
        '201': ok('Received.', ref('ReportReceived')),
        '400': response('BadRequest'),
        ...permissionErrors,
        '404': response('NotFound'),
        '429': response('TooManyRequests'),
        '503': response('ServiceUnavailable'),
      },
    },
  },
  '/api/articles/{slug}/reactions': {
    post: {
      operationId: 'react',
      tags: ['Reactions'],
      summary: "Answer 'Do you like this article?': one vote per reader, the other value moves it.",
      parameters: [slugIn('article'), { name: 'locale', in: 'query', schema: { type: 'string' } }],
      requestBody: body('NewReaction', 'The vote.'),
      responses: {
        '200': ok('The counts after the vote, and this reader\'s vote.', ref('ReactionCounts')),
        '400': response('BadRequest'),
        ...permissionErrors,
        '404': response('NotFound'),
        '429': response('TooManyRequests'),
        '503': response('ServiceUnavailable'),
      },
    },
  },
  '/api/moderation/comments': {
    get: {
      operationId: 'getModerationQueue',
      tags: ['Moderation'],
      summary: 'A moderation queue, with e-mails, reports and history.',
      description: 'pending, approved, rejected and spam oldest first; reported by report count, then oldest first.',
      security: moderator,
      parameters: [
        { name: 'status', in: 'query', schema: { enum: ['pending', 'approved', 'rejected', 'spam', 'reported'], default: 'pending' } },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100000, default: 1 } },
        { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
      ],
      responses: { '200': ok('A page of the queue.', ref('ModerationQueue')), '400': response('BadRequest'), ...moderatorErrors },
    },
  },
  '/api/moderation/comments/bulk': {
    post: {
      operationId: 'moderateComments',
      tags: ['Moderation'],
      summary: 'One decision for many comments.',
      security: moderator,
      requestBody: body('BulkModeration', 'The comments and the decision.'),
      responses: { '200': ok('How many changed.', ref('BulkModerated')), '400': response('BadRequest'), ...moderatorErrors },
    },
  },
  '/api/moderation/comments/{id}/approve': decide('approve', 'approved'),
  '/api/moderation/comments/{id}/reject': decide('reject', 'rejected'),
  '/api/moderation/comments/{id}/spam': decide('spam', 'spam'),
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      tags: ['Contract'],
      summary: 'This document.',
      responses: {
        '200': ok('The OpenAPI 3.1 document of the custom routes.', {
          type: 'object',
          required: ['openapi', 'info', 'paths'],
          properties: { openapi: { const: '3.1.0' } },
        }),
      },
    },
  },
};
