import { ALL, PageStore } from '../store';
import { etagOf, matchesIfNoneMatch, pageKey, parsePageRequest } from '../http';

const page = (tags: string[], text = 'x') => ({ body: Buffer.from(text), data: null, etag: etagOf(Buffer.from(text)), tags, public: true });

describe('PageStore', () => {
  it('drops exactly the pages showing an invalidated document', () => {
    const store = new PageStore({ maxEntries: 10, maxBytes: 1000, ttlMs: 60000 });
    store.set('a', page(['article:a', 'image:1']), store.begin());
    store.set('b', page(['article:b', 'image:2']), store.begin());
    store.invalidate(['image:1']);
    expect(store.get('a')).toBeUndefined();
    expect(store.get('b')).toBeDefined();
    store.invalidate(ALL);
    expect(store.size).toBe(0);
  });

  it('refuses a page assembled while one of its documents changed', () => {
    const store = new PageStore({ maxEntries: 10, maxBytes: 1000, ttlMs: 60000 });
    const begun = store.begin();
    store.invalidate(['article:a']);
    expect(store.set('a', page(['article:a']), begun)).toBe(false);
    // A change elsewhere does not hold this one back.
    const again = store.begin();
    store.invalidate(['article:z']);
    expect(store.set('a', page(['article:a']), again)).toBe(true);
  });

  it('expires pages, caps their life while degraded, and evicts the least recently used', () => {
    let now = 0;
    const store = new PageStore({ maxEntries: 2, maxBytes: 1000, ttlMs: 60000, now: () => now });
    store.set('a', page(['t:a']), store.begin());
    store.set('b', page(['t:b']), store.begin());
    store.get('a');
    store.set('c', page(['t:c']), store.begin());
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    store.capTtl(1000);
    now = 1001;
    expect(store.get('a')).toBeUndefined();
  });

  it('shares one assembly between concurrent requests, but not across a change', async () => {
    const store = new PageStore({ maxEntries: 10, maxBytes: 1000, ttlMs: 60000 });
    let loads = 0;
    const load = async () => {
      loads += 1;
      return { ...page([]), expiresAt: 0 };
    };
    await Promise.all([store.singleFlight('k', load), store.singleFlight('k', load)]);
    expect(loads).toBe(1);
    const first = store.singleFlight('k', load);
    store.invalidate(['article:a']);
    await Promise.all([first, store.singleFlight('k', load)]);
    expect(loads).toBe(3);
  });
});

describe('HTTP helpers', () => {
  it('names plain page requests and leaves anything unusual to the full pipeline', () => {
    expect(parsePageRequest('/api/articles/a-story/assembled', '')).toEqual({ slug: 'a-story' });
    expect(parsePageRequest('/api/articles/a-story/assembled', 'locale=en&cursor=abc&utm=x')).toEqual({ slug: 'a-story', locale: 'en', cursor: 'abc' });
    expect(parsePageRequest('/api/articles/a-story/assembled', 'locale[]=en')).toBeNull();
    expect(parsePageRequest('/api/articles/a-story/assembled', 'locale=en&locale=ps')).toBeNull();
    expect(parsePageRequest('/api/articles/A_Story/assembled', '')).toBeNull();
    expect(parsePageRequest('/api/articles/%E0%A4/assembled', '')).toBeNull();
    expect(parsePageRequest('/api/articles/a-story', '')).toBeNull();
    expect(pageKey({ slug: 's', locale: 'en' })).not.toBe(pageKey({ slug: 's' }));
  });

  it('compares If-None-Match weakly, with lists and *', () => {
    const etag = '"abc"';
    expect(matchesIfNoneMatch('"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('W/"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"x", "abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"abcd"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });
});
