import { html, raw, type Html } from './html';
import { quoteSentence } from './quote-sentence';
import { renderCorrectionNotice, renderCorrections } from './corrections';
import { authorPath } from '../address';
import type { PageWords } from '../messages';
import { isCropKey } from '../../api/image/crops/geometry';
import type { AssembledArticle } from '../../api/article/services/assembled-article';
import type { BlockView, ImageView } from '../../api/article/assembly/types';

/** The article itself: header, hero photo and body, in reading order. */

/** The photo at its widths; its crops (another shape: src/api/image/crops) are for search engines and social networks. */
export const srcset = (image: ImageView): string =>
  [...Object.entries(image.formats).filter(([key]) => !isCropKey(key)).map(([, format]) => format), { url: image.url, width: image.width }]
    .sort((a, b) => a.width - b.width)
    .filter((f, i, all) => i === 0 || f.width !== all[i - 1].width)
    .map((f) => `${f.url} ${f.width}w`)
    .join(', ');

export const figure = (image: ImageView, className: string, eager = false): Html => html`<figure class="${className}">
  <img src="${image.url}" srcset="${srcset(image)}" sizes="(max-width: 760px) 100vw, 720px" width="${image.width}" height="${image.height}" alt="${image.alt}" ${raw(eager ? 'fetchpriority="high"' : 'loading="lazy"')} decoding="async">
  ${image.caption || image.credit ? html`<figcaption>${image.caption ?? ''}${image.credit ? html` <span class="credit">[${image.credit}]</span>` : ''}</figcaption>` : ''}
</figure>`;

type Quote = Extract<BlockView, { type: 'quote' }>;

/** An inline quote reads as part of the text; its speaker is named for assistive technology. */
const inlineQuote = (block: Quote): Html => {
  const sentence = quoteSentence(block.text, block.attribution);
  return html`<span class="quote" data-quote-id="${block.quoteId}" title="${block.speaker.name}${block.speaker.role ? `, ${block.speaker.role}` : ''}">${sentence}</span>`;
};

const pullQuote = (block: Quote): Html => html`<figure class="pullquote">
  <blockquote><p>${block.text}</p></blockquote>
  <figcaption>${block.speaker.name}${block.speaker.role ? html`, <span class="role">${block.speaker.role}</span>` : ''}</figcaption>
</figure>`;

/** Body blocks to HTML; a quote marked "same paragraph" joins the paragraph before it. */
export const renderBody = (blocks: BlockView[], dateline: string | null): Html => {
  const out: string[] = [];
  let openParagraph: string[] | null = null;
  let first = true;
  const close = () => {
    if (openParagraph) out.push(`<p>${openParagraph.join(' ')}</p>`);
    openParagraph = null;
  };
  const datelined = (inner: Html): string => {
    const text = first && dateline ? html`<span class="dateline">${dateline} --</span> ${inner}`.value : inner.value;
    first = false;
    return text;
  };

  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        close();
        openParagraph = [datelined(block.html ? raw(block.html.replace(/^<p>|<\/p>$/g, '')) : html`${block.text}`)];
        // Formatted text with several paragraphs of its own stays as the editor wrote it.
        if (block.html && /<\/p><p>|<(ul|ol|blockquote|pre)/.test(block.html)) {
          openParagraph = null;
          out.push(block.html);
        }
        break;
      case 'subheading':
        close();
        out.push(html`<h2 class="subheading">${block.text}</h2>`.value);
        break;
      case 'image':
        close();
        out.push(figure(block.image, 'inline-photo').value);
        break;
      case 'quote':
        if (block.display === 'pullquote') {
          close();
          out.push(pullQuote(block).value);
          break;
        }
        if (block.continuesParagraph && openParagraph) {
          openParagraph.push(inlineQuote(block).value);
        } else {
          close();
          openParagraph = [datelined(inlineQuote(block))];
        }
        break;
    }
  }
  close();
  return raw(out.join('\n'));
};

/** `pathLocale`: the locale in the site's addresses (none for the default one), for the byline's links to the authors' pages. */
export const renderArticle = (article: AssembledArticle, t: PageWords, pathLocale?: string): Html => {
  return html`<article class="story" aria-labelledby="headline">
  <header class="story-header">
    <h1 id="headline">${article.title}</h1>
    ${article.summary ? html`<p class="standfirst">${article.summary}</p>` : ''}
    ${article.byline.length ? html`<p class="byline">${t.m.by} ${article.byline.map((a, i) => html`${i > 0 ? t.m.listSeparator : ''}<a class="author" href="${authorPath(a.slug, pathLocale)}">${a.name}</a>`)}</p>` : ''}
    <p class="published"><time datetime="${article.publishedAt}">${t.time(article.publishedAt)}</time></p>
    ${renderCorrectionNotice(article.corrections, t)}
  </header>
  ${article.heroImage ? figure(article.heroImage, 'hero', true) : ''}
  <div class="story-body">
${renderBody(article.body, article.dateline)}
  </div>
  ${renderCorrections(article.corrections, t)}
</article>`;
};

