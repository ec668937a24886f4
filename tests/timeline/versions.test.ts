import path from 'path';
import { bootApp, type TestApp } from '../helpers/app';
import { createApiToken, publishInAdminPanel, signInAsEditor } from '../helpers/auth';
import { makeArticle } from '../helpers/articles';
import { signInAsAdminModerator } from '../helpers/moderators';
import { queriesOf } from '../helpers/queries';
import { sectionId } from '../helpers/sections';
import type { VersionSummary } from '../../src/api/article/versions/types';

/**
 * Every save and publish of an article records a version, on every write path (the admin panel,
 * REST with an API token, the document service, the scheduler), with who, when, the locale, the
 * status and the content (body blocks and relations); a refused write records none. Editors list,
 * compare and restore them through the admin API; retention prunes old ones but keeps the latest.
 */
let app: TestApp;
let editor: string;
let editorEmail: string;
let token: string;
let actors: typeof import('../../src/actors');
const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const VERSIONS = (documentId: string) => `/newsroom/articles/${documentId}/versions`;

beforeAll(async () => {
  app = await bootApp();
  editor = await signInAsEditor(app);
  token = await createApiToken(app);
  const me = await app.http().get('/admin/users/me').set('Authorization', `Bearer ${editor}`).expect(200);
  editorEmail = me.body.data.email;
  // The app runs from dist/: its actors module (and the AsyncLocalStorage actAs fills) is that one.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  actors = require(path.resolve(__dirname, '../../dist/src/actors'));
});
afterAll(async () => {
  await app?.close();
});

const articles = () => app.strapi.documents(ARTICLE);
const asEditor = {
  get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${editor}`),
  post: (url: string) => app.http().post(url).set('Authorization', `Bearer ${editor}`),
  put: (url: string) => app.http().put(url).set('Authorization', `Bearer ${editor}`),
};

type Summary = VersionSummary;
const versionsOf = async (documentId: string, locale = 'en'): Promise<Summary[]> =>
  (await asEditor.get(`${VERSIONS(documentId)}?locale=${locale}`).expect(200)).body.data;
const paragraph = (text: string) => ({ __component: 'article.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text }] }] });

/** The demo's byline and tags, to link. */
const demoLinks = async () => {
  const demo = (await articles().findFirst({ locale: 'en', populate: { byline: true, tags: true } })) as unknown as {
    byline: Array<{ documentId: string }>;
    tags: Array<{ documentId: string; name: string }>;
  };
  return { byline: demo.byline.map((a) => a.documentId), tags: demo.tags.map((t) => t.documentId), tagNames: demo.tags.map((t) => t.name) };
};

describe('a version on every write path', () => {
  it('the document service records a save and a publish by the system, with body blocks and relations', async () => {
    const { byline, tags } = await demoLinks();
    const documentId = await makeArticle(app, { slug: 'versions-ds', title: 'Flood in Herat', paragraphs: 1, byline, tags });
    const list = await versionsOf(documentId);
    expect(list.map((v) => [v.event, v.status, v.who.type])).toEqual([
      ['publish', 'published', 'system'],
      ['save', 'draft', 'system'],
    ]);
    expect(list[0].summary).toContain('Flood in Herat');
    const { body } = await asEditor.get(`${VERSIONS(documentId)}/${list[0].id}`).expect(200);
    const content = body.data.content;
    expect(content).toMatchObject({ title: 'Flood in Herat', slug: 'versions-ds', dateline: 'HERAT', commentsEnabled: true });
    expect(content.body.map((block: { __component: string }) => block.__component)).toEqual([
      'article.paragraph',
      'article.subheading',
      'article.image',
      'article.quote',
    ]);
    expect(content.body[0].text).toEqual(paragraph('Paragraph 1.').text);
    expect(content.body[2].image).toEqual({ documentId: expect.any(String), label: expect.any(String) });
    expect(content.body[3]).toMatchObject({ quote: { documentId: expect.any(String), label: expect.any(String) }, attribution: 'he said.' });
    expect(content.section).toEqual({ documentId: await sectionId(app, 'asia'), label: 'Asia', locale: 'en' });
    expect(content.byline).toEqual(byline.map((id) => ({ documentId: id, label: expect.any(String) })));
    expect(content.tags).toHaveLength(tags.length);
    expect(content.heroImage).toEqual({ documentId: expect.any(String), label: expect.any(String) });
  });

  it('the admin panel’s save and publish are the editor’s', async () => {
    const documentId = await makeArticle(app, { slug: 'versions-admin', paragraphs: 1, withMedia: false, publish: false });
    await asEditor.put(`${CM}/${documentId}?locale=en`).send({ title: 'Edited in the panel' }).expect(200);
    await publishInAdminPanel(app, editor, ARTICLE, documentId).expect(200);
    const [published, saved] = await versionsOf(documentId);
    expect(saved).toMatchObject({ event: 'save', status: 'draft', who: { type: 'admin', label: expect.stringContaining(editorEmail) } });
    expect(published).toMatchObject({ event: 'publish', status: 'published', who: { type: 'admin', label: expect.stringContaining(editorEmail) } });
  });

  it('REST with an API token is the token’s, by name', async () => {
    const documentId = await makeArticle(app, { slug: 'versions-rest', paragraphs: 1, withMedia: false, publish: false });
    await app.http().put(`/api/articles/${documentId}?locale=en&status=draft`).set('Authorization', `Bearer ${token}`).send({ data: { title: 'Edited by a script' } }).expect(200);
    const [saved] = await versionsOf(documentId);
    expect(saved).toMatchObject({ event: 'save', status: 'draft', who: { type: 'api-token', label: expect.stringMatching(/^API token "test-full-access-[0-9a-f]+"$/) } });
    expect(saved.summary).toContain('Edited by a script');
  });

  it('the scheduler’s publish is the scheduler’s', async () => {
    const documentId = await makeArticle(app, { slug: 'versions-scheduler', paragraphs: 1, withMedia: false, publish: false });
    await actors.actAs(actors.SCHEDULER, () => articles().publish({ documentId, locale: 'en' }));
    const [published] = await versionsOf(documentId);
    expect(published).toMatchObject({ event: 'publish', status: 'published', who: { type: 'scheduler', label: 'scheduler' } });
  });

  it('a refused write records nothing', async () => {
    const documentId = await makeArticle(app, { slug: 'versions-refused', paragraphs: 1, withMedia: false, section: null, publish: false });
    const before = await versionsOf(documentId);
    await publishInAdminPanel(app, editor, ARTICLE, documentId).expect(400);
    await expect(articles().publish({ documentId, locale: 'en' })).rejects.toMatchObject({ name: 'ValidationError' });
    await asEditor.put(`${CM}/${documentId}?locale=en`).send({ title: 'x'.repeat(301) }).expect(400);
    expect(await versionsOf(documentId)).toEqual(before);
  });

  it('keeps each locale’s versions apart', async () => {
    const documentId = await makeArticle(app, { slug: 'versions-locales', paragraphs: 1, withMedia: false });
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'سیلاب در هرات' } } as never);
    const dari = await versionsOf(documentId, 'fa-AF');
    expect(dari.map((v) => [v.event, v.status])).toEqual([['save', 'draft']]);
    expect(dari[0].summary).toContain('سیلاب در هرات');
    expect((await versionsOf(documentId, 'en')).map((v) => v.event)).toEqual(['publish', 'save']);
  });

  it('a save costs one write to the versions table, and reading its content costs about the same whatever the body’s length', async () => {
    const short = await makeArticle(app, { slug: 'versions-cost-short', paragraphs: 1, publish: false });
    const long = await makeArticle(app, { slug: 'versions-cost-long', paragraphs: 12, publish: false });
    const versionQueries = async (documentId: string) =>
      (await queriesOf(app, () => articles().update({ documentId, locale: 'en', data: { dateline: 'KABUL' } } as never))).filter((sql) =>
        sql.includes('newsroom_article_versions')
      );
    expect(await versionQueries(short)).toHaveLength(1);
    expect(await versionQueries(long)).toHaveLength(1);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { captureArticle } = require(path.resolve(__dirname, '../../dist/src/api/article/versions/snapshot')) as typeof import('../../src/api/article/versions/snapshot');
    const reads = async (documentId: string) => (await queriesOf(app, () => captureArticle(app.strapi, { documentId, locale: 'en', status: 'draft' }))).length;
    const [shortReads, longReads] = [await reads(short), await reads(long)];
    // Strapi reads each kind of block in one query: twelve more blocks are not twelve more queries.
    expect(longReads).toBeLessThan(shortReads + 4);
    expect(shortReads).toBeLessThanOrEqual(30);
  });
});

describe('comparing and restoring', () => {
  it('compare shows a changed paragraph’s inserted and deleted words and a changed relation', async () => {
    const { tags, tagNames } = await demoLinks();
    const documentId = await makeArticle(app, { slug: 'versions-compare', paragraphs: 2, withMedia: false, tags: [tags[0]] });
    await articles().update({
      documentId,
      locale: 'en',
      data: { body: [paragraph('The river rose overnight in Herat.'), paragraph('Paragraph 2.')], tags: [tags[0]] },
    } as never);
    await articles().update({
      documentId,
      locale: 'en',
      data: { body: [paragraph('The river fell slowly overnight in Herat.'), paragraph('Paragraph 2.')], tags: [tags[1]] },
    } as never);
    const [latest, middle] = await versionsOf(documentId);
    const { body } = await asEditor.get(`${VERSIONS(documentId)}/compare?from=${middle.id}&to=${latest.id}`).expect(200);
    expect(body.data.from.id).toBe(middle.id);
    expect(body.data.changes).toEqual(
      expect.arrayContaining([
        {
          field: 'body',
          kind: 'blocks',
          blocks: [
            {
              position: 0,
              change: 'changed',
              component: 'article.paragraph',
              fields: [
                {
                  field: 'text',
                  kind: 'text',
                  before: 'The river rose overnight in Herat.',
                  after: 'The river fell slowly overnight in Herat.',
                  words: [
                    { type: 'same', text: 'The river ' },
                    { type: 'deleted', text: 'rose ' },
                    { type: 'inserted', text: 'fell slowly ' },
                    { type: 'same', text: 'overnight in Herat.' },
                  ],
                },
              ],
            },
          ],
        },
        {
          field: 'tags',
          kind: 'relation',
          added: [{ documentId: tags[1], label: tagNames[1] }],
          removed: [{ documentId: tags[0], label: tagNames[0] }],
        },
      ])
    );
    expect(body.data.changes.map((change: { field: string }) => change.field).sort()).toEqual(['body', 'tags']);
  });

  it('restore puts the old content in the draft, records a version, and leaves the published version alone', async () => {
    const documentId = await makeArticle(app, { slug: 'versions-restore', title: 'First headline', paragraphs: 1, withMedia: false });
    const [firstPublish] = await versionsOf(documentId);
    await articles().update({ documentId, locale: 'en', data: { title: 'Second headline', body: [paragraph('Rewritten.')] } } as never);
    await articles().publish({ documentId, locale: 'en' });
    const { body } = await asEditor.post(`${VERSIONS(documentId)}/${firstPublish.id}/restore`).send({}).expect(200);
    expect(body.data).toMatchObject({ restoredFrom: firstPublish.id, warnings: [], version: { event: 'save', status: 'draft', restoredFrom: firstPublish.id } });
    expect(body.data.version.who.label).toContain(editorEmail);
    const draft = (await articles().findOne({ documentId, locale: 'en', status: 'draft', populate: { body: true } })) as unknown as {
      title: string;
      body: Array<{ text: unknown }>;
    };
    expect(draft.title).toBe('First headline');
    expect(draft.body[0].text).toEqual(paragraph('Paragraph 1.').text);
    const published = await articles().findOne({ documentId, locale: 'en', status: 'published' });
    expect(published?.title).toBe('Second headline');
    expect((await versionsOf(documentId))[0].id).toBe(body.data.version.id);
  });

  it('restore leaves the notes to readers as they are: a later correction stays, with its own time', async () => {
    const documentId = await makeArticle(app, { slug: 'versions-restore-notes', title: 'Before the correction', paragraphs: 1, withMedia: false });
    const [beforeNote] = await versionsOf(documentId);
    await articles().update({
      documentId,
      locale: 'en',
      data: { title: 'Corrected', corrections: [{ type: 'correction', text: 'An earlier version gave the wrong date.' }] },
    } as never);
    const noted = (await articles().findOne({ documentId, locale: 'en', status: 'draft', populate: { corrections: true } })) as unknown as {
      corrections: Array<{ text: string; at: string }>;
    };
    await asEditor.post(`${VERSIONS(documentId)}/${beforeNote.id}/restore`).send({}).expect(200);
    const draft = (await articles().findOne({ documentId, locale: 'en', status: 'draft', populate: { corrections: true } })) as unknown as {
      title: string;
      corrections: Array<{ text: string; at: string }>;
    };
    expect(draft.title).toBe('Before the correction');
    expect(draft.corrections.map(({ text, at }) => ({ text, at }))).toEqual(noted.corrections.map(({ text, at }) => ({ text, at })));
    expect(draft.corrections).toHaveLength(1);
  });

  it('restore leaves out a tag that no longer exists, and says so', async () => {
    const tag = await app.strapi.documents('api::tag.tag').create({ locale: 'en', data: { name: 'Short-lived', slug: 'short-lived' } } as never);
    const documentId = await makeArticle(app, { slug: 'versions-restore-gone', paragraphs: 1, withMedia: false, tags: [tag.documentId] });
    const [withTag] = await versionsOf(documentId);
    await app.strapi.documents('api::tag.tag').delete({ documentId: tag.documentId });
    const { body } = await asEditor.post(`${VERSIONS(documentId)}/${withTag.id}/restore`).send({}).expect(200);
    expect(body.data.warnings).toEqual([expect.stringContaining('Short-lived')]);
  });
});

describe('retention', () => {
  it('prunes versions older than the setting when one is recorded, keeping the latest of each locale', async () => {
    const documentId = await makeArticle(app, { slug: 'versions-retention', paragraphs: 1, withMedia: false });
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'قدیمی' } } as never);
    const table = app.strapi.db.connection('newsroom_article_versions');
    await table.clone().where({ document_id: documentId }).update({ created_at: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000) });
    const dariBefore = await versionsOf(documentId, 'fa-AF');
    app.strapi.config.set('newsroom.articleVersions.keepDays', 30);
    try {
      await articles().update({ documentId, locale: 'en', data: { dateline: 'KABUL' } } as never);
    } finally {
      app.strapi.config.set('newsroom.articleVersions.keepDays', 0);
    }
    const english = await versionsOf(documentId, 'en');
    expect(english.map((v) => v.event)).toEqual(['save']);
    expect(await versionsOf(documentId, 'fa-AF')).toEqual(dariBefore);
  });

  it('keeps every version by default', async () => {
    const documentId = await makeArticle(app, { slug: 'versions-forever', paragraphs: 1, withMedia: false });
    await app.strapi.db.connection('newsroom_article_versions').where({ document_id: documentId }).update({ created_at: new Date(Date.now() - 4000 * 24 * 60 * 60 * 1000) });
    await articles().update({ documentId, locale: 'en', data: { dateline: 'KABUL' } } as never);
    expect(await versionsOf(documentId)).toHaveLength(3);
  });
});

describe('who may, and what is not there', () => {
  let documentId: string;
  let version: number;
  beforeAll(async () => {
    documentId = await makeArticle(app, { slug: 'versions-access', paragraphs: 1, withMedia: false });
    version = (await versionsOf(documentId))[0].id;
  });

  it('is 401 without a token and 403 for an admin user who may not read articles', async () => {
    await app.http().get(VERSIONS(documentId)).expect(401);
    const { token: moderator } = await signInAsAdminModerator(app);
    for (const url of [VERSIONS(documentId), `${VERSIONS(documentId)}/${version}`, `${VERSIONS(documentId)}/compare?from=${version}&to=${version}`]) {
      const res = await app.http().get(url).set('Authorization', `Bearer ${moderator}`).expect(403);
      expect(res.body).toMatchObject({ data: null, error: { status: 403, name: 'ForbiddenError' } });
    }
    await app.http().post(`${VERSIONS(documentId)}/${version}/restore`).set('Authorization', `Bearer ${moderator}`).send({}).expect(403);
  });

  it('is 404 for an unknown article, an unknown version, a version of another article, or no number', async () => {
    const other = await makeArticle(app, { slug: 'versions-other', paragraphs: 1, withMedia: false });
    const otherVersion = (await versionsOf(other))[0].id;
    for (const url of [
      VERSIONS('no-such-document'),
      `${VERSIONS(documentId)}/999999`,
      `${VERSIONS(documentId)}/${otherVersion}`,
      `${VERSIONS(documentId)}/abc`,
      `${VERSIONS(documentId)}/compare?from=${version}&to=${otherVersion}`,
    ]) {
      const res = await asEditor.get(url).expect(404);
      expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError', message: expect.any(String) } });
    }
    await asEditor.post(`${VERSIONS(documentId)}/${otherVersion}/restore`).send({}).expect(404);
  });

  it('is 400 on the field for a locale the newsroom lacks, a missing number, or versions of two locales', async () => {
    await articles().update({ documentId, locale: 'fa-AF', data: { title: 'دسترسی' } } as never);
    const dari = (await versionsOf(documentId, 'fa-AF'))[0].id;
    const cases: Array<[string, string]> = [
      [`${VERSIONS(documentId)}?locale=xx`, 'locale'],
      [`${VERSIONS(documentId)}/compare?to=${version}`, 'from'],
      [`${VERSIONS(documentId)}/compare?from=${version}&to=${dari}`, 'to'],
    ];
    for (const [url, field] of cases) {
      const res = await asEditor.get(url).expect(400);
      expect(res.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { errors: [{ path: [field], message: expect.any(String) }] } } });
    }
  });
});
