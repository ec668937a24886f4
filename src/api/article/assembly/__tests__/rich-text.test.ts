import { renderRichText, splitAtHeadings } from '../rich-text';
import { toBodyBlocks } from '../blocks';
import type { BlockNode } from '../types';

const p = (...children: object[]): BlockNode => ({ type: 'paragraph', children: children as BlockNode['children'] });
const t = (text: string, marks: object = {}) => ({ type: 'text', text, ...marks });

describe('paragraph text from the Blocks editor', () => {
  it('gives plain text and no HTML when there is no formatting', () => {
    expect(renderRichText([p(t('Plain words.'))])).toEqual({ text: 'Plain words.' });
  });

  it('gives HTML when there is formatting, with the same text', () => {
    expect(renderRichText([p(t('Very '), t('bold', { bold: true }), t(' and '), t('sloped', { italic: true }))])).toEqual({
      text: 'Very bold and sloped',
      html: '<p>Very <strong>bold</strong> and <em>sloped</em></p>',
    });
  });

  it('escapes whatever an editor typed', () => {
    const { html } = renderRichText([p(t('<img src=x onerror=alert(1)>', { bold: true }))]);
    expect(html).toBe('<p><strong>&lt;img src=x onerror=alert(1)&gt;</strong></p>');
  });

  it.each([
    ['https://example.org/a?b=1&c=2', '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">link</a>'],
    ['/articles/other-story', '<a href="/articles/other-story" rel="noopener noreferrer">link</a>'],
    ['mailto:desk@example.org', '<a href="mailto:desk@example.org" rel="noopener noreferrer">link</a>'],
    ['javascript:alert(1)', 'link'],
    ['//evil.example/x', 'link'],
    ['data:text/html,<script>', 'link'],
  ])('keeps only safe links: %s', (url, expected) => {
    const { html } = renderRichText([p({ type: 'link', url, children: [t('link')] })]);
    expect(html).toBe(`<p>${expected}</p>`);
  });

  it('keeps several paragraphs apart', () => {
    expect(renderRichText([p(t('One.')), p(t('Two.'))])).toEqual({ text: 'One.\n\nTwo.', html: '<p>One.</p><p>Two.</p>' });
  });

  it('copes with nothing', () => {
    expect(renderRichText(null)).toEqual({ text: '' });
    expect(renderRichText([])).toEqual({ text: '' });
  });
});

describe('headings written inside a paragraph block', () => {
  const h = (level: number, text: string): BlockNode => ({
    type: 'heading',
    level,
    children: [t(text)] as BlockNode['children'],
  });

  it.each([
    ['no heading', [p(t('One.')), p(t('Two.'))], ['text']],
    ['a heading between paragraphs', [p(t('One.')), h(2, 'Aid arrives'), p(t('Two.'))], ['text', 'Aid arrives', 'text']],
    ['a heading first, any level', [h(1, 'First'), p(t('One.'))], ['First', 'text']],
    ['headings back to back, last', [p(t('One.')), h(3, 'A'), h(6, 'B')], ['text', 'A', 'B']],
    ['an empty heading is dropped', [p(t('One.')), h(2, '  '), p(t('Two.'))], ['text', 'text']],
  ])('%s', (_name, nodes, expected) => {
    expect(splitAtHeadings(nodes as BlockNode[]).map((part) => (part.kind === 'heading' ? part.text : 'text'))).toEqual(expected);
  });
});

describe('the body blocks of a paragraph block with headings', () => {
  const h = (text: string): BlockNode => ({ type: 'heading', level: 2, children: [t(text)] as BlockNode['children'] });

  it('become paragraphs and subheadings in place', () => {
    const body = [
      { __component: 'article.subheading' as const, text: 'Before' },
      { __component: 'article.paragraph' as const, text: [p(t('One.')), h('Aid arrives'), p(t('Two.')), p(t('Three.'))] },
    ];
    expect(toBodyBlocks(body, '')).toEqual([
      { type: 'subheading', text: 'Before' },
      { type: 'paragraph', text: 'One.' },
      { type: 'subheading', text: 'Aid arrives' },
      { type: 'paragraph', text: 'Two.\n\nThree.', html: '<p>Two.</p><p>Three.</p>' },
    ]);
  });
});
