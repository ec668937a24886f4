import { wordDiff } from '../words';

describe('wordDiff', () => {
  it.each([
    ['same text', 'The river rose.', 'The river rose.', [{ type: 'same', text: 'The river rose.' }]],
    ['a word replaced', 'The river rose.', 'The river fell.', [{ type: 'same', text: 'The river ' }, { type: 'deleted', text: 'rose.' }, { type: 'inserted', text: 'fell.' }]],
    ['a word inserted', 'Rain in Herat.', 'Heavy rain in Herat.', [{ type: 'deleted', text: 'Rain ' }, { type: 'inserted', text: 'Heavy rain ' }, { type: 'same', text: 'in Herat.' }]],
    ['from nothing', '', 'New words', [{ type: 'inserted', text: 'New words' }]],
    ['to nothing', 'Old words', '', [{ type: 'deleted', text: 'Old words' }]],
    ['right to left', 'سیلاب در هرات', 'سیلاب بزرگ در هرات', [{ type: 'same', text: 'سیلاب ' }, { type: 'inserted', text: 'بزرگ ' }, { type: 'same', text: 'در هرات' }]],
  ])('%s', (_case, before, after, expected) => {
    expect(wordDiff(before, after)).toEqual(expected);
  });

  it.each([
    ['The river rose overnight in Herat.', 'The river fell slowly overnight in Herat.'],
    ['  leading spaces kept', 'leading spaces gone  '],
    ['one\ntwo three', 'one two\nthree four'],
  ])('gives back both texts: %j → %j', (before, after) => {
    const parts = wordDiff(before, after);
    expect(parts.filter((part) => part.type !== 'inserted').map((part) => part.text).join('')).toBe(before);
    expect(parts.filter((part) => part.type !== 'deleted').map((part) => part.text).join('')).toBe(after);
  });
});
