import { directionOf, screeningReason, toDeskCard, type DeskRow } from '../cards';

describe("a comment body's direction", () => {
  it.each([
    ['English', 'A comment.', 'ltr'],
    ['Dari', 'این یک نظر است', 'rtl'],
    ['Pashto after digits and punctuation', '12, ښه ده', 'rtl'],
    ['Urdu', 'یہ اچھا ہے', 'rtl'],
    ['Latin first, Arabic after', 'OK این', 'ltr'],
    ['no letters', '!!! 123', 'ltr'],
  ])('%s', (_name, text, expected) => {
    expect(directionOf(text)).toBe(expected);
  });
});

describe('why a comment is in its queue', () => {
  it.each([
    ['a held word, recorded', { rule: 'hold-words', word: 'idiot' }, null, { kind: 'held-word', word: 'idiot' }],
    ['a blocked word, recorded', { rule: 'block-words', word: 'casino' }, null, { kind: 'blocked-word', word: 'casino' }],
    ['links, recorded', { rule: 'links', links: 4 }, null, { kind: 'links', links: 4 }],
    ['pre-moderation, recorded', { rule: 'pre-moderation' }, null, { kind: 'pre-moderation' }],
    ['a blocked author, recorded', { rule: 'blocked-author' }, null, { kind: 'blocked-author' }],
    ['the honeypot, recorded', { rule: 'honeypot' }, null, { kind: 'honeypot' }],
    ['a trusted author: nothing held it', { rule: 'trusted-author' }, null, null],
    ['an older comment: the held word from its note', null, 'Held for review: contains "idiot".', { kind: 'held-word', word: 'idiot' }],
    ['an older comment: links from its note', null, 'Held for review: 3 links (the limit is 2).', { kind: 'links', links: 3 }],
    ['an older comment: pre-moderation from its note', null, 'Pre-moderation: waits for a moderator.', { kind: 'pre-moderation' }],
    ["an older comment: a moderator's note is 'other'", null, 'Checked the source.', { kind: 'other', text: 'Checked the source.' }],
    ['nothing known', null, null, null],
  ])('%s', (_name, screening, note, expected) => {
    const reason = screeningReason(screening, note);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatchObject(expected);
  });
});

describe('a card', () => {
  const row: DeskRow = {
    id: 7,
    documentId: 'c7',
    authorName: 'Farid',
    authorEmail: 'farid@example.org',
    body: 'سلام',
    moderationStatus: 'pending',
    moderationNote: null,
    screening: { rule: 'hold-words', word: 'idiot' },
    createdAt: '2026-01-02T03:04:05.000Z',
    article: [
      { documentId: 'a1', title: 'Draft title', slug: 'story', locale: 'fa-AF', publishedAt: null, section: null },
      { documentId: 'a1', title: 'Published title', slug: 'story', locale: 'fa-AF', publishedAt: '2026-01-01T00:00:00.000Z', section: { slug: 'asia', name: 'Asia' } },
    ],
    parent: { documentId: 'p1', authorName: 'Zahra', body: 'Hello', moderationStatus: 'approved' },
    reports: [
      { reason: 'abuse', note: 'rude', createdAt: '2026-01-03T00:00:00.000Z', resolved: false },
      { reason: 'spam', note: null, createdAt: '2026-01-02T12:00:00.000Z', resolved: false },
      { reason: 'off-topic', note: null, createdAt: '2026-01-02T13:00:00.000Z', resolved: true },
    ],
    history: [
      { fromStatus: 'pending', toStatus: 'approved', note: null, actor: 'm', createdAt: '2026-01-04T00:00:00.000Z' },
      { fromStatus: null, toStatus: 'pending', note: 'Held', actor: 'system', createdAt: '2026-01-02T03:04:05.000Z' },
    ],
  };
  const card = toDeskCard(row, { standing: 'trusted', counts: { approved: 2, rejected: 1, spam: 0, pending: 1 }, pageOf: (a) => `https://news.example/${a.locale}/articles/${a.slug}` });

  it('shows the published headline, its section and the reader page at the comment', () => {
    expect(card.article).toEqual({
      documentId: 'a1',
      title: 'Published title',
      slug: 'story',
      locale: 'fa-AF',
      section: { slug: 'asia', name: 'Asia' },
      url: 'https://news.example/fa-AF/articles/story#comment-c7',
    });
    expect(card.direction).toBe('rtl');
    expect(card.parent).toEqual({ id: 'p1', authorName: 'Zahra', body: 'Hello', direction: 'ltr', status: 'approved' });
  });

  it('gives the held word and the open reports, oldest first, as reasons', () => {
    expect(card.reasons.map((r) => r.kind)).toEqual(['held-word', 'reports']);
    expect(card.reports).toEqual({
      count: 2,
      open: [
        { reason: 'spam', note: null, at: '2026-01-02T12:00:00.000Z' },
        { reason: 'abuse', note: 'rude', at: '2026-01-03T00:00:00.000Z' },
      ],
    });
  });

  it('keeps the trail oldest first and the author as given', () => {
    expect(card.trail.map((t) => t.to)).toEqual(['pending', 'approved']);
    expect(card.author).toEqual({ standing: 'trusted', counts: { approved: 2, rejected: 1, spam: 0, pending: 1 } });
  });
});
