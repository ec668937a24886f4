import { articleRelationChange, keepsAnArticle } from '../article';

describe("what a write does to the comment's article", () => {
  it.each([
    ['absent', undefined, 'keep'],
    ['an id', 7, 'link'],
    ['a documentId', 'abc', 'link'],
    ['an empty string', '', 'unlink'],
    ['null', null, 'unlink'],
    ['an empty list', [], 'unlink'],
    ['a list of one', [7], 'link'],
    ['{ id }', { id: 7 }, 'link'],
    ['{ id: null }', { id: null }, 'unlink'],
    ['{ documentId, locale }', { documentId: 'abc', locale: 'en' }, 'link'],
    ['set: [one]', { set: [{ id: 7 }] }, 'link'],
    ['set: []', { set: [] }, 'unlink'],
    ['set: null', { set: null }, 'unlink'],
    ['connect: [one]', { connect: [{ documentId: 'abc' }] }, 'link'],
    ['connect and disconnect (moving)', { connect: [{ id: 8 }], disconnect: [{ id: 7 }] }, 'link'],
    ['disconnect alone', { disconnect: [{ id: 7 }] }, 'unlink'],
    ['disconnect of one id', { disconnect: [7] }, 'unlink'],
    ['nothing to connect or disconnect', { connect: [], disconnect: [] }, 'keep'],
  ])('%s', (_case, value, expected) => {
    expect(articleRelationChange(value)).toBe(expected);
  });

  it.each([
    ['create', undefined, false],
    ['create', { connect: [] }, false],
    ['create', 7, true],
    ['update', undefined, true],
    ['update', { disconnect: [7] }, false],
    ['update', { connect: [{ id: 8 }] }, true],
  ] as const)('%s with %p keeps an article: %p', (mode, value, expected) => {
    expect(keepsAnArticle(value, mode)).toBe(expected);
  });
});
