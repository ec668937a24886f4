import { screeningRecord } from '..';
import { input, screenComment } from './screen';

describe("an author's standing", () => {
  it.each([
    ['a blocked e-mail is spam', { standing: 'blocked' as const }, 'spam', 'blocked-author'],
    ['a blocked e-mail is spam under post-moderation too', { standing: 'blocked' as const, moderation: 'post' as const }, 'spam', 'blocked-author'],
    ['the honeypot still comes first', { standing: 'blocked' as const, honeypotFilled: true }, 'spam', 'honeypot'],
    ['a blocked e-mail beats a blocked word', { standing: 'blocked' as const, body: 'casino', blockWords: ['casino'] }, 'spam', 'blocked-author'],
    ['a trusted author skips pre-moderation', { standing: 'trusted' as const }, 'approved', 'trusted-author'],
    ['a trusted author under post-moderation is shown too', { standing: 'trusted' as const, moderation: 'post' as const }, 'approved', 'trusted-author'],
    ["a held word still holds a trusted author's comment", { standing: 'trusted' as const, body: 'You idiot', holdWords: ['idiot'] }, 'pending', 'hold-words'],
    ["too many links still hold a trusted author's comment", { standing: 'trusted' as const, body: 'http://a.example https://b.example www.c.example' }, 'pending', 'links'],
    ["a blocked word still makes a trusted author's comment spam", { standing: 'trusted' as const, body: 'casino', blockWords: ['casino'] }, 'spam', 'block-words'],
    ['a normal author is pre-moderated', { standing: 'normal' as const }, 'pending', 'pre-moderation'],
  ])('%s', async (_name, override, status, rule) => {
    expect(await screenComment(input(override))).toMatchObject({ status, rule, reason: expect.any(String) });
  });

  it('names the blocked address in the reason', async () => {
    expect((await screenComment(input({ standing: 'blocked', authorEmail: 'spammer@example.org' })))?.reason).toBe('Spam: the e-mail spammer@example.org is blocked.');
  });
});

describe('the record of why, kept on the comment', () => {
  it.each([
    ['a held word names it', { body: 'You idiot', holdWords: ['idiot'] }, { rule: 'hold-words', word: 'idiot' }],
    ['a blocked word names it', { body: 'cheap pills', blockWords: ['cheap pills'] }, { rule: 'block-words', word: 'cheap pills' }],
    ['links count them', { body: 'http://a.example https://b.example www.c.example' }, { rule: 'links', links: 3 }],
    ['pre-moderation is the rule alone', {}, { rule: 'pre-moderation' }],
    ['a blocked author is the rule alone', { standing: 'blocked' as const }, { rule: 'blocked-author' }],
  ])('%s', async (_name, override, expected) => {
    const verdict = await screenComment(input(override));
    expect(verdict && screeningRecord(verdict)).toEqual(expected);
  });
});
