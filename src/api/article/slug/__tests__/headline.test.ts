import { headlineSlug, isValidSlug, madeFrom, neutralSlug } from '../headline';

describe('the slug a headline gives', () => {
  it.each([
    ['Floods in Herat', 'floods-in-herat'],
    ['  Évian’s   water: 3 towns  ', 'evians-water-3-towns'],
    ['Al-Qaeda–Taliban ties', 'al-qaeda-taliban-ties'],
    ['د هرات سیلاب', null],
    ['سیلاب در هرات', null],
    ['سیلاب COVID-19 هرات', 'covid-19'],
    ['', null],
    [null, null],
  ])('%p → %p', (title, slug) => {
    expect(headlineSlug(title)).toBe(slug);
  });

  it('stops at a word boundary within 80 characters', () => {
    const slug = headlineSlug('word '.repeat(40)) ?? '';
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });

  it('gives a neutral slug of six hex digits', () => {
    expect(neutralSlug(() => 'abcdef123')).toBe('article-abcdef');
  });
});

describe('whether a slug was made from the headline', () => {
  it.each([
    ['floods-in-herat', 'Floods in Herat', true],
    ['floods-in-herat-2', 'Floods in Herat', true],
    ['article', 'Floods in Herat', true],
    ['article-1', 'Floods in Herat', true],
    ['', 'Floods in Herat', true],
    [undefined, 'Floods in Herat', true],
    ['article-0a1b2c', 'د هرات سیلاب', true],
    ['herat-floods', 'Floods in Herat', false],
    ['floods-in-herat-province', 'Floods in Herat', false],
  ])('%p from %p: %p', (slug, title, made) => {
    expect(madeFrom(slug, title)).toBe(made);
  });
});

describe('a valid slug', () => {
  it.each([
    ['floods-in-herat', true],
    ['a_b.c~d', false],
    ['Floods', false],
    ['floods--herat', false],
    ['', false],
    ['with space', false],
    ['سیلاب', false],
    [42, false],
  ])('%p: %p', (slug, valid) => {
    expect(isValidSlug(slug)).toBe(valid);
  });
});
