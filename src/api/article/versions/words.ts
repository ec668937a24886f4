/**
 * Word-level differences between two texts: what was kept, deleted and inserted, in reading order,
 * each word's following spaces kept with it so the parts joined give back each text. The longest common
 * subsequence of the words; texts too long for it (a paragraph is far below) are one deletion and
 * one insertion.
 */
export type WordPart = { type: 'same' | 'inserted' | 'deleted'; text: string };

const MAX_CELLS = 4_000_000;

// A word with the spaces after it, so a change of words is one run, not words and spaces apart.
const tokens = (text: string): string[] => text.match(/^\s+|\S+\s*/g) ?? [];

const push = (parts: WordPart[], type: WordPart['type'], text: string) => {
  const last = parts[parts.length - 1];
  if (last && last.type === type) last.text += text;
  else parts.push({ type, text });
};

export const wordDiff = (before: string, after: string): WordPart[] => {
  const a = tokens(before);
  const b = tokens(after);
  const parts: WordPart[] = [];
  if (a.length * b.length > MAX_CELLS) {
    if (before) push(parts, 'deleted', before);
    if (after) push(parts, 'inserted', after);
    return parts;
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i]);
      i += 1;
      j += 1;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      push(parts, 'deleted', a[i]);
      i += 1;
    } else {
      push(parts, 'inserted', b[j]);
      j += 1;
    }
  }
  while (i < a.length) push(parts, 'deleted', a[i++]);
  while (j < b.length) push(parts, 'inserted', b[j++]);
  return parts;
};
