import fs from 'fs';
import { blockHeader } from '../block-header';
import { rewrite } from '../vite.config';

const paragraph = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

describe('a closed body block is headed by its own words', () => {
  it.each([
    ['a paragraph: its first words', 'article.paragraph', { text: paragraph('The western city has reopened twelve schools.') }, 'The western city has reopened twelve schools.'],
    [
      'a long paragraph: twelve words and an ellipsis',
      'article.paragraph',
      { text: paragraph('One two three four five six seven', 'eight nine ten eleven twelve thirteen fourteen') },
      'One two three four five six seven eight nine ten eleven twelve…',
    ],
    [
      'a paragraph with a link: the link text too',
      'article.paragraph',
      { text: [{ type: 'paragraph', children: [{ type: 'text', text: 'Read' }, { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'the report' }] }] }] },
      'Read the report',
    ],
    ['an empty paragraph: nothing', 'article.paragraph', { text: paragraph('') }, ''],
    ['a subheading: its text', 'article.subheading', { text: ' Back to class ' }, 'Back to class'],
    ['a new quote: its words and speaker', 'article.quote', { words: 'We will rebuild', speakerName: 'Roya Karimi', attribution: 'she said.' }, '“We will rebuild” Roya Karimi'],
    ['a saved quote: its attribution', 'article.quote', { words: null, speakerName: null, quote: { connect: [] }, attribution: 'Karimi said.' }, 'Karimi said.'],
    ['a quote just picked: its words as the picker showed them', 'article.quote', { quote: { connect: [{ label: 'We will rebuild' }] }, attribution: 'she said.' }, '“We will rebuild” she said.'],
    ['a photo with its own caption', 'article.image', { captionOverride: 'Pupils in Herat.', image: { connect: [] } }, 'Pupils in Herat.'],
    ['a photo just picked: what the picker showed', 'article.image', { image: { connect: [{ label: 'Girls walking into a school.' }] } }, 'Girls walking into a school.'],
  ])('%s', (_case, uid, block, header) => {
    expect(blockHeader(uid, block, 'id')).toBe(header);
  });

  it("shows any other component's main field as Strapi does", () => {
    expect(blockHeader('author.link', { label: ' Website ', url: 'https://example.org' }, 'label')).toBe('Website');
    expect(blockHeader('author.link', { label: 'Website' }, 'id')).toBe('');
  });
});

describe("the admin build's change to the content manager", () => {
  const module = require.resolve('@strapi/content-manager/package.json').replace(
    /package\.json$/,
    'dist/admin/pages/EditView/components/FormInputs/DynamicZone/DynamicComponent.mjs',
  );

  it('applies to the installed dynamic zone', () => {
    const code = rewrite(fs.readFileSync(module, 'utf8'), module);
    expect(code).toContain('newsroomBlockHeader(componentUid, newsroomBlock, mainField)');
    expect(code).not.toContain('String(mainFieldValue)');
  });

  it('stops the build when an upgrade changes that code', () => {
    expect(() => rewrite('const displayedValue = String(value);', module)).toThrow(/update src\/admin\/vite.config.ts/);
  });
});
