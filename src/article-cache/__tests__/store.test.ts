import { ALL, PageStore } from '../store';
import { etagOf, matchesIfNoneMatch } from '../http';
import { HeaderTemplates } from '../templates';

const page = (tags: string[], text = 'x') => ({
  body: Buffer.from(text),
  contentType: 'application/json; charset=utf-8',
  data: null,
  etag: etagOf(Buffer.from(text)),
  tags,
  public: true,
});

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

describe('links between pages', () => {
  it('remembers the pages kept pages link to, the most recent ones, as many as the pages', () => {
    const store = new PageStore({ maxEntries: 2, maxBytes: 1000, ttlMs: 60000 });
    store.link(['a|cursor-1']);
    expect(store.isLinked('a|cursor-1')).toBe(true);
    expect(store.isLinked('a|made-up')).toBe(false);
    store.link(['b|cursor-1', 'c|cursor-1']);
    expect(store.isLinked('a|cursor-1')).toBe(false);
    expect(store.isLinked('c|cursor-1')).toBe(true);
  });
});

describe('header templates of the early answer', () => {
  const response = (headers: Record<string, string>, statusCode = 200) => ({
    statusCode,
    getHeader: (name: string) => headers[name],
    getHeaders: () => headers,
  });

  it('learns the pipeline headers of a page answer, without what belongs to one response', () => {
    const templates = new HeaderTemplates();
    templates.learn('https://a.example', response({ 'x-cache': 'MISS', 'x-frame-options': 'SAMEORIGIN', etag: '"x"', 'content-length': '3' }));
    expect(templates.get('https://a.example')).toEqual({ 'x-frame-options': 'SAMEORIGIN' });
    templates.learn('https://b.example', response({ 'x-cache': 'MISS', 'set-cookie': 'a=b' }));
    templates.learn('https://c.example', response({ 'x-cache': 'MISS' }, 404));
    templates.learn('https://d.example', response({}));
    expect(templates.size).toBe(1);
  });

  it('keeps the Origins used most recently: a flood of made-up Origins never stops it learning', () => {
    const templates = new HeaderTemplates(3);
    templates.learn('real', response({ 'x-cache': 'HIT' }));
    for (let i = 0; i < 1000; i += 1) templates.learn(`junk-${i}`, response({ 'x-cache': 'HIT' }));
    expect(templates.size).toBe(3);
    expect(templates.get('real')).toBeUndefined();
    templates.learn('real', response({ 'x-cache': 'HIT' }));
    expect(templates.get('real')).toEqual({});
  });
});

describe('HTTP helpers', () => {
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
