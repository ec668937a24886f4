import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { bootApp, type TestApp } from '../helpers/app';
import { responseErrors, schemaErrors } from '../helpers/contract';
import { declaredRoutes } from '../helpers/routes';
import { openApiDocument, openApiText } from '../../src/openapi/document';

/**
 * The API contract: GET /api/openapi.json is docs/contracts/openapi.json, a valid OpenAPI 3.1
 * document that lists every custom route, from which a front-end can generate its types; and the
 * validator every test's answers go through reports a drifted answer.
 */

const committed = path.resolve(__dirname, '..', '..', 'docs', 'contracts', 'openapi.json');
const teaser = {
  documentId: 'd1',
  locale: 'en',
  headline: 'A headline',
  standfirst: null,
  slug: 'a-headline',
  path: '/articles/a-headline',
  section: { name: 'World', slug: 'world' },
  byline: [{ name: 'A. Writer', slug: 'a-writer' }],
  heroImage: null,
  publishedAt: '2026-01-01T00:00:00.000Z',
  lastPublishedAt: '2026-01-02T00:00:00.000Z',
  commentCount: 0,
};

const root = path.resolve(__dirname, '..', '..');

/**
 * The validator and openapi-typescript are ES modules (with ES-module dependencies): each runs in
 * its own Node process, as a front-end's tooling would, rather than in Jest's CommonJS.
 */
const runModule = (script: string): string =>
  execFileSync(process.execPath, ['--input-type=module', '-e', script, committed], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });

let app: TestApp;
beforeAll(async () => {
  app = await bootApp({ seedDemo: false });
});
afterAll(async () => {
  await app?.close();
});

describe('GET /api/openapi.json', () => {
  it('answers the document, as JSON, without sign-in; docs/contracts/openapi.json is the same', async () => {
    const res = await app.http().get('/api/openapi.json').expect(200).expect('Content-Type', /^application\/json/);
    expect(res.body).toEqual(openApiDocument());
    // The committed copy front-ends read: regenerate it with `npm run contracts` when this fails.
    const onDisk = fs.existsSync(committed) ? fs.readFileSync(committed, 'utf8') : '';
    if (onDisk !== openApiText()) {
      throw new Error('docs/contracts/openapi.json differs from src/openapi/document.ts: run `npm run contracts` and commit the file.');
    }
  });

  it('is a valid OpenAPI 3.1 document (@seriousme/openapi-schema-validator)', () => {
    const output = runModule(`
      import { Validator } from '@seriousme/openapi-schema-validator';
      import fs from 'fs';
      const result = await new Validator().validate(JSON.parse(fs.readFileSync(process.argv[1], 'utf8')));
      console.log(JSON.stringify(result));`);
    const result = JSON.parse(output) as { valid: boolean; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(openApiDocument().openapi).toBe('3.1.0');
  });

  it('describes every custom route declared in src/api/*/routes/0*.ts', () => {
    const routes = declaredRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(16);
    const anyName = (template: string) => template.replace(/\{[^}]+\}/g, '{}');
    const documented = new Set(
      Object.entries(openApiDocument().paths).flatMap(([template, item]) => Object.keys(item).map((method) => `${method} ${anyName(template)}`))
    );
    const missing = routes.filter((route) => !documented.has(`${route.method} ${anyName(route.path)}`));
    expect(missing.map((route) => `${route.method.toUpperCase()} ${route.path} (${route.file})`)).toEqual([]);
  });

  it('gives openapi-typescript what it needs to generate a front-end\'s types', () => {
    // Its programmatic API, as `npx openapi-typescript` calls it.
    const types = runModule(`
      import openapiTS, { astToString } from 'openapi-typescript';
      import fs from 'fs';
      process.stdout.write(astToString(await openapiTS(JSON.parse(fs.readFileSync(process.argv[1], 'utf8')))));`);
    expect(types).toContain('"/api/fronts/home": {');
    expect(types).toMatch(/Teaser: \{[^}]*headline: string;/);
    expect(types).toContain('getModerationQueue: {');
  });
});

describe('the validator every answer goes through', () => {
  it('reports a teaser missing a field, at its place in the body', () => {
    const { headline: _dropped, ...withoutHeadline } = teaser;
    expect(schemaErrors('Teaser', teaser)).toEqual([]);
    const body = { data: [teaser, withoutHeadline], meta: { section: { name: 'World', slug: 'world', description: null, order: 0 }, nextCursor: null } };
    const errors = responseErrors('GET', '/api/sections/world/articles?pageSize=2', { status: 200, type: 'application/json', body });
    expect(errors).toEqual([expect.stringMatching(/^GET \/api\/sections\/\{slug\}\/articles 200: \/data\/1 must have required property 'headline'/)]);
  });

  it('reports an error shape that drifts, and a status the document does not list', () => {
    const drifted = { data: null, error: { status: 400, name: 'ValidationError', message: 'Bad pageSize.', details: {} } };
    expect(responseErrors('GET', '/api/fronts/home?pageSize=x', { status: 400, type: 'application/json', body: drifted }).join('\n')).toMatch(
      /400: \/error\/details must have required property 'errors'/
    );
    expect(responseErrors('GET', '/api/fronts/home', { status: 500, type: 'application/json', body: {} })).toEqual([
      expect.stringContaining('answered 500, which the document does not list'),
    ]);
  });

  it('leaves routes it does not describe alone: core routes, and a documented route not declared yet', () => {
    expect(responseErrors('GET', '/api/articles', { status: 200, type: 'application/json', body: { anything: true } })).toEqual([]);
    expect(responseErrors('PUT', '/api/fronts/home', { status: 405, body: {} })).toEqual([]);
    const declaresAuthorPage = declaredRoutes().some((route) => route.method === 'get' && /^\/api\/authors\/\{[^}]+\}$/.test(route.path));
    if (!declaresAuthorPage) expect(responseErrors('GET', '/api/authors/some-id', { status: 200, type: 'application/json', body: {} })).toEqual([]);
  });
});
