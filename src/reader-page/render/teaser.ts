import { html, raw, type Html } from './html';
import { srcset } from './article';
import type { PageWords } from '../messages';
import { authorPath, sectionPath } from '../address';
import type { Teaser } from '../../api/article/assembly/teaser';

/**
 * One story in a list, the same on every page that lists stories (the fronts, a section, an
 * author, a tag, an article's related stories): section, headline, standfirst, byline, date,
 * comment count and a small photo. The photo is an <img> outside any <figure>: figures are the
 * article's own photos.
 */

export interface TeaserOptions {
  /** The locale in the site's addresses (undefined for the default locale): section and author links. */
  pathLocale?: string;
  /** The lead story of a front: a larger photo, loaded first. */
  lead?: boolean;
}

const photo = (teaser: Teaser, lead: boolean): Html => {
  const image = teaser.heroImage;
  if (!image) return raw('');
  return html`<img class="teaser-photo" src="${image.url}" srcset="${srcset(image)}" sizes="${lead ? '(max-width: 760px) 100vw, 720px' : '(max-width: 760px) 40vw, 240px'}" width="${image.width}" height="${image.height}" alt="${image.alt}" ${raw(lead ? 'fetchpriority="high"' : 'loading="lazy"')} decoding="async">`;
};

export const renderTeaser = (teaser: Teaser, t: PageWords, options: TeaserOptions = {}): Html => {
  const lead = options.lead ?? false;
  return html`<article class="teaser${lead ? ' teaser-lead' : ''}">
  ${photo(teaser, lead)}
  <div class="teaser-text">
    ${teaser.section ? html`<p class="kicker"><a href="${sectionPath(teaser.section.slug, options.pathLocale)}">${teaser.section.name}</a></p>` : ''}
    <h3 class="teaser-headline"><a href="${teaser.path}">${teaser.headline}</a></h3>
    ${teaser.standfirst ? html`<p class="teaser-standfirst">${teaser.standfirst}</p>` : ''}
    <p class="teaser-meta">${teaser.byline.length
      ? html`<span class="teaser-byline">${t.m.by} ${teaser.byline.map((author, i) => html`${i > 0 ? t.m.listSeparator : ''}<a href="${authorPath(author.slug, options.pathLocale)}">${author.name}</a>`)}</span> `
      : ''}<time datetime="${teaser.publishedAt}">${t.time(teaser.publishedAt)}</time>${teaser.commentCount ? html` <span class="teaser-comments">${t.count(t.m.teaserComments, teaser.commentCount)}</span>` : ''}</p>
  </div>
</article>`;
};

/** A list of teasers; the first is the lead when asked (a front's first pick). */
export const renderTeaserList = (teasers: Teaser[], t: PageWords, options: TeaserOptions & { leadFirst?: boolean } = {}): Html =>
  html`<ul class="teaser-list">${teasers.map((teaser, i) => html`<li>${renderTeaser(teaser, t, { pathLocale: options.pathLocale, lead: options.leadFirst === true && i === 0 })}</li>`)}</ul>`;
