import type { JsonSchema } from './types';

/**
 * The shapes of the custom routes' bodies, each described once and referenced everywhere it
 * appears (the teaser in every list, the error in every failure). The assembled article's own
 * shapes (Image, Comment, ...) come from docs/contracts/assembled-article.schema.json, hoisted by
 * document.ts; these reference them by their component names.
 */

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
const text: JsonSchema = { type: 'string' };
const nullableText: JsonSchema = { type: ['string', 'null'] };
const count: JsonSchema = { type: 'integer', minimum: 0 };
const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const object = (properties: Record<string, JsonSchema>, required = Object.keys(properties), description?: string): JsonSchema => ({
  type: 'object',
  ...(description ? { description } : {}),
  required,
  properties,
});

const nextCursor: JsonSchema = {
  description: 'Pass as ?cursor= for the next page; null on the last page. Opaque.',
  type: ['string', 'null'],
};

/** `{ data, meta }`, the envelope of every list. */
const list = (data: JsonSchema, meta: Record<string, JsonSchema>): JsonSchema =>
  object({ data, meta: object(meta) });

export const MODERATION_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;

export const schemas: Record<string, JsonSchema> = {
  NameAndSlug: object({ name: text, slug: text }),

  // Teaser: the assembled-article contract's $defs.teaser (also its `related`), hoisted by document.ts.

  SectionSummary: object({ name: text, slug: text, description: nullableText, order: { type: 'integer' } }),
  SectionNode: {
    allOf: [ref('SectionSummary'), object({ children: { type: 'array', items: ref('SectionNode') } })],
  },
  SectionPathItem: object({ documentId: text, name: text, slug: text }),

  AuthorLink: object({ label: text, url: { type: 'string', format: 'uri' } }),
  AuthorProfile: object({
    name: text,
    slug: text,
    jobTitle: nullableText,
    bio: nullableText,
    photo: nullable(ref('Image')),
    links: { type: 'array', items: ref('AuthorLink') },
  }),
  TagSummary: object({ name: text, slug: text, description: nullableText }),
  FrontSummary: object({ name: text, section: nullable(ref('NameAndSlug')) }),

  SectionTree: list({ type: 'array', items: ref('SectionNode') }, {}),
  SectionArticles: list({ type: 'array', items: ref('Teaser') }, { section: ref('SectionSummary'), nextCursor }),
  AuthorArticles: list({ type: 'array', items: ref('Teaser') }, { author: ref('AuthorProfile'), nextCursor }),
  AuthorPage: object({
    data: { allOf: [ref('AuthorProfile'), object({ articles: { type: 'array', items: ref('Teaser') } })] },
    meta: object({ nextCursor }),
  }),
  TagArticles: list({ type: 'array', items: ref('Teaser') }, { tag: ref('TagSummary'), nextCursor }),
  FrontPage: object({
    data: object({
      picks: { description: "The editor's picks, in the editor's order.", type: 'array', items: ref('Teaser') },
      latest: { description: 'The latest articles of the section and its subsections (every section for home), without the picks.', type: 'array', items: ref('Teaser') },
    }),
    meta: object({ front: ref('FrontSummary'), nextCursor }),
  }),

  ModerationStatus: { enum: [...MODERATION_STATUSES] },
  CommentList: list({ type: 'array', items: ref('Comment') }, {
    count: { description: 'The comments readers see, replies included.', ...count },
    nextCursor,
  }),
  NewComment: object(
    {
      data: {
        type: 'object',
        required: ['authorName', 'authorEmail', 'body'],
        additionalProperties: false,
        properties: {
          authorName: { type: 'string', minLength: 1, maxLength: 80 },
          authorEmail: { type: 'string', format: 'email', maxLength: 255 },
          body: { description: 'Plain text, at most 1,500 characters as a reader counts them.', type: 'string', minLength: 1 },
          parent: { description: 'The id of an approved comment of the same article, to reply to it.', type: ['string', 'null'] },
          website: { description: 'The hidden honeypot field of the comment form: a person leaves it empty.', type: 'string' },
        },
      },
    },
    undefined
  ),
  CommentCreated: object({
    data: object({
      id: text,
      status: { description: 'Decided by the server; spam is answered as pending.', enum: ['pending', 'approved'] },
    }),
  }),
  NewReport: object({
    data: {
      type: 'object',
      required: ['reason'],
      additionalProperties: false,
      properties: {
        reason: { enum: ['spam', 'abuse', 'off-topic', 'misinformation', 'other'] },
        note: { type: ['string', 'null'] },
      },
    },
  }),
  ReportReceived: object({ data: object({ reported: { const: true } }) }),
  NewReaction: object({
    data: { type: 'object', required: ['value'], additionalProperties: false, properties: { value: ref('ReactionValue') } },
  }),
  ReactionValue: { enum: ['like', 'dislike'] },
  ReactionCounts: object({ data: object({ likes: count, dislikes: count, mine: ref('ReactionValue') }) }),

  ModerationComment: object({
    id: text,
    status: ref('ModerationStatus'),
    authorName: text,
    authorEmail: text,
    body: text,
    createdAt: dateTime,
    parent: { description: "The parent comment's id, or null for a top-level comment.", type: ['string', 'null'] },
    article: nullable(object({ slug: text, title: text })),
    reportCount: count,
    reports: {
      type: 'array',
      items: object({ reason: text, note: nullableText, createdAt: dateTime, resolved: { type: 'boolean' } }),
    },
    history: {
      description: 'Every decision, oldest first.',
      type: 'array',
      items: object({
        from: { anyOf: [ref('ModerationStatus'), { type: 'null' }] },
        to: ref('ModerationStatus'),
        note: nullableText,
        by: text,
        byType: { enum: ['moderator', 'admin', 'api-token', 'system'] },
        at: dateTime,
      }),
    },
  }),
  ModerationQueue: object({
    data: { type: 'array', items: ref('ModerationComment') },
    meta: object({
      pagination: object({ page: { type: 'integer', minimum: 1 }, pageSize: { type: 'integer', minimum: 1 }, pageCount: count, total: count }),
    }),
  }),
  ModerationDecision: object({
    data: {
      type: 'object',
      additionalProperties: false,
      properties: { note: { type: ['string', 'null'], maxLength: 2000 } },
    },
  }),
  ModerationDecided: object({ data: object({ id: text, status: ref('ModerationStatus') }) }),
  BulkModeration: object({
    data: {
      type: 'object',
      required: ['ids', 'action'],
      additionalProperties: false,
      properties: {
        ids: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', maxLength: 64 } },
        action: { enum: ['approve', 'reject', 'spam'] },
        note: { type: ['string', 'null'], maxLength: 2000 },
      },
    },
  }),
  BulkModerated: object({
    data: object({ updated: { description: 'Comments changed; ids that match none are skipped.', ...count }, status: ref('ModerationStatus') }),
  }),

  Error: object(
    {
      data: { type: 'null' },
      error: object(
        {
          status: { type: 'integer', minimum: 400, maximum: 599 },
          name: { description: 'ValidationError, NotFoundError, ForbiddenError, ...', type: 'string' },
          message: { description: 'What went wrong, in words a reader can act on.', type: 'string' },
          details: { type: 'object' },
        },
        ['status', 'name', 'message']
      ),
    },
    undefined,
    "Strapi's error shape, for every failure."
  ),
  ValidationError: {
    allOf: [
      ref('Error'),
      object({
        error: object({
          name: { const: 'ValidationError' },
          details: object({
            errors: {
              type: 'array',
              minItems: 1,
              items: object(
                {
                  path: { description: 'The field, e.g. ["pageSize"] or ["data", "authorEmail"].', type: 'array', items: { type: ['string', 'integer'] } },
                  message: text,
                  name: text,
                },
                ['path', 'message']
              ),
            },
          }),
        }, ['name', 'details']),
      }),
    ],
  },
  RateLimitError: {
    allOf: [
      ref('Error'),
      object({
        error: object({ name: { const: 'RateLimitError' }, details: object({ retryAfter: { type: 'integer', minimum: 1 } }) }, ['name', 'details']),
      }),
    ],
  },
};
