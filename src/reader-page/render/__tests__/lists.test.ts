import { renderArticlePage } from '../page';
import { renderAuthorPage, renderFrontPage } from '../lists';
import { renderTeaser } from '../teaser';
import { wordsFor } from '../../messages';
import type { SiteContext } from '../layout';
import type { Teaser } from '../../../api/article/assembly/teaser';
import type { AssembledArticle } from '../../../api/article/services/assembled-article';
import { commentPolicy } from '../../../api/comment/rules';
import { toNewsArticle } from '../../../api/article/assembly/structured-data';

/** The list pages' pieces, and the article's breadcrumb and related stories, without a server. */

const site = (over: Partial<SiteContext> = {}): SiteContext => ({
  siteName: 'Newsroom',
  assetVersion: 'v1',
  origin: 'https://news.example.org',
  lang: 'en',
  sections: [{ name: 'World', slug: 'world' }],
  ...over,
});

const teaser = (slug: string, over: Partial<Teaser> = {}): Teaser => ({
  documentId: `doc-${slug}`,
  locale: 'en',
  headline: `Story ${slug}`,
  standfirst: null,
  slug,
  path: `/articles/${slug}`,
  section: { name: 'Asia', slug: 'asia' },
  byline: [{ name: 'Sulaiman', slug: 'sulaiman' }],
  heroImage: null,
  publishedAt: '2026-01-02T03:04:05.000Z',
  lastPublishedAt: '2026-01-02T03:04:05.000Z',
  commentCount: 2,
  ...over,
});

const ldOf = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]) as { '@type': string });

describe('a teaser', () => {
  it('links the story, its section and its author in the page’s locale, and escapes every text', () => {
    const html = renderTeaser(teaser('a', { path: '/fa-AF/articles/a', headline: '<b>x</b>', standfirst: '"quoted"' }), wordsFor('en'), { pathLocale: 'fa-AF' }).value;
    expect(html).toContain('<h3 class="teaser-headline"><a href="/fa-AF/articles/a">&lt;b&gt;x&lt;/b&gt;</a></h3>');
    expect(html).toContain('<a href="/fa-AF/sections/asia">Asia</a>');
    expect(html).toContain('<a href="/fa-AF/authors/sulaiman">Sulaiman</a>');
    expect(html).toContain('&quot;quoted&quot;');
    expect(html).toContain('2 comments');
    expect(html).not.toContain('<figure');
  });
});

describe('a front', () => {
  it('leads with the picks on its first page, links older pages, and lists its stories as an ItemList', () => {
    const html = renderFrontPage(site({ lang: 'fa-AF', pathLocale: 'fa-AF' }), {
      picks: [teaser('p')],
      latest: [teaser('l1'), teaser('l2')],
      section: null,
      paging: { path: '/fa-AF/', pageSize: 2, nextCursor: 'abc' },
    });
    expect(html).toContain('<html lang="fa-AF" dir="rtl">');
    expect(html).toContain('<article class="teaser teaser-lead">');
    expect(html).toContain('<a class="older" rel="next" href="/fa-AF/?cursor=abc&amp;pageSize=2">گزارش‌های پیشین</a>');
    expect(html).not.toContain('class="newer"');
    const [collection] = ldOf(html);
    expect(collection).toMatchObject({
      '@type': 'CollectionPage',
      url: 'https://news.example.org/fa-AF/',
      mainEntity: { '@type': 'ItemList', itemListElement: [{ position: 1, url: 'https://news.example.org/articles/p' }, { position: 2 }, { position: 3 }] },
    });
  });

  it('on a later page, drops the picks and links back to the newest', () => {
    const html = renderFrontPage(site(), {
      picks: [teaser('p')],
      latest: [teaser('l3')],
      section: { name: 'World', slug: 'world', description: 'The world.', order: 0, children: [] },
      paging: { path: '/sections/world', cursor: 'abc', nextCursor: null },
    });
    expect(html).not.toContain('/articles/p"');
    expect(html).toContain('<a class="newer" href="/sections/world">Back to the newest stories</a>');
    expect(html).not.toContain('class="older"');
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/sections/world?cursor=abc">');
  });
});

describe('an author’s page', () => {
  it('describes a Person, and never links a non-web address', () => {
    const html = renderAuthorPage(
      site(),
      {
        name: 'Sulaiman',
        slug: 'sulaiman',
        jobTitle: 'Correspondent',
        bio: null,
        photo: null,
        links: [
          { label: 'Profile', url: 'https://example.org/s' },
          { label: 'Bad', url: 'javascript:alert(1)' },
        ],
      },
      [teaser('a')],
      { path: '/authors/sulaiman', nextCursor: null }
    );
    expect(html).not.toContain('javascript:');
    expect(ldOf(html)[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'https://news.example.org/authors/sulaiman',
      inLanguage: 'en',
      mainEntity: {
        '@type': 'Person',
        name: 'Sulaiman',
        url: 'https://news.example.org/authors/sulaiman',
        jobTitle: 'Correspondent',
        sameAs: ['https://example.org/s'],
      },
    });
  });
});

describe('the article page', () => {
  const article = (over: Partial<AssembledArticle> = {}): AssembledArticle => {
    const base: Omit<AssembledArticle, 'structuredData'> = {
      documentId: 'd',
      slug: 'a-story',
      locale: 'en',
      translations: [],
      title: 'A story',
      summary: null,
      byline: [],
      dateline: null,
      publishedAt: '2026-01-02T03:04:05.000Z',
      lastPublishedAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
      heroImage: null,
      body: [],
      tags: [],
      corrections: [],
      sectionPath: [],
      related: [],
      reactions: { likes: 0, dislikes: 0 },
      comments: { enabled: true, count: 0, policy: commentPolicy('pre'), items: [], nextCursor: null },
    };
    const structuredData = toNewsArticle({ ...base, byline: [], canonicalUrl: '/articles/a-story', publisher: { name: 'Newsroom', url: null, logo: { url: '/reader/logo.png' } }, commentCount: 0, likes: 0, dislikes: 0 });
    return { ...base, structuredData, ...over };
  };

  it('shows Home › World › Asia with a BreadcrumbList, and the related stories as teasers', () => {
    const html = renderArticlePage(
      article({
        sectionPath: [
          { documentId: 's1', name: 'World', slug: 'world' },
          { documentId: 's2', name: 'Asia', slug: 'asia' },
        ],
        related: [teaser('r1'), teaser('r2')],
      }),
      { path: '/articles/a-story', apiBase: '/api/articles/a-story', locale: '', translations: [] },
      site()
    );
    expect(html).toContain(
      '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/sections/world">World</a></li><li><a href="/sections/asia">Asia</a></li></ol></nav>'
    );
    const [news, crumbs] = ldOf(html);
    expect(news['@type']).toBe('NewsArticle');
    expect(crumbs).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example.org/' },
        { '@type': 'ListItem', position: 2, name: 'World', item: 'https://news.example.org/sections/world' },
        { '@type': 'ListItem', position: 3, name: 'Asia', item: 'https://news.example.org/sections/asia' },
      ],
    });
    expect(html).toMatch(/<h2 id="related-title">Related<\/h2>\s*<ul class="teaser-list"><li><article class="teaser">/);
    expect(html).toContain('<a href="/sections/world" aria-current="page">World</a>');
  });

  it('has neither without the fields', () => {
    const html = renderArticlePage(article(), { path: '/articles/a-story', apiBase: '/api/articles/a-story', locale: '', translations: [] }, site());
    expect(html).not.toContain('class="breadcrumb"');
    expect(html).not.toContain('related-title');
    expect(ldOf(html)).toHaveLength(1);
    expect(html).not.toContain('class="languages"');
  });

  it('links its other languages, each in its own language and direction', () => {
    const translations = [{ locale: 'fa-AF', title: 'سیلاب هرات', path: '/fa-AF/articles/a-story' }];
    const html = renderArticlePage(article(), { path: '/articles/a-story', apiBase: '/api/articles/a-story', locale: '', translations }, site());
    expect(html).toContain(
      '<li><a href="/fa-AF/articles/a-story" hreflang="fa-AF" lang="fa-AF" dir="rtl">دری: سیلاب هرات</a></li>'
    );
    expect(html).toContain('<link rel="alternate" hreflang="fa-AF" href="https://news.example.org/fa-AF/articles/a-story">');
  });
});
