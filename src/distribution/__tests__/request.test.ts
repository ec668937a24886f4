import { readFeedRequest } from '../feeds/request';
import { newsLanguage, renderUrlSet } from '../sitemaps/xml';

const read = (params: Record<string, string>, query = '') => readFeedRequest(params, new URLSearchParams(query));

describe('a feed’s address', () => {
  it.each([
    [{ file: 'home.xml' }, '', { list: 'home', slug: null, format: 'rss', full: false }],
    [{ file: 'home.atom' }, 'full=1', { list: 'home', slug: null, format: 'atom', full: true }],
    [{ list: 'sections', file: 'asia.xml' }, 'full=0', { list: 'sections', slug: 'asia', format: 'rss', full: false }],
    [{ locale: 'FA-af', list: 'tags', file: 'floods.atom' }, 'utm_source=x', { list: 'tags', slug: 'floods', locale: 'fa-AF', format: 'atom', full: false }],
    [{ list: 'authors', file: 'desk-reporter.xml' }, 'full=true', { list: 'authors', slug: 'desk-reporter', format: 'rss', full: true }],
  ])('%j?%s reads as %j', (params, query, expected) => {
    expect(read(params, query)).toEqual(expected);
  });

  it.each([[{ file: 'home.json' }], [{ file: 'front.xml' }], [{ file: 'home' }], [{ list: 'people', file: 'x.xml' }], [{ list: 'tags', file: 'Not_Slug.xml' }], [{ locale: 'not a locale', file: 'home.xml' }]])(
    '%j is no feed (404)',
    (params) => {
      expect(() => read(params)).toThrow(expect.objectContaining({ name: 'NotFoundError' }));
    }
  );

  it.each(['full=yes', 'full=1&full=1', 'full[]=1'])('?%s is a 400 on full', (query) => {
    expect(() => read({ file: 'home.xml' }, query)).toThrow(expect.objectContaining({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: ['full'] })] } }));
  });
});

describe('sitemap XML', () => {
  it.each([
    ['en', 'en'],
    ['fa-AF', 'fa'],
    ['ps', 'ps'],
    ['zh-TW', 'zh-tw'],
  ])('Google News names %s as %s', (locale, language) => {
    expect(newsLanguage(locale)).toBe(language);
  });

  it('escapes what it is given', () => {
    expect(renderUrlSet([{ loc: 'https://x.example/a?b=1&c=<2>', lastmod: null, alternates: [{ hreflang: 'en', href: 'https://x.example/"q"' }] }])).toContain(
      '<loc>https://x.example/a?b=1&amp;c=&lt;2&gt;</loc><xhtml:link rel="alternate" hreflang="en" href="https://x.example/&quot;q&quot;"/>'
    );
  });
});
