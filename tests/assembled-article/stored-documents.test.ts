import { bootApp, type TestApp } from '../helpers/app';
import { queriesOf as countQueries } from '../helpers/queries';
import { addComment, addReaction, makeArticle } from '../helpers/articles';

/**
 * Stored documents (api::article.stored-documents) with the page cache off: what an uncached
 * request reads, and that every change to something a page shows reaches the next reader.
 */

let app: TestApp;

beforeAll(async () => {
  app = await bootApp({ env: { ARTICLE_CACHE: 'false', COMMENTS_PAGE_SIZE: '20' } });
});
afterAll(async () => {
  await app?.close();
});

const assembled = async (slug: string) => (await app.http().get(`/api/articles/${slug}/assembled`).expect(200)).body.data;

const storedRows = async (documentId: string): Promise<number> =>
  Number(((await app.strapi.db.connection('newsroom_article_documents').where({ document_id: documentId }).count({ n: '*' }).first()) as { n: number | string }).n);

/** The queries one request runs, counted from knex's query event. */
const queriesOf = (work: () => Promise<unknown>) => countQueries(app, work);

/** Stands in for strapi.documents (a getter on Strapi's class) on this instance, until unwrapped. */
const wrapDocuments = (test: TestApp, documents: (uid: 'api::article.article') => unknown) =>
  Object.defineProperty(test.strapi, 'documents', { value: documents, configurable: true });
const unwrapDocuments = (test: TestApp) => delete (test.strapi as { documents?: unknown }).documents;

/** The demo's hero image, the first body image and quote of an article, with their documents. */
const shownDocuments = async (documentId: string) => {
  const article = (await app.strapi.documents('api::article.article').findOne({
    documentId,
    locale: 'en',
    status: 'published',
    populate: {
      heroImage: { populate: { file: true } },
      byline: true,
      tags: true,
      body: { on: { 'article.image': { populate: { image: true } }, 'article.quote': { populate: { quote: { populate: { speaker: true } } } } } },
    },
  } as never)) as unknown as {
    heroImage: { documentId: string; file: { id: number; documentId: string } };
    byline: Array<{ documentId: string }>;
    tags: Array<{ documentId: string }>;
    body: Array<{ __component: string; quote?: { documentId: string; speaker: { documentId: string } } }>;
  };
  const quote = article.body.find((block) => block.__component === 'article.quote')?.quote;
  return { hero: article.heroImage, quote, speaker: quote?.speaker, author: article.byline[0], tag: article.tags[0] };
};

describe('an uncached request reads the stored document', () => {
  it('in the same few queries for a short story, a long read and a story with 120 comments and 300 votes', async () => {
    await makeArticle(app, { slug: 'stored-short', paragraphs: 2 });
    await makeArticle(app, { slug: 'stored-long', paragraphs: 90 });
    const busy = await makeArticle(app, { slug: 'stored-busy', paragraphs: 12 });
    for (let i = 0; i < 40; i += 1) {
      const top = await addComment(app, busy, { body: `Top ${i}` });
      const reply = await addComment(app, busy, { body: `Reply ${i}`, parent: top });
      await addComment(app, busy, { body: `Reply to reply ${i}`, parent: reply });
    }
    for (let i = 0; i < 300; i += 1) await addReaction(app, busy, i % 3 ? 'like' : 'dislike', `voter-${i}`);

    const counts: Record<string, number> = {};
    for (const slug of ['stored-short', 'stored-long', 'stored-busy']) {
      await assembled(slug); // the first reader stores it
      counts[slug] = (await queriesOf(() => assembled(slug))).length;
    }
    // Strapi's permission check of the public role, the stored document, the figures, the top-level
    // comments, and their replies when there are any: five, whatever the body and the discussion.
    expect(counts['stored-long']).toBe(counts['stored-short']);
    expect(counts['stored-busy']).toBe(counts['stored-short'] + 1);
    expect(counts['stored-busy']).toBeLessThanOrEqual(8);
    console.info(`[assembled article] database queries per uncached request, stored document: ${counts['stored-busy']}`);

    const page = await assembled('stored-busy');
    expect(page.comments.count).toBe(120);
    expect(page.comments.items).toHaveLength(20);
    expect(page.comments.items[0].replies[0].replies).toHaveLength(1);
    expect(page.reactions).toEqual({ likes: 200, dislikes: 100 });
  });

  it('is stored by the first reader, once, and shared through the database', async () => {
    const documentId = await makeArticle(app, { slug: 'stored-once' });
    expect(await storedRows(documentId)).toBe(0);
    const first = await queriesOf(() => assembled('stored-once'));
    expect(await storedRows(documentId)).toBe(1);
    const second = await queriesOf(() => assembled('stored-once'));
    expect(second.length).toBeLessThan(first.length);
    expect(await storedRows(documentId)).toBe(1);
  });

  it('answers 404 for what is not published, and stores nothing for it', async () => {
    const documentId = await makeArticle(app, { slug: 'stored-draft', publish: false });
    await app.http().get('/api/articles/stored-draft/assembled').expect(404);
    expect(await storedRows(documentId)).toBe(0);
  });
});

describe('a change to anything the page shows reaches the next reader', () => {
  it('a republished headline', async () => {
    const documentId = await makeArticle(app, { slug: 'stored-headline', title: 'Old headline' });
    expect((await assembled('stored-headline')).title).toBe('Old headline');
    const documents = app.strapi.documents('api::article.article');
    await documents.update({ documentId, locale: 'en', data: { title: 'New headline' } } as never);
    // The draft changed, the published version did not.
    expect((await assembled('stored-headline')).title).toBe('Old headline');
    await documents.publish({ documentId, locale: 'en' });
    expect((await assembled('stored-headline')).title).toBe('New headline');
  });

  it('unpublished, then published again', async () => {
    const documentId = await makeArticle(app, { slug: 'stored-pulled' });
    await assembled('stored-pulled');
    await app.strapi.documents('api::article.article').unpublish({ documentId, locale: 'en' });
    await app.http().get('/api/articles/stored-pulled/assembled').expect(404);
    expect(await storedRows(documentId)).toBe(0);
    await app.strapi.documents('api::article.article').publish({ documentId, locale: 'en' });
    await assembled('stored-pulled');
  });

  it('a caption, a speaker, an author, a tag and a replaced file, on every article that shows them', async () => {
    const first = await makeArticle(app, { slug: 'stored-shared-a' });
    await makeArticle(app, { slug: 'stored-shared-b' });
    const shown = await shownDocuments(first);
    for (const slug of ['stored-shared-a', 'stored-shared-b']) await assembled(slug);

    await app.strapi.documents('api::image.image').update({ documentId: shown.hero.documentId, data: { caption: 'A new caption' } } as never);
    await app.strapi.documents('api::person.person').update({ documentId: shown.speaker!.documentId, data: { name: 'A Renamed Speaker' } } as never);
    await app.strapi.db.query('plugin::upload.file').update({ where: { id: shown.hero.file.id }, data: { url: '/uploads/replaced.jpg' } });
    if (shown.author) await app.strapi.documents('api::author.author').update({ documentId: shown.author.documentId, data: { name: 'A Renamed Author' } } as never);
    if (shown.tag) await app.strapi.documents('api::tag.tag').update({ documentId: shown.tag.documentId, data: { name: 'A renamed tag' } } as never);

    for (const slug of ['stored-shared-a', 'stored-shared-b']) {
      const page = await assembled(slug);
      expect(page.heroImage.caption).toBe('A new caption');
      expect(page.heroImage.url).toMatch(/\/uploads\/replaced\.jpg$/);
      const quote = page.body.find((block: { type: string }) => block.type === 'quote');
      expect(quote.speaker.name).toBe('A Renamed Speaker');
      if (shown.author) expect(page.byline.map((b: { name: string }) => b.name)).toContain('A Renamed Author');
      if (shown.tag) expect(page.tags.map((t: { name: string }) => t.name)).toContain('A renamed tag');
    }
  });

  it('never stores a document read before a change that committed while it was being built', async () => {
    const documentId = await makeArticle(app, { slug: 'stored-race', title: 'Before the change' });
    const documents = app.strapi.documents.bind(app.strapi);
    let changed = false;
    // The reader's populate returns, then an editor's change commits before the reader stores it.
    wrapDocuments(app, (uid: 'api::article.article') => {
      const service = documents(uid);
      if (uid !== 'api::article.article' || changed) return service;
      return {
        ...service,
        findFirst: async (params: Parameters<typeof service.findFirst>[0]) => {
          const read = await service.findFirst(params);
          changed = true;
          await service.update({ documentId, locale: 'en', data: { title: 'After the change' } } as never);
          await service.publish({ documentId, locale: 'en' });
          return read;
        },
      };
    });
    try {
      expect((await assembled('stored-race')).title).toBe('Before the change');
    } finally {
      unwrapDocuments(app);
    }
    expect(await storedRows(documentId)).toBe(0);
    expect((await assembled('stored-race')).title).toBe('After the change');
  });
});

describe('a cold burst', () => {
  it('1,000 readers of an article just published: one assembly on this instance, no error', async () => {
    await makeArticle(app, { slug: 'stored-burst', paragraphs: 12 });
    const documents = app.strapi.documents.bind(app.strapi);
    let loads = 0;
    wrapDocuments(app, (uid: 'api::article.article') => {
      const service = documents(uid);
      if (uid !== 'api::article.article') return service;
      return {
        ...service,
        findFirst: (params: Parameters<typeof service.findFirst>[0]) => {
          loads += 1;
          return service.findFirst(params);
        },
      };
    });
    try {
      const statuses = await Promise.all(
        Array.from({ length: 1000 }, () => app.http().get('/api/articles/stored-burst/assembled').then((res) => res.status))
      );
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
    } finally {
      unwrapDocuments(app);
    }
    expect(loads).toBe(1);
  });
});
