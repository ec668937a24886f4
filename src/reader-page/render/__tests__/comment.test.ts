import { commentElement } from '../comment';
import { wordsFor } from '../../messages';
import { toHtml } from '../tree';

const comment = (over: Partial<Parameters<typeof commentElement>[0]> = {}) => ({
  id: 'c1',
  authorName: 'Zahra',
  body: 'A considered view.',
  createdAt: '2026-01-02T03:04:05.000Z',
  replies: [],
  ...over,
});

describe('one renderer for a comment, on the server and in the browser', () => {
  it('draws the author, the time in UTC, the text and a reply button with the page\'s own words', () => {
    const out = toHtml(commentElement(comment(), true, wordsFor('en')));
    expect(out).toBe(
      '<li class="comment" id="comment-c1" data-comment-id="c1"><article aria-label="Comment by Zahra">' +
        '<header><span class="comment-author">Zahra</span> <time datetime="2026-01-02T03:04:05.000Z">Fri, 02 Jan 2026 03:04:05 UTC</time></header>' +
        `<p class="comment-body">A considered view.</p><button type="button" class="reply" data-reply-to="c1" data-reply-name="Zahra">Reply</button>` +
        '</article></li>'
    );
  });

  it('leaves the reply button out where comments are closed, and nests replies', () => {
    const out = toHtml(commentElement(comment({ replies: [comment({ id: 'c2', body: 'A reply' })] }), false, wordsFor('en')));
    expect(out).not.toContain('class="reply"');
    expect(out).toContain('<ol class="replies"><li class="comment" id="comment-c2"');
  });

  it.each([
    ['a tag in the text', { body: '</p><script>alert(1)</script>' }, '&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a quote in the name', { authorName: 'x" onmouseover="alert(3)' }, 'aria-label="Comment by x&quot; onmouseover=&quot;alert(3)"'],
    ['an ampersand', { body: 'I <3 this & "that"' }, 'I &lt;3 this &amp; &quot;that&quot;'],
  ])('never lets %s become markup', (_case, over, expected) => {
    const out = toHtml(commentElement(comment(over), true, wordsFor('en')));
    expect(out).toContain(expected);
    expect(out).not.toContain('<script>');
  });

  it('speaks the page’s language: Dari words, Persian digits and the solar hijri date', () => {
    const out = toHtml(commentElement(comment(), true, wordsFor('fa-AF')));
    expect(out).toContain('aria-label="نظر Zahra"');
    expect(out).toContain('>جمعه ۱۲ جدی ۱۴۰۴، ساعت ۰۳:۰۴ (UTC)</time>');
    expect(out).toContain('>پاسخ</button>');
  });
});
