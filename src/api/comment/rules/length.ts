/**
 * How long a comment is, counted the way a reader counts: one user-perceived character (grapheme)
 * per emoji, per letter with its diacritics, per Pashto or Urdu letter with its marks.
 *
 * This module has no imports on purpose: the server, the lifecycle hooks and the reader page's
 * live counter all use it, so the counter in the browser and the server can never disagree.
 */
export const MAX_COMMENT_LENGTH = 1500;

/**
 * Combining marks stack into one grapheme, so 1,500 graphemes can be a megabyte. The text is also
 * capped in code points: eight per grapheme, which fits 1,500 of the longest characters readers
 * really type (a family emoji is 7 code points; a vocalised Pashto or Urdu letter 2 or 3) and
 * bounds a comment at 12,000 code points, 48 KB at most.
 */
export const MAX_COMMENT_CODE_POINTS = 8 * MAX_COMMENT_LENGTH;

/** Whether `text` has more than `max` code points, counting no further than needed. */
export const exceedsCodePoints = (text: string, max: number): boolean => {
  // A code point is one or two UTF-16 units.
  if (text.length <= max) return false;
  if (text.length > 2 * max) return true;
  let count = 0;
  for (const _ of text) {
    count += 1;
    if (count > max) return true;
  }
  return false;
};

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Counts graphemes, stopping once `stopAfter` is passed so a huge paste costs no more than the
 * limit it breaks.
 */
export const countCharacters = (text: string, stopAfter = Number.POSITIVE_INFINITY): number => {
  // A grapheme is at least one UTF-16 unit, so a string this short cannot exceed the count.
  if (text.length <= 1) return text.length;
  let count = 0;
  for (const _ of segmenter.segment(text)) {
    count += 1;
    if (count > stopAfter) break;
  }
  return count;
};

export const exceedsLength = (text: string, max: number): boolean =>
  text.length > max && countCharacters(text, max) > max;

/** The first `max` graphemes of `text`: what a field that "takes no more" keeps. */
export const truncateToLength = (text: string, max: number): string => {
  if (!exceedsLength(text, max)) return text;
  let out = '';
  let count = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (count === max) break;
    out += segment;
    count += 1;
  }
  return out;
};
