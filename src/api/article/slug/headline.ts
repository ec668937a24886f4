/**
 * What a headline gives as an address, with no database: the pure half of the article slug rule
 * (slug/index.ts applies it). Only Latin letters and digits make a slug: Strapi's own slugify
 * transliterates ("د هرات سیلاب" → `d-hrat-sylab`), which no Pashto or Dari reader would
 * recognise, so a headline without Latin words gets a neutral `article-<id>` instead.
 */

/** The content manager's fallback value for a uid field without a target value. */
export const PLACEHOLDER = 'article';
/** The address the contract promises front-ends (assembled-article.schema.json): lower-case words and dashes. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NEUTRAL = /^article-[0-9a-f]{6}$/;
const PLACEHOLDER_NUMBERED = /^article(-\d+)?$/;
/** Long enough for a headline's first words; an address is not the headline. */
const MAX_LENGTH = 80;

export const isValidSlug = (slug: unknown): slug is string => typeof slug === 'string' && slug.length <= 255 && SLUG.test(slug);

/** The Latin letters and digits words of a headline, joined by dashes; null when there are none. */
export const headlineSlug = (title: unknown): string | null => {
  if (typeof title !== 'string') return null;
  // NFKD splits "é" into "e" and its accent, so Latin accented words keep their letters.
  const plain = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '');
  const words = plain.match(/[a-z0-9]+/g) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  if (!slug && words[0]) slug = words[0].slice(0, MAX_LENGTH);
  return slug || null;
};

/** A neutral address for a headline with no Latin words: `article-` and six hex digits. */
export const neutralSlug = (random: () => string): string => `${PLACEHOLDER}-${random().slice(0, 6)}`;

export const isNeutral = (slug: unknown): boolean => typeof slug === 'string' && NEUTRAL.test(slug);

/** The placeholder, empty, or the content manager's numbered placeholder (`article-1`). */
export const isPlaceholder = (slug: unknown): boolean =>
  slug === undefined || slug === null || slug === '' || (typeof slug === 'string' && PLACEHOLDER_NUMBERED.test(slug));

/**
 * Whether `slug` was made from `title` rather than set by hand: the placeholder, a neutral slug,
 * or the headline's slug (with a uniqueness suffix, `-1`, `-2`...).
 */
export const madeFrom = (slug: unknown, title: unknown): boolean => {
  if (isPlaceholder(slug)) return true;
  if (typeof slug !== 'string') return false;
  if (isNeutral(slug)) return true;
  const base = headlineSlug(title);
  return base !== null && (slug === base || new RegExp(`^${base}-\\d+$`).test(slug));
};
