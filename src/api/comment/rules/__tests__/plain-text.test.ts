import { toPlainText } from '../plain-text';

describe('storing comments as plain text', () => {
  it.each([
    ['keeps plain text', 'A fair point.', 'A fair point.'],
    ['trims', '  padded \n', 'padded'],
    ['removes tags and keeps their text', '<p>I <b>agree</b></p>', 'I agree'],
    ['removes scripts with their content', 'Hi<script>alert(1)</script>!', 'Hi!'],
    ['removes styles with their content', '<style>body{display:none}</style>Hi', 'Hi'],
    ['removes event-handler images', 'x<img src=x onerror=alert(1)>y', 'xy'],
    ['does not let nested tags reassemble', '<scr<script></script>ipt>alert(1)</script>', 'alert(1)'],
    ['removes HTML comments', 'a<!-- hidden -->b', 'ab'],
    ['keeps comparisons', '3 < 5 and 7 > 2', '3 < 5 and 7 > 2'],
    ['keeps hearts', 'I <3 this', 'I <3 this'],
    ['keeps entities as typed', 'Tom &amp; Jerry', 'Tom &amp; Jerry'],
    ['normalises line breaks', 'a\r\nb\rc', 'a\nb\nc'],
    ['removes control characters, NUL included', 'a\u0000b\u0007c', 'abc'],
    ['keeps Pashto and Urdu', 'ستاسو مننه', 'ستاسو مننه'],
    ['composes decomposed letters', 'e\u0301', '\u00e9'],
  ])('%s', (_name, input, expected) => {
    expect(toPlainText(input)).toBe(expected);
  });
});
