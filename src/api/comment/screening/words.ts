/**
 * Word-list matching that works the same in every script the newsroom publishes in. Text and
 * listed words are folded alike before comparing: case, Latin accents, Arabic-script vowel marks
 * and tatweel, the Arabic and Persian forms of yeh and kaf, zero-width and direction marks.
 */

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const NONSPACING_MARKS = /\p{Mn}/gu;
const TATWEEL = /\u0640/g;

export const foldForMatching = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(NONSPACING_MARKS, '')
    .replace(TATWEEL, '')
    .replace(INVISIBLE, '')
    .replace(/[\u064A\u0649]/g, '\u06CC') // Arabic yeh and alef maksura -> Persian yeh
    .replace(/\u0643/g, '\u06A9') // Arabic kaf -> keheh
    .normalize('NFC')
    .toLowerCase();

/** An editor's list: one word or phrase per line (commas also separate); blank lines ignored. */
export const parseWordList = (text: string | null | undefined): string[] =>
  [...new Set((text ?? '').split(/[\n,،]+/).map((word) => word.trim()).filter(Boolean))];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first listed word found as a whole word (or phrase) in the text, or null. */
export const findListedWord = (text: string, words: string[]): string | null => {
  if (words.length === 0) return null;
  const folded = foldForMatching(text);
  for (const word of words) {
    const needle = foldForMatching(word).replace(/\s+/g, ' ').trim();
    if (!needle) continue;
    // Whole words: no letter or digit of any script may touch the match on either side.
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
    if (pattern.test(folded)) return word;
  }
  return null;
};
