import { lastModified, toCorrectionViews } from '../corrections';
import { toNewsArticle, type StructuredDataInput } from '../structured-data';

const base: StructuredDataInput = {
  title: 'A story',
  summary: null,
  dateline: null,
  locale: 'en',
  publishedAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  corrections: [],
  byline: [],
  heroImage: null,
  body: [],
  tags: [],
  commentCount: 0,
  likes: 0,
  dislikes: 0,
  canonicalUrl: '/articles/a-story',
  publisher: { name: 'Newsroom', url: null, logo: { url: '/reader/logo.png' } },
};

describe('notes for readers', () => {
  it('type, text and time only, oldest first (the editors’ order for notes of one time)', () => {
    expect(
      toCorrectionViews([
        { type: 'update', text: 'Later.', at: '2026-03-02T00:00:00.000Z', by: 'desk' } as never,
        { type: 'correction', text: ' Earlier. ', at: new Date('2026-03-01T00:00:00.000Z') },
        { type: 'clarification', text: 'Same time, listed after.', at: '2026-03-02T00:00:00.000Z' },
      ])
    ).toEqual([
      { type: 'correction', text: 'Earlier.', at: '2026-03-01T00:00:00.000Z' },
      { type: 'update', text: 'Later.', at: '2026-03-02T00:00:00.000Z' },
      { type: 'clarification', text: 'Same time, listed after.', at: '2026-03-02T00:00:00.000Z' },
    ]);
  });

  it('leaves out what is not a note (no time, no text, an unknown type)', () => {
    expect(toCorrectionViews([{ type: 'update', text: 'x', at: null }, { type: 'update', text: ' ', at: '2026-03-01T00:00:00.000Z' }, { type: 'rumour', text: 'x', at: '2026-03-01T00:00:00.000Z' }])).toEqual([]);
    expect(toCorrectionViews(undefined)).toEqual([]);
  });

  it.each([
    ['no notes: the last edit', [], '2026-03-01T10:00:00.000Z'],
    ['a note before the last edit: the last edit', ['2026-03-01T09:00:00.000Z'], '2026-03-01T10:00:00.000Z'],
    ['a note after it: the latest note', ['2026-03-01T11:00:00.000Z', '2026-03-01T12:00:00.000Z'], '2026-03-01T12:00:00.000Z'],
  ])('dateModified with %s', (_name, times, expected) => {
    const corrections = times.map((at) => ({ type: 'update' as const, text: 'x', at }));
    expect(lastModified(base.updatedAt, corrections)).toBe(expected);
    expect(toNewsArticle({ ...base, corrections }).dateModified).toBe(expected);
  });

  it('each correction is a CorrectionComment; datePublished stays the first publication', () => {
    const data = toNewsArticle({
      ...base,
      corrections: [
        { type: 'correction', text: 'Wrong name.', at: '2026-03-01T11:00:00.000Z' },
        { type: 'update', text: 'News.', at: '2026-03-01T12:00:00.000Z' },
      ],
    });
    expect(data.correction).toEqual([{ '@type': 'CorrectionComment', text: 'Wrong name.', datePublished: '2026-03-01T11:00:00.000Z' }]);
    expect(data.datePublished).toBe(base.publishedAt);
    expect(toNewsArticle(base)).not.toHaveProperty('correction');
  });
});
