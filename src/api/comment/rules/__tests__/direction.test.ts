import { withoutDirectionControls } from '../direction';
import { checkAuthorName } from '../fields';

describe('names lose their direction controls', () => {
  it.each([
    ['right-to-left override', '\u202Enimda', 'nimda'],
    ['left-to-right override and pop', '\u202Dabc\u202C', 'abc'],
    ['embeddings', '\u202Aa\u202Bb\u202C', 'ab'],
    ['isolates', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['LRM, RLM and the Arabic letter mark', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
    ['keeps ZWNJ in a Persian name', 'می\u200Cخواهم', 'می\u200Cخواهم'],
    ['keeps ZWJ', 'a\u200Db', 'a\u200Db'],
    ['keeps Urdu letters with marks', 'عَلی', 'عَلی'],
  ])('%s', (_case, input, expected) => {
    expect(withoutDirectionControls(input)).toBe(expected);
  });

  it('a name of direction controls only is no name', () => {
    expect(checkAuthorName('\u202E\u2066')).toMatchObject({ problem: { path: ['authorName'] } });
  });

  it('a name stored is stripped and single-spaced', () => {
    expect(checkAuthorName(' \u202EFarid \u2066 Ahmadi ')).toEqual({ value: 'Farid Ahmadi' });
  });
});
