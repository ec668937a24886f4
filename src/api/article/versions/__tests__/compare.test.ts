import { compareFields, type AttributesOf } from '../compare';
import type { AttributeLike } from '../snapshot';

const article: Record<string, AttributeLike> = {
  title: { type: 'string' },
  commentsEnabled: { type: 'boolean' },
  tags: { type: 'relation', relation: 'manyToMany', target: 'api::tag.tag' },
  section: { type: 'relation', relation: 'manyToOne', target: 'api::section.section' },
  body: { type: 'dynamiczone', components: ['article.paragraph', 'article.subheading'] },
};
const components: Record<string, Record<string, AttributeLike>> = {
  'article.paragraph': { text: { type: 'blocks' } },
  'article.subheading': { text: { type: 'string' } },
};
const attributesOf: AttributesOf = (uid) => components[uid] ?? {};
const rich = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const compare = (before: Record<string, unknown>, after: Record<string, unknown>) => compareFields(before as never, after as never, article, attributesOf);

describe('compareFields', () => {
  it('lists nothing for equal versions', () => {
    const version = { title: 'Flood', tags: [{ documentId: 't1', label: 'Herat' }], body: [{ __component: 'article.paragraph', text: rich('Rain.') }] };
    expect(compare(version, structuredClone(version))).toEqual([]);
  });

  it.each([
    ['a headline', { title: 'Flood in Herat' }, { title: 'Floods in Herat' }, [{ field: 'title', kind: 'text', before: 'Flood in Herat', after: 'Floods in Herat', words: [{ type: 'deleted', text: 'Flood ' }, { type: 'inserted', text: 'Floods ' }, { type: 'same', text: 'in Herat' }] }]],
    ['a switch', { commentsEnabled: true }, { commentsEnabled: false }, [{ field: 'commentsEnabled', kind: 'value', before: true, after: false }]],
    [
      'a tag swapped',
      { tags: [{ documentId: 't1', label: 'Herat' }] },
      { tags: [{ documentId: 't2', label: 'Kabul' }] },
      [{ field: 'tags', kind: 'relation', added: [{ documentId: 't2', label: 'Kabul' }], removed: [{ documentId: 't1', label: 'Herat' }] }],
    ],
    ['a section set', { section: null }, { section: { documentId: 's1', label: 'Asia', locale: 'en' } }, [{ field: 'section', kind: 'relation', added: [{ documentId: 's1', label: 'Asia', locale: 'en' }], removed: [] }]],
  ])('%s', (_case, before, after, expected) => {
    expect(compare(before, after)).toEqual(expected);
  });

  it('compares body blocks by position: a changed paragraph, a block added, another kind in a place', () => {
    const before = { body: [{ __component: 'article.paragraph', text: rich('Rain fell.') }, { __component: 'article.paragraph', text: rich('Roads closed.') }] };
    const after = {
      body: [
        { __component: 'article.paragraph', text: rich('Heavy rain fell.') },
        { __component: 'article.subheading', text: 'Roads' },
        { __component: 'article.paragraph', text: rich('Roads closed.') },
      ],
    };
    const [body] = compare(before, after);
    expect(body).toMatchObject({
      field: 'body',
      kind: 'blocks',
      blocks: [
        { position: 0, change: 'changed', component: 'article.paragraph', fields: [{ field: 'text', words: [{ type: 'deleted', text: 'Rain ' }, { type: 'inserted', text: 'Heavy rain ' }, { type: 'same', text: 'fell.' }] }] },
        { position: 1, change: 'changed', component: 'article.subheading', componentBefore: 'article.paragraph' },
        { position: 2, change: 'added', component: 'article.paragraph' },
      ],
    });
  });
});
