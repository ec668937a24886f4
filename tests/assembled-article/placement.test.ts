import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';
import { contractErrors } from '../helpers/contract';
import { dropPrimarySection } from '../helpers/sections';

/**
 * The assembled article's place in the site: its section path (the breadcrumb) and up to five
 * related articles (same primary section or a tag in common, newest first, same locale), kept in
 * the stored document and rebuilt when a story joins or leaves what they follow.
 */

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const sections = () => app.strapi.documents('api::section.section');
const articles = () => app.strapi.documents('api::article.article');

interface Assembled {
  sectionPath: Array<{ documentId: string; name: string; slug: string }>;
  related: Array<{ slug: string; headline: string; publishedAt: string; path: string; commentCount: number }>;
}
const assembled = async (slug: string, locale = ''): Promise<Assembled> => {
  const response = await app.http().get(`/api/articles/${slug}/assembled${locale ? `?locale=${locale}` : ''}`).expect(200);
  expect(contractErrors(response.body)).toEqual([]);
  return response.body.data;
};

const story = async (slug: string, links: { section: string; tags?: string[] }) => {
  const documentId = await makeArticle(app, { slug, paragraphs: 1, withMedia: false, publish: false });
  await articles().update({ documentId, locale: 'en', data: { section: links.section, tags: links.tags ?? [] } });
  await articles().publish({ documentId, locale: 'en' });
  return documentId;
};

let region: string;
let city: string;
let other: string;
let topic: string;

beforeAll(async () => {
  region = (await sections().create({ locale: 'en', data: { name: 'Region', slug: 'region' } })).documentId;
  city = (await sections().create({ locale: 'en', data: { name: 'City', slug: 'city', parent: region } })).documentId;
  other = (await sections().create({ locale: 'en', data: { name: 'Elsewhere', slug: 'elsewhere' } })).documentId;
  topic = (await app.strapi.documents('api::tag.tag').create({ data: { name: 'Water', slug: 'water' } })).documentId;
});

describe('the section path', () => {
  it('is the demo article’s breadcrumb, root first, in the article’s locale', async () => {
    const demo = await articles().findFirst({ locale: 'en', status: 'published' });
    const page = await assembled(String(demo?.slug));
    expect(page.sectionPath.map((crumb) => crumb.slug)).toEqual(['world', 'asia']);
    expect(page.sectionPath[0]).toMatchObject({ name: 'World', documentId: expect.any(String) });
  });

  it('follows a renamed or moved section, and is empty without a section', async () => {
    await story('city-story', { section: city });
    expect((await assembled('city-story')).sectionPath.map((crumb) => crumb.name)).toEqual(['Region', 'City']);
    await sections().update({ documentId: region, locale: 'en', data: { name: 'The Region' } });
    expect((await assembled('city-story')).sectionPath.map((crumb) => crumb.name)).toEqual(['The Region', 'City']);
    await sections().update({ documentId: city, locale: 'en', data: { parent: other } as never });
    expect((await assembled('city-story')).sectionPath.map((crumb) => crumb.name)).toEqual(['Elsewhere', 'City']);
    await sections().update({ documentId: city, locale: 'en', data: { parent: region } as never });

    // Publishing needs a primary section; an article stored before that rule may lack one.
    const old = await story('no-section', { section: city });
    await dropPrimarySection(app, old);
    expect((await assembled('no-section')).sectionPath).toEqual([]);
  });
});

describe('related articles', () => {
  it('are the five newest others of its section or tags, and follow what is published next', async () => {
    for (let i = 1; i <= 6; i += 1) await story(`city-${i}`, { section: city });
    await story('tagged-elsewhere', { section: other, tags: [topic] });
    await story('untagged-elsewhere', { section: other });
    const subject = await story('city-subject', { section: city, tags: [topic] });

    const first = await assembled('city-subject');
    expect(first.related.map((item) => item.slug)).toEqual(['tagged-elsewhere', 'city-6', 'city-5', 'city-4', 'city-3']);
    expect(first.related[0]).toMatchObject({ path: '/articles/tagged-elsewhere', commentCount: 0 });
    const times = first.related.map((item) => Date.parse(item.publishedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    // A newer story in the section enters at the top; unpublished, it leaves again.
    const newer = await story('city-newest', { section: city });
    expect((await assembled('city-subject')).related.map((item) => item.slug)).toEqual(['city-newest', 'tagged-elsewhere', 'city-6', 'city-5', 'city-4']);
    await articles().unpublish({ documentId: newer, locale: 'en' });
    expect((await assembled('city-subject')).related.map((item) => item.slug)).not.toContain('city-newest');

    // A related story retitled shows its new headline.
    const six = await articles().findFirst({ locale: 'en', filters: { slug: 'city-6' } });
    await articles().update({ documentId: String(six?.documentId), locale: 'en', data: { title: 'Sixth, retitled' } });
    await articles().publish({ documentId: String(six?.documentId), locale: 'en' });
    expect((await assembled('city-subject')).related.find((item) => item.slug === 'city-6')?.headline).toBe('Sixth, retitled');

    // Never itself, and nothing in another locale.
    expect((await assembled('city-subject')).related.map((item) => item.slug)).not.toContain('city-subject');
    expect(subject).toEqual(expect.any(String));
  });

  it('an article alone in its section and tags has none', async () => {
    const lonely = (await sections().create({ locale: 'en', data: { name: 'Lonely', slug: 'lonely' } })).documentId;
    await story('lonely-story', { section: lonely });
    expect((await assembled('lonely-story')).related).toEqual([]);
  });
});
