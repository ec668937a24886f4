import { bootApp, type TestApp } from '../helpers/app';
import { publishInAdminPanel, signInAsEditor } from '../helpers/auth';
import { makeArticle } from '../helpers/articles';
import { DEMO_SLUG } from '../../src/demo/reference-article';

/**
 * A translation shares what the versions share: a new locale version of an article starts with
 * the source version's slug, byline, hero photo, tags, sections and body blocks (new copies, the
 * photos and quotes they link kept) for what the write leaves empty; its pages answer at the same
 * address under its locale, and the versions link each other.
 */
let app: TestApp;
let editor: string;
const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;

interface Linked {
  documentId: string;
}
interface Block {
  id: number;
  __component: string;
  text?: unknown;
  image?: Linked | null;
  quote?: Linked | null;
}
interface Version {
  slug: string;
  title: string;
  commentModeration: string;
  byline: Linked[];
  heroImage: Linked | null;
  tags: Linked[];
  section: Linked | null;
  sections: Linked[];
  body: Block[];
}

let source: string;
let english: Version;

beforeAll(async () => {
  app = await bootApp();
  editor = await signInAsEditor(app);
  const demo = (await app.strapi
    .documents(ARTICLE)
    .findFirst({
      locale: 'en',
      filters: { slug: DEMO_SLUG },
      populate: { byline: true, tags: true, sections: true },
    })) as unknown as Version;
  source = await makeArticle(app, {
    slug: 'floods-in-herat',
    title: 'Floods in Herat',
    byline: demo.byline.map(({ documentId }) => documentId),
    tags: demo.tags.map(({ documentId }) => documentId),
  });
  await app.strapi.documents(ARTICLE).update({ documentId: source, locale: 'en', data: { commentModeration: 'post' } } as never);
  await app.strapi.documents(ARTICLE).publish({ documentId: source, locale: 'en' });
  english = await version(source, 'en');
});
afterAll(async () => {
  await app?.close();
});

const version = async (documentId: string, locale: string): Promise<Version> =>
  (await app.strapi.documents(ARTICLE).findOne({
    documentId,
    locale,
    status: 'draft',
    populate: {
      byline: true,
      heroImage: true,
      tags: true,
      section: true,
      sections: true,
      body: {
        on: {
          'article.paragraph': true,
          'article.subheading': true,
          'article.image': { populate: ['image'] },
          'article.quote': { populate: ['quote'] },
        },
      },
    },
  })) as unknown as Version;

const ids = (linked: Linked[]) => linked.map(({ documentId }) => documentId).sort();
const shape = (body: Block[]) =>
  body.map((block) => ({
    c: block.__component,
    text: block.text,
    image: block.image?.documentId,
    quote: block.quote?.documentId,
  }));

/** What the admin panel sends when an editor saves a new locale version: the typed fields, the rest empty. */
const emptyForm = (title: string) => ({
  title,
  slug: 'article',
  summary: null,
  byline: { connect: [], disconnect: [] },
  heroImage: { connect: [], disconnect: [] },
  tags: { connect: [], disconnect: [] },
  section: { connect: [], disconnect: [] },
  sections: { connect: [], disconnect: [] },
  body: [],
});

describe('a new locale version made in the admin panel', () => {
  let dari: Version;

  beforeAll(async () => {
    await app
      .http()
      .put(`${CM}/${source}?locale=fa-AF`)
      .set('Authorization', `Bearer ${editor}`)
      .send(emptyForm('سیلاب در هرات'))
      .expect(200);
    dari = await version(source, 'fa-AF');
  });

  it('has the document’s slug, byline, hero photo, tags and comment settings', () => {
    expect(english.byline.length).toBeGreaterThan(0);
    expect(english.tags.length).toBeGreaterThan(0);
    expect(english.heroImage).not.toBeNull();
    expect(dari).toMatchObject({ slug: 'floods-in-herat', title: 'سیلاب در هرات', commentModeration: 'post' });
    expect(ids(dari.byline)).toEqual(ids(english.byline));
    expect(ids(dari.tags)).toEqual(ids(english.tags));
    expect(dari.heroImage?.documentId).toBe(english.heroImage?.documentId);
  });

  it('has the body blocks to translate in place: new copies, the photos and quotes kept', () => {
    expect(dari.body.length).toBeGreaterThan(3);
    expect(shape(dari.body)).toEqual(shape(english.body));
    const englishIds = new Set(english.body.map((block) => `${block.__component}:${block.id}`));
    expect(dari.body.some((block) => englishIds.has(`${block.__component}:${block.id}`))).toBe(false);
  });

  it('links the section’s version in its locale when there is one', async () => {
    const section = english.section?.documentId;
    const inDari = await app.strapi.db.query('api::section.section').findOne({ where: { documentId: section, locale: 'fa-AF' } });
    expect(dari.section?.documentId ?? null).toBe(inDari ? section : null);
  });

  it('is translated in place, leaving the English body as it was', async () => {
    const body = dari.body.map((block) =>
      block.__component === 'article.paragraph'
        ? {
            __component: block.__component,
            id: block.id,
            text: [{ type: 'paragraph', children: [{ type: 'text', text: 'بند ترجمه شده.' }] }],
          }
        : { ...block, image: block.image?.documentId, quote: block.quote?.documentId }
    );
    await app
      .http()
      .put(`${CM}/${source}?locale=fa-AF`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ title: 'سیلاب در هرات', body })
      .expect(200);
    expect(shape((await version(source, 'en')).body)).toEqual(shape(english.body));
    expect(JSON.stringify((await version(source, 'fa-AF')).body)).toContain('بند ترجمه شده.');
  });

  it('once published, answers at the same address in its locale; the versions link each other', async () => {
    await publishInAdminPanel(app, editor, ARTICLE, source, 'fa-AF').expect(200);
    const assembled = (await app.http().get('/api/articles/floods-in-herat/assembled?locale=fa-AF').expect(200)).body.data;
    expect(assembled).toMatchObject({
      slug: 'floods-in-herat',
      locale: 'fa-AF',
      title: 'سیلاب در هرات',
      translations: [{ locale: 'en', title: 'Floods in Herat' }],
    });
    expect(assembled.byline.length).toBe(english.byline.length);
    expect(assembled.heroImage).not.toBeNull();

    const page = (await app.http().get('/fa-AF/articles/floods-in-herat').expect(200)).text;
    expect(page).toMatch(/<html lang="fa-AF" dir="rtl">/);
    expect(page).toContain('<a href="/articles/floods-in-herat" hreflang="en" lang="en" dir="ltr">English: Floods in Herat</a>');
    const englishPage = (await app.http().get('/articles/floods-in-herat').expect(200)).text;
    expect(englishPage).toContain(
      '<a href="/fa-AF/articles/floods-in-herat" hreflang="fa-AF" lang="fa-AF" dir="rtl">دری: سیلاب در هرات</a>'
    );
  });
});

describe('through the document service', () => {
  it('what the write gives is kept, what it leaves empty is filled', async () => {
    const body = [{ __component: 'article.subheading', text: 'بخش نو' }];
    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: source, locale: 'ps', data: { title: 'په هرات کې سیلاب', body, byline: [] } } as never);
    const pashto = await version(source, 'ps');
    expect(shape(pashto.body)).toEqual([{ c: 'article.subheading', text: 'بخش نو', image: undefined, quote: undefined }]);
    expect(ids(pashto.byline)).toEqual(ids(english.byline));
    expect(ids(pashto.tags)).toEqual(ids(english.tags));
    expect(pashto.slug).toBe('floods-in-herat');
  });

  it('an existing version emptied by its editor stays empty', async () => {
    await app.strapi.documents(ARTICLE).update({ documentId: source, locale: 'ps', data: { tags: [] } } as never);
    expect((await version(source, 'ps')).tags).toEqual([]);
  });
});

describe('headings the editor wrote inside a paragraph block', () => {
  it('are the assembled article’s subheadings, in place', async () => {
    const documentId = await makeArticle(app, { slug: 'headings-in-text', paragraphs: 0 });
    const text = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Before.' }] },
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Aid arrives' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'After.' }] },
    ];
    await app.strapi
      .documents(ARTICLE)
      .update({ documentId, locale: 'en', data: { body: [{ __component: 'article.paragraph', text }] } } as never);
    await app.strapi.documents(ARTICLE).publish({ documentId, locale: 'en' });
    const { body } = (await app.http().get('/api/articles/headings-in-text/assembled').expect(200)).body.data;
    expect(body).toEqual([
      { type: 'paragraph', text: 'Before.' },
      { type: 'subheading', text: 'Aid arrives' },
      { type: 'paragraph', text: 'After.' },
    ]);
    const page = (await app.http().get('/articles/headings-in-text').expect(200)).text;
    expect(page).toMatch(/Before\.<\/p>\s*<h2 class="subheading">Aid arrives<\/h2>\s*<p>After\.<\/p>/);
  });
});
