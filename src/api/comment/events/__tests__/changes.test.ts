import { commentChanges, reactionChanges, type CommentSnapshot } from '..';

const en = { documentId: 'a1', locale: 'en' };
const row = (id: number, moderationStatus: CommentSnapshot['moderationStatus'], article = en): CommentSnapshot => ({
  id,
  documentId: `c${id}`,
  moderationStatus,
  article,
});

describe('what the domain event says changed for readers', () => {
  it.each([
    ['a waiting comment created', [], [row(1, 'pending')], { before: null, after: 'pending' }, { before: false, after: false }],
    ['a comment shown at once', [], [row(1, 'approved')], { before: null, after: 'approved' }, { before: false, after: true }],
    ['approved', [row(1, 'pending')], [row(1, 'approved')], { before: 'pending', after: 'approved' }, { before: false, after: true }],
    ['an approved comment rejected', [row(1, 'approved')], [row(1, 'rejected')], { before: 'approved', after: 'rejected' }, { before: true, after: false }],
    ['a visible comment deleted', [row(1, 'approved')], [], { before: 'approved', after: null }, { before: true, after: false }],
    ['a spam comment deleted', [row(1, 'spam')], [], { before: 'spam', after: null }, { before: false, after: false }],
  ] as const)('%s', (_case, before, after, status, visible) => {
    expect(commentChanges([...before], [...after])).toEqual([{ id: 1, documentId: 'c1', article: en, status, visible }]);
  });

  it('names the article a comment moved from', () => {
    const fa = { documentId: 'a2', locale: 'fa-AF' };
    expect(commentChanges([row(1, 'approved')], [row(1, 'approved', fa)])[0]).toMatchObject({ article: fa, articleBefore: en });
  });

  it('a vote: the value before and after', () => {
    expect(reactionChanges([{ id: 3, value: 'like', article: en }], [{ id: 3, value: 'dislike', article: en }])).toEqual([
      { id: 3, article: en, value: { before: 'like', after: 'dislike' } },
    ]);
    expect(reactionChanges([], [{ id: 4, value: 'like', article: en }])).toEqual([{ id: 4, article: en, value: { before: null, after: 'like' } }]);
  });
});
