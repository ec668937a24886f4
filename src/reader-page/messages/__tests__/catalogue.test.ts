import { CATALOGUES, CLIENT_KEYS, catalogueFor, clientWords, wordsFor } from '..';
import { en } from '../en';

/** Every message's placeholders, keyed by its path (`errorTooMany.one`). */
const leaves = (value: unknown, path = ''): Array<[string, string]> => {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const SCRIPTS: Record<string, RegExp> = { fa: /[\u0600-\u06FF]/, ps: /[\u0600-\u06FF]/, ur: /[\u0600-\u06FF]/ };

describe('the message catalogue', () => {
  const english = Object.fromEntries(leaves(en).filter(([path]) => !path.startsWith('dateTime.') || path === 'dateTime.pattern'));

  it.each(Object.keys(CATALOGUES))('%s has every message English has, and no other', (language) => {
    const catalogue = CATALOGUES[language as keyof typeof CATALOGUES];
    const paths = (c: object) => leaves(c).map(([path]) => path.replace(/\.(zero|one|two|few|many|other)$/, '.#')).filter((p, i, all) => all.indexOf(p) === i).sort();
    expect(paths(catalogue)).toEqual(paths(en));
  });

  it.each(Object.keys(CATALOGUES))('%s fills the same placeholders as English in every message', (language) => {
    for (const [path, text] of leaves(CATALOGUES[language as keyof typeof CATALOGUES])) {
      // A date's parts are the language's choice (English names the second), checked below.
      if (path.startsWith('dateTime.')) continue;
      const base = english[path] ?? english[path.replace(/\.\w+$/, '.other')];
      expect([path, placeholders(text)]).toEqual([path, placeholders(base)]);
    }
  });

  it.each(Object.keys(CATALOGUES))('%s dates with the day, month, year, hour and minute, and Intl’s parts only', (language) => {
    const used = placeholders(CATALOGUES[language as keyof typeof CATALOGUES].dateTime.pattern);
    expect(used).toEqual(expect.arrayContaining(['day', 'month', 'year', 'hour', 'minute']));
    for (const part of used) expect(['weekday', 'day', 'month', 'year', 'hour', 'minute', 'second']).toContain(part);
  });

  it.each(['fa', 'ps', 'ur'])('%s is written in its own script, no English word left among its labels', (language) => {
    const untranslated = leaves(CATALOGUES[language as keyof typeof CATALOGUES]).filter(
      ([path, text]) => !path.startsWith('dateTime.') && !['counter', 'listSeparator'].includes(path) && !SCRIPTS[language].test(text)
    );
    expect(untranslated).toEqual([]);
  });

  it.each([
    ['en', 'en'],
    ['fa-AF', 'fa'],
    ['FA-af', 'fa'],
    ['ps', 'ps'],
    ['ps-AF', 'ps'],
    ['ur', 'ur'],
    ['ur-PK', 'ur'],
    ['de', 'en'],
  ])('chooses the catalogue of %s by its language (%s)', (locale, language) => {
    expect(catalogueFor(locale)).toBe(CATALOGUES[language as keyof typeof CATALOGUES]);
  });
});

describe('the words of a page', () => {
  it.each([
    ['en', 0, '0 comments'],
    ['en', 1, '1 comment'],
    ['en', 2, '2 comments'],
    ['en', 12345, '12,345 comments'],
    ['fa-AF', 1, '۱ نظر'],
    ['fa-AF', 3, '۳ نظر'],
    ['ps', 1, '۱ تبصره'],
    ['ps', 3, '۳ تبصرې'],
    ['ur', 1, '1 تبصرہ'],
    ['ur', 3, '3 تبصرے'],
  ])('count in %s: %d is "%s" (Intl.PluralRules, Intl.NumberFormat)', (locale, n, expected) => {
    const t = wordsFor(locale);
    expect(t.count(t.m.teaserComments, n)).toBe(expected);
  });

  it.each([
    ['en', '1500', '15,000'],
    ['fa-AF', '۱۵۰۰', '۱۵٬۰۰۰'],
    ['ps', '۱۵۰۰', '۱۵٬۰۰۰'],
    ['ur-PK', '1500', '15,000'],
  ])('numbers in %s: digits of the locale, grouped from five digits', (locale, four, five) => {
    expect(wordsFor(locale).number(1500)).toBe(four);
    expect(wordsFor(locale).number(15000)).toBe(five);
  });

  it.each([
    ['en', 'Fri, 02 Jan 2026 03:04:05 UTC'],
    ['fa-AF', 'جمعه ۱۲ جدی ۱۴۰۴، ساعت ۰۳:۰۴ (UTC)'],
    ['ps', 'جمعه، ۱۲ مرغومی ۱۴۰۴، ۰۳:۰۴ (UTC)'],
    ['ur', 'جمعہ، 2 جنوری 2026، 03:04 (UTC)'],
  ])('dates in %s: in UTC, with the locale’s digits, names and calendar', (locale, expected) => {
    expect(wordsFor(locale).time('2026-01-02T03:04:05.000Z')).toBe(expected);
  });

  it('fills placeholders with text as given and numbers in the locale’s digits, leaving unknown ones', () => {
    const t = wordsFor('fa-AF');
    expect(t.fill(t.m.errorBodyTooLong, { length: 1600, max: 1500 })).toBe('نظر شما ۱۶۰۰ حرف دارد؛ حد آن ۱۵۰۰ حرف است.');
    expect(t.fill('{name} {missing}', { name: '{count}' })).toBe('{count} {missing}');
  });
});

describe('the words the page gives its script', () => {
  it('are the script’s messages only, in the page’s language, as JSON', () => {
    const words = clientWords('ps');
    expect(Object.keys(words.messages).sort()).toEqual([...CLIENT_KEYS].sort());
    expect(words).toEqual(JSON.parse(JSON.stringify(words)));
    expect(words.lang).toBe('ps');
    expect(words.messages.reply).toBe('ځواب');
  });
});
