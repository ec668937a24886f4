import { countCharacters, exceedsLength, MAX_COMMENT_LENGTH, truncateToLength } from '../length';

describe('counting a comment as a reader counts it', () => {
  it.each([
    ['empty', '', 0],
    ['plain letters', 'hello', 5],
    ['an accented letter written as two code points', 'e\u0301', 1],
    ['an emoji with a skin tone', '👍🏽', 1],
    ['a family joined by zero-width joiners', '👨‍👩‍👧‍👦', 1],
    ['a flag', '🇦🇫', 1],
    ['Pashto', 'پښتو', 4],
    ['a Pashto letter with a fatha', 'ب\u064E', 1],
    ['Urdu', 'اردو', 4],
    ['Dari with a zero-width non-joiner', 'می\u200Cخواهم', 7],
    ['a CRLF line break', 'a\r\nb', 3],
  ])('%s', (_name, text, expected) => {
    expect(countCharacters(text)).toBe(expected);
  });

  it('is one limit, 1,500', () => {
    expect(MAX_COMMENT_LENGTH).toBe(1500);
  });

  it('stops counting past the limit, so a huge paste costs no more than the limit', () => {
    expect(countCharacters('x'.repeat(100_000), 1500)).toBe(1501);
  });

  it.each([
    ['1,500 emoji', '👍🏽'.repeat(1500), false],
    ['1,501 emoji', '👍🏽'.repeat(1501), true],
    ['1,500 ASCII', 'x'.repeat(1500), false],
    ['1,501 ASCII', 'x'.repeat(1501), true],
  ])('%s exceeds the limit: %s', (_name, text, expected) => {
    expect(exceedsLength(text, MAX_COMMENT_LENGTH)).toBe(expected);
  });

  it('truncates on grapheme boundaries, never inside an emoji', () => {
    expect(truncateToLength('ab👨‍👩‍👧‍👦cd', 3)).toBe('ab👨‍👩‍👧‍👦');
    expect(truncateToLength('short', 10)).toBe('short');
  });
});
