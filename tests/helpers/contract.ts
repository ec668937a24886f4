import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { openApiDocument } from '../../src/openapi/document';
import type { MediaType, Operation, Reference, Response } from '../../src/openapi/types';
import { declaredRoutes, templatePattern } from './routes';

/**
 * The one response validator of the tests: answers checked against the OpenAPI document
 * (src/openapi/document.ts, which embeds docs/contracts/assembled-article.schema.json). Every
 * request through `app.http()` to a documented custom route is checked (tests/helpers/app.ts).
 */

const document = openApiDocument();
const DOCUMENT_ID = 'openapi.json';
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(document, DOCUMENT_ID);

const pointer = (...parts: string[]): string => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const compiled = new Map<string, ValidateFunction>();
const validatorAt = (at: string): ValidateFunction => {
  let validate = compiled.get(at);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${at}` });
    compiled.set(at, validate);
  }
  return validate;
};

const errorsOf = (validate: ValidateFunction, body: unknown): string[] =>
  validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

/** Errors of a body against a component schema, e.g. `schemaErrors('AssembledArticleResponse', body)`. */
export const schemaErrors = (component: string, body: unknown): string[] =>
  errorsOf(validatorAt(pointer('components', 'schemas', component)), body);

/** The assembled article's contract (docs/contracts/assembled-article.schema.json, as the document embeds it). */
export const contractErrors = (body: unknown): string[] => schemaErrors('AssembledArticleResponse', body);

const placeholders = (template: string): number => template.split('{').length - 1;

/** Documented paths that a declared route serves (`/api/authors/{slug}` waits for its route). */
const routes = declaredRoutes();
const served = Object.keys(document.paths)
  .filter((template) => {
    const probe = template.replace(/\{[^}]+\}/g, 'x');
    return routes.some((route) => templatePattern(route.path).test(probe));
  })
  // The most literal template first: /api/fronts/home before /api/fronts/{sectionSlug}.
  .sort((a, b) => placeholders(a) - placeholders(b))
  .map((template) => ({ template, pattern: templatePattern(template) }));

const isReference = (value: Response | Reference): value is Reference => '$ref' in value;

/**
 * What is wrong with an answer from a documented operation, or [] (also for one the document
 * does not describe: a core route, another method).
 */
export const responseErrors = (method: string, url: string, response: { status: number; type?: string; body: unknown; text?: string }): string[] => {
  const pathname = new URL(url, 'http://test').pathname;
  const found = served.find(({ pattern }) => pattern.test(pathname));
  const operation: Operation | undefined = found && document.paths[found.template][method.toLowerCase() as 'get'];
  if (!found || !operation) return [];
  const where = `${method.toUpperCase()} ${found.template}`;
  const status = String(response.status);
  const declared = operation.responses[status];
  if (!declared) return [`${where} answered ${status}, which the document does not list (it lists ${Object.keys(operation.responses).join(', ')}).`];
  let at = pointer('paths', found.template, method.toLowerCase(), 'responses', status);
  let resolved: Response;
  if (isReference(declared)) {
    const name = declared.$ref.replace('#/components/responses/', '');
    resolved = document.components.responses[name];
    at = pointer('components', 'responses', name);
  } else resolved = declared;
  const media: MediaType | undefined = resolved.content?.['application/json'];
  if (!media) return response.text ? [`${where} ${status}: the document describes no body, the answer has one.`] : [];
  if (!response.type?.includes('json')) return [`${where} ${status}: expected application/json, got ${response.type || 'no content type'}.`];
  return errorsOf(validatorAt(`${at}/content/application~1json/schema`), response.body).map((e) => `${where} ${status}: ${e}`);
};
