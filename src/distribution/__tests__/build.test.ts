import { parseFeed } from '@rowanmanning/feed-parser';
import { renderFeed, type FeedDocument } from '../feeds/build';

const document = (content?: string): FeedDocument => ({
  id: 'https://news.example.org/feeds/home.atom',
  title: 'Newsroom',
  description: 'The latest stories',
  language: 'fa-AF',
  link: 'https://news.example.org/',
  self: { rss: 'https://news.example.org/feeds/home.xml', atom: 'https://news.example.org/feeds/home.atom' },
  publisher: 'Newsroom',
  items: [
    {
      guid: 'tag:news.example.org,2026:article:abc:fa-AF',
      title: 'Floods & roads',
      link: 'https://news.example.org/fa-AF/articles/floods',
      summary: 'Roads close.',
      content,
      published: new Date('2026-01-01T10:00:00Z'),
      updated: new Date('2026-01-02T10:00:00Z'),
      authors: [
        { name: 'Desk Reporter', link: 'https://news.example.org/fa-AF/authors/desk' },
        { name: 'Second Writer', link: 'https://news.example.org/fa-AF/authors/second' },
      ],
      categories: [{ name: 'Asia', domain: 'https://news.example.org/fa-AF/sections/asia' }],
      image: { url: 'https://news.example.org/uploads/a.jpg', type: 'image/jpeg', width: 1200, height: 800, alt: 'A flooded road' },
    },
  ],
});

describe('a feed document', () => {
  it.each([undefined, '<p>Body</p>'])('as RSS (body %j): the byline as dc:creator, the photo as enclosure and media:content, each namespace once', (content) => {
    const rss = renderFeed(document(content), 'rss');
    expect(rss.match(/xmlns:dc=/g)).toHaveLength(1);
    expect(rss.match(/xmlns:media=/g)).toHaveLength(1);
    expect(rss).not.toContain('<author>');
    expect(rss).toContain('<enclosure length="0" type="image/jpeg" url="https://news.example.org/uploads/a.jpg"/>');
    const item = parseFeed(rss).items[0];
    expect(item.authors.map((a) => a.name)).toEqual(['Desk Reporter', 'Second Writer']);
    expect(item.id).toBe('tag:news.example.org,2026:article:abc:fa-AF');
    expect(item.title).toBe('Floods & roads');
    expect(item.published?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
  });

  it('as Atom: authors with their pages, first publication and last update, the photo as an enclosure link', () => {
    const atom = renderFeed(document(), 'atom');
    const feed = parseFeed(atom);
    expect(feed.updated?.toISOString()).toBe('2026-01-02T10:00:00.000Z');
    const item = feed.items[0];
    expect(item.authors).toEqual([expect.objectContaining({ name: 'Desk Reporter', url: 'https://news.example.org/fa-AF/authors/desk' }), expect.objectContaining({ name: 'Second Writer' })]);
    expect(item.published?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
    expect(item.updated?.toISOString()).toBe('2026-01-02T10:00:00.000Z');
    expect(item.media[0]).toMatchObject({ url: 'https://news.example.org/uploads/a.jpg', mimeType: 'image/jpeg' });
  });

  it('is the same bytes whenever it is made from the same stories (its time is the newest story’s, not the clock’s)', () => {
    expect(renderFeed(document(), 'rss')).toBe(renderFeed(document(), 'rss'));
  });
});
