import assembledArticleSchema from '../../docs/contracts/assembled-article.schema.json';
import { paths } from './paths';
import { schemas } from './schemas';
import type { JsonSchema, OpenApiDocument } from './types';

/**
 * The OpenAPI 3.1 document of the product's custom routes (fronts, sections, author and tag
 * lists, the assembled article, comments, reactions, moderation): served at GET /api/openapi.json
 * and written to docs/contracts/openapi.json by `npm run contracts`.
 *
 * The assembled article is not copied: docs/contracts/assembled-article.schema.json is embedded
 * as it stands, its $defs hoisted to components (OpenAPI 3.1 schemas are JSON Schema 2020-12, but a
 * "#/$defs/..." reference would point at the document's root, so each becomes a component).
 */

/** Component names of the article schema's $defs; others get an AssembledArticle prefix. */
const HOISTED: Record<string, string> = { image: 'Image', speaker: 'Speaker', block: 'ArticleBlock', comment: 'Comment', teaser: 'Teaser' };

const pascal = (name: string): string => name.replace(/(^|[-_])(\w)/g, (_m, _sep: string, c: string) => c.toUpperCase());

const rewriteRefs = (value: unknown, names: Record<string, string>): unknown => {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, names));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
        const name = names[inner.slice('#/$defs/'.length)];
        if (!name) throw new Error(`assembled-article.schema.json: no $defs entry for ${inner}`);
        return [key, `#/components/schemas/${name}`];
      }
      return [key, rewriteRefs(inner, names)];
    })
  );
};

/** The article schema's response and its $defs as components, references rewritten. */
export const hoistSchema = (schema: JsonSchema, name: string, taken: Set<string>): Record<string, JsonSchema> => {
  const { $schema: _dialect, $id: _id, $defs = {}, ...root } = schema;
  const names: Record<string, string> = {};
  for (const def of Object.keys($defs)) {
    const preferred = HOISTED[def] ?? `AssembledArticle${pascal(def)}`;
    names[def] = taken.has(preferred) ? `AssembledArticle${pascal(def)}` : preferred;
    if (taken.has(names[def])) throw new Error(`Component ${names[def]} is defined twice.`);
  }
  const hoisted: Record<string, JsonSchema> = { [name]: rewriteRefs(root, names) as JsonSchema };
  for (const [def, component] of Object.entries(names)) hoisted[component] = rewriteRefs($defs[def], names) as JsonSchema;
  return hoisted;
};

const build = (): OpenApiDocument => ({
  openapi: '3.1.0',
  info: {
    title: 'Newsroom CMS API',
    version: '1.0.0',
    description:
      "The product's own routes: fronts, sections, author and tag lists, the assembled article, comments, reactions " +
      "and moderation. Strapi's core content-API routes (/api/articles, /api/authors/:id, ...) are not described here. " +
      'Every failure answers Strapi\'s error shape `{ data: null, error: { status, name, message, details } }`; ' +
      'a 400 ValidationError names the field in `details.errors[].path`. Extra properties may appear in answers; ' +
      'the ones named here are the contract.',
  },
  tags: [
    { name: 'Fronts', description: 'The home front and section fronts.' },
    { name: 'Sections', description: 'The section tree and section lists.' },
    { name: 'Authors', description: 'Author pages.' },
    { name: 'Tags', description: 'Tag lists.' },
    { name: 'Articles', description: 'The assembled article.' },
    { name: 'Comments', description: 'What readers do with comments, without an account.' },
    { name: 'Reactions', description: "Readers' votes." },
    { name: 'Moderation', description: 'The moderators\' API (users-permissions role "Moderator").' },
    { name: 'Contract', description: 'This document.' },
  ],
  paths,
  components: {
    schemas: { ...schemas, ...hoistSchema(assembledArticleSchema as JsonSchema, 'AssembledArticleResponse', new Set(Object.keys(schemas))) },
    parameters: {
      locale: {
        name: 'locale',
        in: 'query',
        description: 'A locale code in any case (FA-af is fa-AF); empty or absent: the default locale. An unknown locale is a 404.',
        schema: { type: 'string' },
      },
      cursor: {
        name: 'cursor',
        in: 'query',
        description: "meta.nextCursor of the previous page (opaque); one that does not decode is a 400.",
        schema: { type: 'string', maxLength: 200 },
      },
      pageSize: {
        name: 'pageSize',
        in: 'query',
        description: 'Items per page, 1 to 50 (default 20; a front\'s default is its fill).',
        schema: { type: 'integer', minimum: 1, maximum: 50 },
      },
    },
    headers: {
      'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 1 } },
    },
    responses: {
      BadRequest: {
        description: 'A parameter or field is invalid (repeated, malformed, unknown key, out of range): a ValidationError naming it.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ValidationError' } } },
      },
      Unauthorized: {
        description: 'No valid sign-in (missing, invalid or expired token).',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
      Forbidden: {
        description: 'Signed in without the right (not a moderator), or comments closed on this article.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
      NotFound: {
        description: 'No such published article, comment, section, author, tag or locale.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
      Conflict: {
        description: 'The same comment from the same e-mail on the same article, within the duplicate window.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
      TooManyRequests: {
        description: "Over this address's rate limit.",
        headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/RateLimitError' } } },
      },
      ServiceUnavailable: {
        description: 'The database is unreachable for now; try again after Retry-After.',
        headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    },
    securitySchemes: {
      usersPermissionsJwt: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'A users-permissions sign-in token (POST /api/auth/local). The moderation API takes only this, of an account with the Moderator role: none is 401, another role 403.',
      },
      apiToken: {
        type: 'http',
        scheme: 'bearer',
        description:
          "An API token issued in the admin panel, for Strapi's core content-API routes (drafts with ?status=draft). The routes described here are public or take the sign-in token above.",
      },
    },
  },
});

let built: OpenApiDocument | undefined;

/** The document, built once (it depends on nothing but code and the article schema). */
export const openApiDocument = (): OpenApiDocument => (built ??= build());

/** The text of docs/contracts/openapi.json: what `npm run contracts` writes and a test compares. */
export const openApiText = (): string => `${JSON.stringify(openApiDocument(), null, 2)}\n`;
