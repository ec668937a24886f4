import { isEmailAddress } from '../email';

describe('isEmailAddress', () => {
  it.each([
    ['reader@example.org', true],
    ['first.last+tag@news.co.uk', true],
    ['Desk.Moderator@Example.org', true],
    ['no-at-sign', false],
    ['two@@example.org', false],
    ['a@b', false],
    ['a@b.c', false],
    ['spaces in@example.org', false],
    ['<x>@example.org', false],
    ['x@example.org>', false],
    ['"quoted"@example.org', false],
    ['', false],
    [`${'x'.repeat(242)}@example.org`, true],
    [`${'x'.repeat(243)}@example.org`, false],
  ])('%j → %s', (value, expected) => {
    expect(isEmailAddress(value)).toBe(expected);
  });
});
