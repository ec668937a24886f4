import { renderBody, srcset } from '../article';
import { quoteSentence } from '../quote-sentence';
import { directionOf } from '../locales';
import { escapeHtml, jsonForScript } from '../html';
import type { BlockView } from '../../../api/article/assembly/types';

const speaker = { name: 'Roya Karimi', slug: 'roya-karimi', role: 'Governor', organization: null };
const quote = (text: string, extra: Partial<Extract<BlockView, { type: 'quote' }>> = {}): BlockView => ({
  type: 'quote',
  quoteId: 'q1',
  text,
  attribution: 'she said.',
  speaker,
  display: 'inline',
  continuesParagraph: false,
  saidOn: null,
  saidWhere: null,
  ...extra,
});

describe('rendering the body', () => {
  it('puts the dateline before the first paragraph only', () => {
    const html = renderBody(
      [
        { type: 'paragraph', text: 'First.' },
        { type: 'paragraph', text: 'Second.' },
      ],
      'HERAT'
    ).value;
    expect(html).toBe('<p><span class="dateline">HERAT --</span> First.</p>\n<p>Second.</p>');
  });

  it('joins a quote marked "same paragraph" to the quote before it', () => {
    const html = renderBody([quote('One'), quote('Two.', { attribution: null, continuesParagraph: true })], null).value;
    expect(html).toMatch(/^<p><span class="quote"[^>]*>“One,” she said\.<\/span> <span class="quote"[^>]*>“Two\.”<\/span><\/p>$/);
  });

  it('sets a pull quote apart, with its speaker', () => {
    const html = renderBody([{ type: 'paragraph', text: 'Text.' }, quote('Big words', { display: 'pullquote' })], null).value;
    expect(html).toContain('<figure class="pullquote">');
    expect(html).toContain('<blockquote><p>Big words</p></blockquote>');
    expect(html).toContain('<figcaption>Roya Karimi, <span class="role">Governor</span></figcaption>');
  });

  it('escapes every text', () => {
    const html = renderBody([{ type: 'subheading', text: '<img src=x onerror=alert(1)>' }, quote('"<b>"')], null).value;
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('small pieces', () => {
  it.each([
    ['words', 'he said.', '“words,” he said.'],
    ['Is it?', 'she asked.', '“Is it?” she asked.'],
    ['Done.', null, '“Done.”'],
  ])('quote %j with %j', (text, attribution, expected) => {
    expect(quoteSentence(text, attribution)).toBe(expected);
  });

  it('orders srcset by width and ends with the original', () => {
    const image = {
      id: 'i',
      url: '/o.jpg',
      alt: 'a',
      caption: null,
      credit: null,
      width: 1200,
      height: 800,
      mime: 'image/jpeg',
      formats: { large: { url: '/l.jpg', width: 1000, height: 1 }, small: { url: '/s.jpg', width: 500, height: 1 } },
    };
    expect(srcset(image)).toBe('/s.jpg 500w, /l.jpg 1000w, /o.jpg 1200w');
  });

  it.each([
    ['en', 'ltr'],
    ['fa-AF', 'rtl'],
    ['ps', 'rtl'],
    ['ur', 'rtl'],
  ])('%s is written %s', (locale, dir) => {
    expect(directionOf(locale)).toBe(dir);
  });

  it('keeps JSON-LD from closing its script element', () => {
    expect(jsonForScript({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(escapeHtml(`<"'&>`)).toBe('&lt;&quot;&#39;&amp;&gt;');
  });
});
