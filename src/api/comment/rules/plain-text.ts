/**
 * Comments are stored as plain text: markup is removed before anything is written, so no reader
 * page, feed or e-mail can ever render a reader's HTML. Front-ends still escape on output; this is
 * the second wall, and it keeps the stored text honest.
 */

// Elements whose content is never text a reader meant to publish.
const ELEMENTS_WITH_CONTENT = /<(script|style|iframe|object|embed|noscript|template|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// A tag starts with a letter (or / and a letter); "3 < 5" and "<3" are left alone.
const TAG = /<\/?[a-zA-Z][^<>]*>/g;
// A tag opened and never closed ("<img src=x onerror=alert(1)" at the end): no ">" follows it.
// Its "<" gets a space after it, so no parser reads a tag there, and the reader's words stay.
const DANGLING_TAG = /<(?=\/?[a-zA-Z][^>]*$)/g;
// Control characters other than tab and newline (NUL breaks PostgreSQL text columns).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const toPlainText = (input: string): string => {
  let text = input.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  // Repeat until nothing changes: "<scr<script></script>ipt>" must not reassemble into a tag.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(ELEMENTS_WITH_CONTENT, '').replace(HTML_COMMENT, '').replace(TAG, '');
  }
  return text.replace(DANGLING_TAG, '< ').normalize('NFC').trim();
};
