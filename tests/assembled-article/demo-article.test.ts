import { bootApp, type TestApp } from '../helpers/app';
import { contractErrors } from '../helpers/contract';
import { comparable, readAloud, referencePageLines } from '../helpers/page-text';
import { DEMO_SLUG, referenceArticle } from '../../src/demo/reference-article';
import { seedReferenceArticle } from '../../src/demo/seed';

let app: TestApp;
const url = `/api/articles/${DEMO_SLUG}/assembled`;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the demo article, assembled', () => {
  it('is served in one public request and matches the contract', async () => {
    const res = await app.http().get(url).expect(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(contractErrors(res.body)).toEqual([]);
    expect(res.body.data).toMatchObject({ slug: DEMO_SLUG, locale: 'en', dateline: 'KABUL', byline: [{ name: 'Sulaiman' }] });
  });

  it('reads like the reference page, line for line', async () => {
    const { body } = await app.http().get(url).expect(200);
    expect(comparable(readAloud(body.data))).toEqual(comparable(referencePageLines()));
  });

  it('puts the subheading "Taliban dissension" where the page has it', async () => {
    const { body } = await app.http().get(url).expect(200);
    const blocks = body.data.body as Array<{ type: string; text?: string }>;
    const index = blocks.findIndex((b) => b.type === 'subheading');
    expect(blocks[index].text).toBe('Taliban dissension');
    expect(blocks.filter((b) => b.type === 'subheading')).toHaveLength(1);
    expect(blocks[index - 1].text).toMatch(/^Third, al-Qaeda members/);
    expect(blocks[index + 1].text).toMatch(/^The latest warnings/);
  });

  it('gives every photo its caption, credit, alt text and responsive formats', async () => {
    const { body } = await app.http().get(url).expect(200);
    const hero = body.data.heroImage;
    expect(hero).toMatchObject({ credit: 'Alexander Zemlianichenko/AFP', width: 1200, height: 800 });
    expect(hero.caption).toMatch(/^Taliban co-founder Mullah Abdul Ghani Baradar \(centre\)/);
    // Strapi's responsive formats, and the three crops for search engines and social networks (src/api/image/crops).
    expect(Object.keys(hero.formats).sort()).toEqual(['crop_16x9', 'crop_1x1', 'crop_4x3', 'large', 'medium', 'small', 'thumbnail']);

    const inline = body.data.body.filter((b: { type: string }) => b.type === 'image').map((b: { image: unknown }) => b.image);
    expect(inline.map((i: { credit: string }) => i.credit)).toEqual(['Taliban', 'US Air Force']);
    for (const image of [hero, ...inline]) {
      expect(image.alt.length).toBeGreaterThan(10);
      const file = await app.http().get(image.url).expect(200);
      expect(file.headers['content-type']).toBe('image/jpeg');
    }
  });

  it('attributes each direct quotation to its speaker with the role the article gives', async () => {
    const { body } = await app.http().get(url).expect(200);
    const quotes = body.data.body.filter((b: { type: string }) => b.type === 'quote');
    const speakers = new Set(quotes.map((q: { speaker: { name: string } }) => q.speaker.name));
    expect([...speakers].sort()).toEqual(
      ['Ahmad Zia Saraj', 'Hamdullah Mohib', 'Mohammad Asif Sediqi', 'Sayed Maisam Kazimi', 'Zahir Azimi'].sort()
    );
    expect(quotes[0]).toMatchObject({
      text: expect.stringMatching(/^The Taliban have provided sanctuary/),
      attribution: 'he said.',
      display: 'inline',
      speaker: { name: 'Ahmad Zia Saraj', role: 'Afghan National Directorate of Security (NDS) chief' },
    });
    const mohib = quotes.find((q: { speaker: { name: string } }) => q.speaker.name === 'Hamdullah Mohib');
    expect(mohib.speaker.role).toBe('Afghan National Security Adviser');
    // Quoted words carry no quotation marks of their own.
    for (const quote of quotes) expect(quote.text).not.toMatch(/^["“]|["”]$/);
    // Paraphrase is paragraph text, never a quote: Asghari is only paraphrased.
    expect(speakers.has('Sikander Asghari')).toBe(false);
  });

  it('opens comments under pre-moderation with the 1,500-character policy, and has none yet', async () => {
    const { body } = await app.http().get(url).expect(200);
    expect(body.data.comments).toEqual({
      enabled: true,
      count: 0,
      policy: { maxLength: 1500, requiredFields: ['authorName', 'authorEmail', 'body'], moderation: 'pre' },
      items: [],
      nextCursor: null,
    });
    expect(body.data.reactions).toEqual({ likes: 0, dislikes: 0 });
  });

  it('embeds schema.org NewsArticle structured data', async () => {
    const { body } = await app.http().get(url).expect(200);
    const ld = body.data.structuredData;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: referenceArticle.title,
      datePublished: body.data.publishedAt,
      dateModified: body.data.updatedAt,
      author: [{ '@type': 'Person', name: 'Sulaiman', url: '/authors/sulaiman' }],
      mainEntityOfPage: { '@type': 'WebPage', '@id': `/articles/${DEMO_SLUG}` },
      dateline: 'KABUL',
      inLanguage: 'en',
      commentCount: 0,
      publisher: { '@type': 'NewsMediaOrganization', name: expect.any(String), logo: { '@type': 'ImageObject', url: '/reader/logo.png', width: 512, height: 512 } },
    });
    // The photo's 16:9, 4:3 and 1:1 crops (src/api/image/crops); without PUBLIC_URL, addresses are site-relative.
    const { formats } = body.data.heroImage;
    expect(ld.image).toEqual([formats.crop_16x9.url, formats.crop_4x3.url, formats.crop_1x1.url]);
    const counters = Object.fromEntries(
      ld.interactionStatistic.map((c: { interactionType: string; userInteractionCount: number }) => [c.interactionType, c.userInteractionCount])
    );
    expect(counters).toMatchObject({ 'https://schema.org/LikeAction': 0, 'https://schema.org/DislikeAction': 0 });
  });

  it('keeps every quote of a person one query away', async () => {
    const quotes = await app.strapi.documents('api::quote.quote').findMany({
      filters: { speaker: { slug: 'ahmad-zia-saraj' } },
    });
    // Eight in English and their eight in the Dari demo translation (a Quote's words are one language).
    expect(quotes).toHaveLength(16);
  });

  it('seeds idempotently: a second run creates nothing', async () => {
    const count = async () => ({
      articles: await app.strapi.db.query('api::article.article').count(),
      images: await app.strapi.db.query('api::image.image').count(),
      files: await app.strapi.db.query('plugin::upload.file').count(),
      quotes: await app.strapi.db.query('api::quote.quote').count(),
      people: await app.strapi.db.query('api::person.person').count(),
      authors: await app.strapi.db.query('api::author.author').count(),
    });
    const before = await count();
    // Three photos in English and the Dari translation's own three (a caption is one language).
    expect(before).toMatchObject({ images: 6, files: 6, people: 5, authors: 1 });
    const again = await seedReferenceArticle(app.strapi);
    expect(again.created).toBe(false);
    expect(await count()).toEqual(before);
  });
});
