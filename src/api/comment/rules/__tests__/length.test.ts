import { countCharacters, exceedsCodePoints, exceedsLength, MAX_COMMENT_CODE_POINTS, MAX_COMMENT_LENGTH, truncateToLength } from '../length';
import { checkBody } from '../fields';

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

describe('the cap in code points', () => {
  it.each([
    ['short text', 'abc', 3, false],
    ['exactly at the cap', 'abc', 3, false],
    ['one over', 'abcd', 3, true],
    ['astral symbols count once', '😀😀😀', 3, false],
    ['astral symbols, one over', '😀😀😀😀', 3, true],
    ['stacked combining marks', `a${'\u0301'.repeat(10)}`, 10, true],
  ])('%s', (_name, text, max, expected) => {
    expect(exceedsCodePoints(text, max)).toBe(expected);
  });

  it('is eight per character of the limit, enough for vocalised Pashto and Urdu and family emoji', () => {
    expect(MAX_COMMENT_CODE_POINTS).toBe(12000);
    expect(exceedsCodePoints('بَ'.repeat(MAX_COMMENT_LENGTH), MAX_COMMENT_CODE_POINTS)).toBe(false);
    expect(exceedsCodePoints('👨‍👩‍👧‍👦'.repeat(MAX_COMMENT_LENGTH), MAX_COMMENT_CODE_POINTS)).toBe(false);
  });

  it('refuses 1,500 graphemes of stacked marks with a clear message', () => {
    expect(checkBody(`a${'\u0301'.repeat(300)}`.repeat(1500))).toMatchObject({
      problem: { path: ['body'], message: expect.stringMatching(/too long to store.*12,000/) },
    });
  });
});
