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
    ['neutralises a tag left open at the end', 'Nice story <img src=x onerror=alert(1) ', 'Nice story < img src=x onerror=alert(1)'],
    ['neutralises a closing tag left open', 'done </script', 'done < /script'],
    ['neutralises an open tag before a newline', 'a <svg onload=alert(1)\nmore', 'a < svg onload=alert(1)\nmore'],
    ['still removes a closed tag before an open one', '<b>x</b> <img src=x', 'x < img src=x'],
    ['keeps a heart at the end', 'love it <3', 'love it <3'],
    ['keeps a lone "<" at the end', 'a <', 'a <'],
  ])('%s', (_name, input, expected) => {
    expect(toPlainText(input)).toBe(expected);
  });
});
