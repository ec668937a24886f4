import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { referencePageLines, comparable } from '../helpers/page-text';
import { DEMO_SLUG } from '../../src/demo/reference-article';
import { absoluteNewsArticle } from '../../src/reader-page/render/structured-data';

/** The reader page as HTML: what the server sends before any script runs. */
let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

const page = async (path: string, status = 200) => {
  const res = await app.http().get(path).expect(status);
  expect(res.headers['content-type']).toMatch(/text\/html; charset=utf-8/);
  return res.text;
};
/** The page's visible text, roughly as a reader reads it (tags out, entities decoded). */
const visibleText = (htmlText: string) =>
  htmlText
    .replace(/<head>[\s\S]*?<\/head>/, '')
    // The site's header, the breadcrumb and the links to its translations are around the story, not part of it.
    .replace(/<header class="site-header">[\s\S]*?<\/header>/, '')
    .replace(/<nav class="breadcrumb"[\s\S]*?<\/nav>/, '')
    .replace(/<nav class="languages"[\s\S]*?<\/nav>/, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<(p|h1|h2|h3|figcaption|li|figure)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line && line !== 'Skip to the article');

describe('the reader page of the demo article', () => {
  it('reads like the reference page, part for part and in order', async () => {
    const text = visibleText(await page(`/articles/${DEMO_SLUG}`));
    const seed = comparable(referencePageLines());
    // The page adds a publication date line after the byline; everything else follows the seed.
    const story = comparable(text.map((line) => line.replace(/[“”]/g, '"'))).filter((line) => !/^\w{3}, \d{2} \w{3} \d{4}/.test(line));
    expect(story.slice(0, seed.length)).toEqual(seed);
    expect(text).toEqual(expect.arrayContaining(['Do you like this article?', '0 Comment(s)', '* Denotes required field', '1500 / 1500']));
  });

  it('has the headline, byline, dateline, hero photo with its credit in brackets, and the subheading', async () => {
    const html = await page(`/articles/${DEMO_SLUG}`);
    expect(html).toMatch(/<h1 id="headline">Evidence mounts of close al-Qaeda–Taliban relationship<\/h1>/);
    expect(html).toContain('<a class="author" href="/authors/sulaiman">Sulaiman</a>');
    expect(html).toContain('<span class="dateline">KABUL --</span> Evidence is continuing');
    expect(html).toContain('<span class="credit">[Alexander Zemlianichenko/AFP]</span>');
    expect(html).toContain('<h2 class="subheading">Taliban dissension</h2>');
  });

  it('serves responsive images, structured data, a canonical link and Open Graph tags', async () => {
    const html = await page(`/articles/${DEMO_SLUG}`);
    expect(html).toMatch(/srcset="[^"]*thumbnail_[^"]* 234w, [^"]*small_[^"]* 500w, [^"]*medium_[^"]* 750w, [^"]*large_[^"]* 1000w, [^"]* 1200w"/);
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]);
    const assembled = await app.http().get(`/api/articles/${DEMO_SLUG}/assembled`).expect(200);
    // The assembled article's, with its addresses made absolute on the page's origin.
    const origin = new URL(html.match(/<link rel="canonical" href="([^"]+)">/)![1]).origin;
    expect(ld).toEqual(absoluteNewsArticle({ origin }, assembled.body.data.structuredData));
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="http://127.0.0.1:\\d+/articles/${DEMO_SLUG}">|<link rel="canonical" href="[^"]+/articles/${DEMO_SLUG}">`));
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toMatch(/<meta property="og:image" content="[^"]+baradar_moscow/);
  });

  it('lays out Dari, Pashto and Urdu right to left', async () => {
    const id = (await app.strapi.documents('api::article.article').findFirst({ locale: 'en', filters: { slug: DEMO_SLUG } }))!.documentId;
    await app.strapi.documents('api::article.article').update({
      documentId: id,
      locale: 'ps',
      data: { title: 'د القاعدې او طالبانو اړیکې', slug: DEMO_SLUG, dateline: 'کابل', body: [{ __component: 'article.subheading', text: 'سرلیک' }] },
    } as never);
    await app.strapi.documents('api::article.article').publish({ documentId: id, locale: 'ps' });
    const html = await page(`/ps/articles/${DEMO_SLUG}`);
    expect(html).toMatch(/<html lang="ps" dir="rtl">/);
    expect(html).toContain('د القاعدې او طالبانو اړیکې');
    expect(await page(`/articles/${DEMO_SLUG}`)).toMatch(/<html lang="en" dir="ltr">/);
  });

  it('never lets content execute: markup in a headline, caption or comment is shown as text', async () => {
    const id = await makeArticle(app, { slug: 'hostile-story', title: 'Headline <script>alert(1)</script>' });
    await addComment(app, id, { body: 'I <3 this & "that" </script><script>alert(2)</script>' });
    await app.strapi.db.query('api::comment.comment').updateMany({ where: {}, data: { authorName: 'x" onmouseover="alert(3)' } });
    const html = await page('/articles/hostile-story');
    expect(html).toContain('Headline &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toContain('onmouseover="alert');
    expect(html).toContain('x&quot; onmouseover=&quot;alert(3)');
  });

  it('answers 404 with a page for unknown articles, locales and bad addresses', async () => {
    await page('/articles/no-such-story', 404);
    await page(`/de/articles/${DEMO_SLUG}`, 404);
    await page('/articles/Not%20A%20Slug', 404);
  });

  it('leaves the API its own paths: /api/articles/:id is the core findOne, not a page', async () => {
    const id = (await app.strapi.documents('api::article.article').findFirst({ locale: 'en', filters: { slug: DEMO_SLUG } }))!.documentId;
    const res = await app.http().get(`/api/articles/${id}`).expect(200);
    expect(res.body.data.slug).toBe(DEMO_SLUG);
  });

  it('serves its script, built from the shared comment rules', async () => {
    const res = await app.http().get('/reader/reader.js').expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.text).toContain('Segmenter');
    const css = await app.http().get('/reader/reader.css').expect(200);
    expect(css.headers['content-type']).toMatch(/css/);
  });
});
