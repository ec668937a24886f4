import { bootApp, type TestApp } from '../helpers/app';
import { createApiToken, publishInAdminPanel, signInAsSuperAdmin } from '../helpers/auth';
import { defaultSection, makeArticle } from '../helpers/articles';

/**
 * A quote block needs its words and speaker to publish, on every write path (document service,
 * REST, the admin panel, strapi.db.query): a 400 ValidationError on `['body', <index>, 'quote']`,
 * nothing written. Drafts may hold an unfinished block. A Quote itself is never written without
 * text or speaker (quotes have no drafts).
 */
let app: TestApp;
let token: string;
let editor: string;
let speaker: string;
let complete: string;
let withoutSpeaker: string;
let withoutText: string;

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const articles = () => app.strapi.documents(ARTICLE);
const quotes = () => app.strapi.documents(QUOTE);

interface JoinTable {
  name: string;
  joinColumn: { name: string };
}

/** A quote as one written before the rule (or by an import straight into the database) may be. */
const spoiledQuote = async (spoil: 'speaker' | 'text'): Promise<string> => {
  const created = await quotes().create({ data: { text: `To be spoiled: ${spoil}`, speaker } } as never);
  const row = (await app.strapi.db.query(QUOTE).findOne({ select: ['id'], where: { documentId: created.documentId } })) as {
    id: number;
  };
  if (spoil === 'text') {
    await app.strapi.db.connection('quotes').where({ id: row.id }).update({ text: ' ' });
  } else {
    const { joinTable } = app.strapi.db.metadata.get(QUOTE).attributes.speaker as unknown as { joinTable: JoinTable };
    await app.strapi.db.connection(joinTable.name).where(joinTable.joinColumn.name, row.id).delete();
  }
  return created.documentId;
};

beforeAll(async () => {
  app = await bootApp();
  token = await createApiToken(app, 'full-access');
  editor = await signInAsSuperAdmin(app);
  speaker = (
    await app.strapi.documents('api::person.person').create({ data: { name: 'A Spokesman', slug: 'a-spokesman' } } as never)
  ).documentId;
  complete = (await quotes().create({ data: { text: 'We will talk.', speaker } } as never)).documentId;
  withoutSpeaker = await spoiledQuote('speaker');
  withoutText = await spoiledQuote('text');
});
afterAll(async () => {
  await app?.close();
});

const paragraph = {
  __component: 'article.paragraph',
  text: [{ type: 'paragraph', children: [{ type: 'text', text: 'Talks began.' }] }],
};
/** The primary section's row id and a stored paragraph's, for the raw writes. */
const sectionRowId = async () =>
  (
    (await app.strapi.db
      .query('api::section.section')
      .findOne({ select: ['id'], where: { documentId: await defaultSection(app) } })) as { id: number }
  ).id;
let paragraphId: number | undefined;
const paragraphRow = () => ({ id: paragraphId, __component: 'article.paragraph' });
beforeAll(async () => {
  paragraphId = ((await app.strapi.db.query('article.paragraph').create({ data: { text: paragraph.text } })) as { id: number })
    .id;
});

/** A body whose second block (index 1) is a quote block linking `quote` (none: undefined). */
const bodyQuoting = (quote: string | undefined) => [
  paragraph,
  { __component: 'article.quote', ...(quote ? { quote } : {}), attribution: 'he said.', display: 'inline' },
];

const draft = async (slug: string, quote: string | undefined) =>
  (
    await articles().create({
      locale: 'en',
      data: { title: `Article ${slug}`, slug, section: await defaultSection(app), body: bodyQuoting(quote) },
    } as never)
  ).documentId;

const rowsOf = (slug: string) =>
  app.strapi.db.query(ARTICLE).findMany({ select: ['id', 'title', 'publishedAt'], where: { slug } }) as Promise<
    Array<{ id: number; title: string; publishedAt: string | null }>
  >;
const publishedRows = async (slug: string) => (await rowsOf(slug)).filter((row) => row.publishedAt !== null);

const refusal = { name: 'ValidationError', details: { errors: [{ path: ['body', 1, 'quote'] }] } };
const expect400 = (body: unknown, path: Array<string | number> = ['body', 1, 'quote']) =>
  expect(body).toMatchObject({
    data: null,
    error: { status: 400, name: 'ValidationError', details: { errors: [{ path, message: expect.any(String) }] } },
  });

describe('publishing an article with a quote block', () => {
  it('lets a draft hold an unfinished block', async () => {
    await draft('draft-empty-block', undefined);
    expect(await rowsOf('draft-empty-block')).toEqual([expect.objectContaining({ publishedAt: null })]);
  });

  it.each([
    ['links no quote', () => undefined],
    ['links a quote without speaker', () => withoutSpeaker],
    ['links a quote without text', () => withoutText],
  ])('refuses the document service’s publish when the block %s, publishing nothing', async (_, quote) => {
    const slug = `ds-${(quote() ?? 'none').slice(0, 8).toLowerCase()}`;
    const documentId = await draft(slug, quote());
    await expect(articles().publish({ documentId, locale: 'en' })).rejects.toMatchObject(refusal);
    expect(await publishedRows(slug)).toEqual([]);
  });

  it('publishes once the block links a quote with words and speaker', async () => {
    const documentId = await draft('ds-complete', undefined);
    await articles().update({ documentId, locale: 'en', data: { body: bodyQuoting(complete) } } as never);
    await articles().publish({ documentId, locale: 'en' });
    expect(await publishedRows('ds-complete')).toHaveLength(1);
  });

  it('refuses a REST create with status published, writing nothing', async () => {
    const response = await app
      .http()
      .post('/api/articles?status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: {
          title: 'Quoted at once',
          slug: 'rest-create',
          section: await defaultSection(app),
          body: bodyQuoting(withoutSpeaker),
        },
      })
      .expect(400);
    expect400(response.body);
    expect(await rowsOf('rest-create')).toEqual([]);
  });

  it('refuses publishing a draft through a REST update, keeping the draft as it was', async () => {
    const documentId = await draft('rest-update', undefined);
    const response = await app
      .http()
      .put(`/api/articles/${documentId}?status=published`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Edited and published' } })
      .expect(400);
    expect400(response.body);
    expect(await rowsOf('rest-update')).toEqual([expect.objectContaining({ title: 'Article rest-update', publishedAt: null })]);
  });

  it('refuses the admin panel’s publish, publishing nothing', async () => {
    const documentId = await draft('admin-publish', withoutText);
    const response = await publishInAdminPanel(app, editor, ARTICLE, documentId).expect(400);
    expect400(response.body);
    expect(await publishedRows('admin-publish')).toEqual([]);
  });

  it('refuses strapi.db.query publishing a row whose quote block is unfinished, writing nothing', async () => {
    // A raw create names the body's component rows, as the document service does.
    const block = (await app.strapi.db.query('article.quote').create({ data: { display: 'inline' } })) as { id: number };
    await expect(
      app.strapi.db.query(ARTICLE).create({
        data: {
          title: 'Raw',
          slug: 'raw-create',
          locale: 'en',
          publishedAt: new Date(),
          section: (await sectionRowId()) as never,
          body: [paragraphRow(), { id: block.id, __component: 'article.quote' }],
        },
      })
    ).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [{ path: ['body', 1, 'quote'] }] } });
    expect(await rowsOf('raw-create')).toEqual([]);

    // Publishing a draft row in place: its stored body is read.
    await draft('raw-update', withoutSpeaker);
    const [row] = await rowsOf('raw-update');
    await expect(
      app.strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { publishedAt: new Date() } })
    ).rejects.toMatchObject(refusal);
    expect(await publishedRows('raw-update')).toEqual([]);
  });

  it('makeArticle’s quote blocks are complete: it publishes them', async () => {
    await makeArticle(app, { slug: 'helper-quotes', paragraphs: 1 });
    const published = await articles().findFirst({
      locale: 'en',
      status: 'published',
      filters: { slug: 'helper-quotes' },
      populate: { body: { on: { 'article.quote': { populate: { quote: { populate: { speaker: true } } } } } } },
    } as never);
    const blocks = (
      (published as unknown as { body: Array<{ __component: string; quote?: { text: string; speaker: unknown } }> }).body ?? []
    ).filter((b) => b.__component === 'article.quote');
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(b.quote).toMatchObject({ text: expect.stringMatching(/\S/), speaker: expect.anything() });
  });
});

describe('a Quote', () => {
  const quoteRows = (text: string) => app.strapi.db.query(QUOTE).findMany({ where: { text } });

  it('is refused by the document service without a speaker, writing nothing', async () => {
    await expect(quotes().create({ data: { text: 'Unattributed words.' } } as never)).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [{ path: ['speaker'] }] },
    });
    expect(await quoteRows('Unattributed words.')).toEqual([]);
  });

  it('is refused through REST without text or without speaker', async () => {
    const post = (data: object) => app.http().post('/api/quotes').set('Authorization', `Bearer ${token}`).send({ data });
    expect400((await post({ speaker }).expect(400)).body, ['text']);
    expect400((await post({ text: 'REST, no speaker.' }).expect(400)).body, ['speaker']);
    expect(await quoteRows('REST, no speaker.')).toEqual([]);
  });

  it('is refused by the admin panel without a speaker, and may not lose it', async () => {
    const cm = `/content-manager/collection-types/${QUOTE}`;
    const response = await app
      .http()
      .post(cm)
      .set('Authorization', `Bearer ${editor}`)
      .send({ text: 'Panel, no speaker.' })
      .expect(400);
    expect400(response.body, ['speaker']);
    expect(await quoteRows('Panel, no speaker.')).toEqual([]);

    const removed = await app
      .http()
      .put(`${cm}/${complete}`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ speaker: { disconnect: [{ documentId: speaker }] } })
      .expect(400);
    expect400(removed.body, ['speaker']);
    const kept = await quotes().findOne({ documentId: complete, populate: { speaker: true } } as never);
    expect((kept as unknown as { speaker: { documentId: string } }).speaker.documentId).toBe(speaker);
  });

  it('is refused by strapi.db.query without text or speaker, and may not lose them', async () => {
    await expect(app.strapi.db.query(QUOTE).create({ data: { text: 'Raw, no speaker.' } })).rejects.toMatchObject({
      details: { errors: [{ path: ['speaker'] }] },
    });
    expect(await quoteRows('Raw, no speaker.')).toEqual([]);
    const row = (await app.strapi.db.query(QUOTE).findOne({ select: ['id'], where: { documentId: complete } })) as { id: number };
    await expect(app.strapi.db.query(QUOTE).update({ where: { id: row.id }, data: { text: '' } })).rejects.toMatchObject({
      details: { errors: [{ path: ['text'] }] },
    });
    await expect(app.strapi.db.query(QUOTE).update({ where: { id: row.id }, data: { speaker: null } })).rejects.toMatchObject({
      details: { errors: [{ path: ['speaker'] }] },
    });
    expect(await app.strapi.db.query(QUOTE).findOne({ where: { id: row.id }, populate: { speaker: true } })).toMatchObject({
      text: 'We will talk.',
      speaker: expect.anything(),
    });
  });
});
