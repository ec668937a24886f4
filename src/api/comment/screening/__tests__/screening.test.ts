import { countLinks, findListedWord, parseWordList } from '..';
import { input, screenComment } from './screen';

describe('screening a new comment', () => {
  it.each([
    ['pre-moderation holds a clean comment', {}, 'pending', 'pre-moderation'],
    ['post-moderation shows a clean comment', { moderation: 'post' as const }, 'approved', 'post-moderation'],
    ['a filled honeypot is spam', { honeypotFilled: true, moderation: 'post' as const }, 'spam', 'honeypot'],
    ['a blocked word is spam', { body: 'Buy CHEAP pills', blockWords: ['cheap pills'], moderation: 'post' as const }, 'spam', 'block-words'],
    ['a held word holds under post-moderation', { body: 'You idiot', holdWords: ['idiot'], moderation: 'post' as const }, 'pending', 'hold-words'],
    ['a blocked word in the name is spam', { authorName: 'casino king', blockWords: ['casino'] }, 'spam', 'block-words'],
    ['three links hold', { body: 'http://a.example x https://b.example y www.c.example', moderation: 'post' as const }, 'pending', 'links'],
    ['two links pass', { body: 'http://a.example and https://b.example', moderation: 'post' as const }, 'approved', 'post-moderation'],
    ['blocking beats holding', { body: 'idiot casino', holdWords: ['idiot'], blockWords: ['casino'] }, 'spam', 'block-words'],
  ])('%s', async (_name, override, status, rule) => {
    expect(await screenComment(input(override))).toMatchObject({ status, rule, reason: expect.any(String) });
  });
});

describe('word lists in every script', () => {
  it.each([
    ['English, any case', 'What an IDIOT.', ['idiot'], 'idiot'],
    ['whole words only', 'Scunthorpe is a town', ['cunt'], null],
    ['Latin accents folded', 'quel crétin', ['cretin'], 'cretin'],
    ['Dari', 'این یک احمق است', ['احمق'], 'احمق'],
    ['Dari with Arabic yeh and kaf typed instead of Persian', 'كثيف', ['کثیف'], 'کثیف'],
    ['Pashto', 'ته خر یې', ['خر'], 'خر'],
    ['Pashto with vowel marks and tatweel', 'خـَر', ['خر'], 'خر'],
    ['Urdu', 'تم بیوقوف ہو', ['بیوقوف'], 'بیوقوف'],
    ['a word inside a longer Urdu word is not a match', 'بیوقوفی', ['بیوقوف'], null],
    ['phrases across extra spaces', 'buy   cheap  pills now', ['cheap pills'], 'cheap pills'],
    ['zero-width characters do not hide a word', 'id\u200Biot', ['idiot'], 'idiot'],
  ])('%s', (_name, text, words, expected) => {
    expect(findListedWord(text, words)).toBe(expected);
  });

  it('reads an editor\'s list: one per line, commas too, blanks ignored, no repeats', () => {
    expect(parseWordList('idiot\n\n  cheap pills , casino\nidiot\nاحمق،خر')).toEqual(['idiot', 'cheap pills', 'casino', 'احمق', 'خر']);
    expect(parseWordList(null)).toEqual([]);
  });
});

describe('counting links', () => {
  it.each([
    ['none', 'No links here. E.g. the U.S. and al-Qaeda.', 0],
    ['schemes', 'see http://a.example/x and https://b.example', 2],
    ['www', 'www.example.org', 1],
    ['bare domain with a path', 'example.com/page', 1],
  ])('%s', (_name, text, expected) => {
    expect(countLinks(text)).toBe(expected);
  });
});
