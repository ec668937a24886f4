import { assembledArticlePage, readArticleAddress } from '../assembled-article';
import { pathMatcher } from '../../public-page';

const parse = (query: string, slug = 'a-story') => assembledArticlePage.parse({ slug }, new URLSearchParams(query));
const cursorOf = (value: object, encoding: BufferEncoding = 'base64url') => Buffer.from(JSON.stringify(value)).toString(encoding);
const status = (query: string, slug?: string): number => {
  try {
    parse(query, slug);
    return 200;
  } catch (error) {
    return (error as { details?: unknown; name: string }).name === 'ValidationError' ? 400 : 404;
  }
};

describe('the assembled article reads its request once, for the cache and the controller', () => {
  const real = cursorOf({ createdAt: '2026-01-02T03:04:05.000Z', id: 7 });

  it.each([
    ['', { slug: 'a-story' }],
    ['locale=en&cursor=' + real + '&utm=x', { slug: 'a-story', locale: 'en', cursor: real }],
    ['locale=', { slug: 'a-story' }],
    ['cursor=', { slug: 'a-story' }],
    ['locale=FA-af', { slug: 'a-story', locale: 'fa-AF' }],
    ['locale=EN', { slug: 'a-story', locale: 'en' }],
    ['LOCALE=en', { slug: 'a-story' }],
    // The same comment position, spelt another way: one spelling, one cache entry.
    [`cursor=${cursorOf({ id: 7, createdAt: '2026-01-02T03:04:05Z' }, 'base64')}`, { slug: 'a-story', cursor: real }],
  ])('names %j', (query, request) => {
    expect(parse(query)).toEqual(request);
  });

  it.each([
    ['locale[]=en', 400],
    ['locale%5B%5D=en', 400],
    ['cursor[0]=abc', 400],
    ['locale=en&locale=ps', 400],
    ['locale=en&locale=en', 400],
    ['cursor=bm90LWEtY3Vyc29y', 400],
    [`cursor=${'x'.repeat(201)}`, 400],
    ['locale=%3Cscript%3E', 404],
  ])('refuses %j with %i', (query, expected) => {
    expect(status(query)).toBe(expected);
  });

  it('refuses a slug no article can have, before anything is read', () => {
    expect(status('', 'A_Story')).toBe(404);
    expect(status('', 'a/story')).toBe(404);
    expect(() => readArticleAddress('a-story', 'de-')).toThrow();
    expect(readArticleAddress('a-story', 'PS')).toEqual({ slug: 'a-story', locale: 'ps' });
  });

  it('keeps each locale and comment page apart, and keeps only first pages without a link', () => {
    expect(assembledArticlePage.key({ slug: 's', locale: 'en' })).not.toBe(assembledArticlePage.key({ slug: 's' }));
    expect(assembledArticlePage.key({ slug: 's', cursor: real })).not.toBe(assembledArticlePage.key({ slug: 's' }));
    expect(assembledArticlePage.isEntry({ slug: 's', locale: 'en' })).toBe(true);
    expect(assembledArticlePage.isEntry({ slug: 's', cursor: real })).toBe(false);
  });

  it('matches its path as the router does, decoded, and leaves anything else to the pipeline', () => {
    const match = pathMatcher('/api', assembledArticlePage.path);
    expect(match('/api/articles/a-story/assembled')).toEqual({ slug: 'a-story' });
    expect(match('/api/articles/a-story/assembled/')).toEqual({ slug: 'a-story' });
    expect(match('/api/articles/a%2Dstory/assembled')).toEqual({ slug: 'a-story' });
    expect(match('/api/articles/%E0%A4/assembled')).toBeNull();
    expect(match('/api/articles/a-story')).toBeNull();
    expect(match('/api/articles/a/b/assembled')).toBeNull();
    expect(pathMatcher('/v2/', assembledArticlePage.path)('/v2/articles/x/assembled')).toEqual({ slug: 'x' });
  });
});
