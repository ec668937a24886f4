import { bootApp, type TestApp } from '../helpers/app';
import { contractErrors } from '../helpers/contract';
import { addComment, addReaction, makeArticle } from '../helpers/articles';
import { DEMO_SLUG } from '../../src/demo/reference-article';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp({ env: { COMMENTS_PAGE_SIZE: '3' } });
});
afterAll(async () => {
  await app?.close();
});

const assembled = (slug: string, query = '') => app.http().get(`/api/articles/${slug}/assembled${query}`);

describe('what is not there is a 404 in Strapi\'s error shape', () => {
  it.each([
    ['an unknown slug', 'no-such-story', ''],
    ['a slug no article could have', 'Not_A_Slug!', ''],
    ['an unknown locale', DEMO_SLUG, '?locale=de'],
    ['a malformed locale', DEMO_SLUG, '?locale=%3Cscript%3E'],
    ['a locale with no translation yet', DEMO_SLUG, '?locale=ps'],
  ])('%s', async (_case, slug, query) => {
    const res = await assembled(slug, query).expect(404);
    expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError', message: expect.any(String) } });
  });

  it('an article that was never published', async () => {
    await makeArticle(app, { slug: 'draft-only', publish: false });
    await assembled('draft-only').expect(404);
  });

  it('an article that was unpublished', async () => {
    const id = await makeArticle(app, { slug: 'pulled-story' });
    await assembled('pulled-story').expect(200);
    await app.strapi.documents('api::article.article').unpublish({ documentId: id, locale: 'en' });
    await assembled('pulled-story').expect(404);
  });

  it('a cursor that was not made by the server is a 400', async () => {
    const res = await assembled(DEMO_SLUG, '?cursor=bm90LWEtY3Vyc29y').expect(400);
    expect(res.body.error).toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/cursor/) });
  });

  it('a repeated locale parameter is a 400, not a crash', async () => {
    await assembled(DEMO_SLUG, '?locale=en&locale=ps').expect(400);
  });
});

describe('drafts and translations', () => {
  it('serves the published version while an editor works on the draft', async () => {
    const id = await makeArticle(app, { slug: 'being-edited', title: 'Published headline' });
    await app.strapi.documents('api::article.article').update({ documentId: id, locale: 'en', data: { title: 'Draft headline' } } as never);
    expect((await assembled('being-edited').expect(200)).body.data.title).toBe('Published headline');
  });

  it('serves a Dari translation under the same slug with ?locale=fa-AF', async () => {
    const id = await makeArticle(app, { slug: 'translated-story', title: 'English headline' });
    await app.strapi.documents('api::article.article').update({
      documentId: id,
      locale: 'fa-AF',
      data: { title: 'سرخط دری', slug: 'translated-story', dateline: 'کابل', body: [{ __component: 'article.subheading', text: 'بخش اول' }] },
    } as never);
    await app.strapi.documents('api::article.article').publish({ documentId: id, locale: 'fa-AF' });

    const dari = (await assembled('translated-story', '?locale=fa-AF').expect(200)).body;
    expect(contractErrors(dari)).toEqual([]);
    expect(dari.data).toMatchObject({ locale: 'fa-AF', title: 'سرخط دری', dateline: 'کابل', slug: 'translated-story' });
    expect(dari.data.structuredData.inLanguage).toBe('fa-AF');
    expect((await assembled('translated-story').expect(200)).body.data.title).toBe('English headline');
  });
});

describe('comments in the assembled article', () => {
  let article: string;
  beforeAll(async () => {
    article = await makeArticle(app, { slug: 'discussed-story' });
  });

  it('shows approved comments only, threaded, oldest first, without e-mails or notes', async () => {
    const first = await addComment(app, article, { body: 'First!' });
    await addComment(app, article, { body: 'Held back', moderationStatus: 'pending' });
    await addComment(app, article, { body: 'Rejected', moderationStatus: 'rejected' });
    await addComment(app, article, { body: 'Spam', moderationStatus: 'spam' });
    const reply = await addComment(app, article, { body: 'A reply', parent: first });
    await addComment(app, article, { body: 'A reply to the reply', parent: reply });
    await addComment(app, article, { body: 'A pending reply', parent: first, moderationStatus: 'pending' });

    const res = await assembled('discussed-story').expect(200);
    expect(contractErrors(res.body)).toEqual([]);
    const { comments } = res.body.data;
    expect(comments.count).toBe(3);
    expect(comments.items).toHaveLength(1);
    expect(comments.items[0]).toMatchObject({
      body: 'First!',
      replies: [{ body: 'A reply', replies: [{ body: 'A reply to the reply', replies: [] }] }],
    });
    const text = JSON.stringify(res.body);
    for (const hidden of ['secret-reader@example.org', 'private note', 'Held back', 'Rejected', 'Spam', 'A pending reply']) {
      expect(text).not.toContain(hidden);
    }
    expect(res.body.data.structuredData.commentCount).toBe(3);
  });

  it('pages top-level comments with a cursor, and the pages do not overlap', async () => {
    for (let i = 2; i <= 7; i += 1) await addComment(app, article, { body: `Comment ${i}` });
    const page1 = (await assembled('discussed-story').expect(200)).body.data.comments;
    expect(page1.items.map((c: { body: string }) => c.body)).toEqual(['First!', 'Comment 2', 'Comment 3']);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const page2 = (await assembled('discussed-story', `?cursor=${page1.nextCursor}`).expect(200)).body.data.comments;
    expect(page2.items.map((c: { body: string }) => c.body)).toEqual(['Comment 4', 'Comment 5', 'Comment 6']);
    const page3 = (await assembled('discussed-story', `?cursor=${page2.nextCursor}`).expect(200)).body.data.comments;
    expect(page3.items.map((c: { body: string }) => c.body)).toEqual(['Comment 7']);
    expect(page3.nextCursor).toBeNull();
    expect(page3.count).toBe(9);
  });

  it('keeps its comments when the article is edited and republished', async () => {
    await app.strapi.documents('api::article.article').update({ documentId: article, locale: 'en', data: { title: 'Updated' } } as never);
    await app.strapi.documents('api::article.article').publish({ documentId: article, locale: 'en' });
    const res = await assembled('discussed-story').expect(200);
    expect(res.body.data.title).toBe('Updated');
    expect(res.body.data.comments.count).toBe(9);
  });

  it('says when comments are closed', async () => {
    const closed = await makeArticle(app, { slug: 'closed-story' });
    await app.strapi.documents('api::article.article').update({ documentId: closed, locale: 'en', data: { commentsEnabled: false } } as never);
    await app.strapi.documents('api::article.article').publish({ documentId: closed, locale: 'en' });
    expect((await assembled('closed-story').expect(200)).body.data.comments.enabled).toBe(false);
  });
});

describe('reactions in the assembled article', () => {
  it('counts likes and dislikes, in the response and its structured data, without voter keys', async () => {
    const article = await makeArticle(app, { slug: 'liked-story' });
    await addReaction(app, article, 'like', 'voter-a');
    await addReaction(app, article, 'like', 'voter-b');
    await addReaction(app, article, 'dislike', 'voter-c');
    const res = await assembled('liked-story').expect(200);
    expect(res.body.data.reactions).toEqual({ likes: 2, dislikes: 1 });
    const stats = res.body.data.structuredData.interactionStatistic;
    expect(stats).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ interactionType: 'https://schema.org/LikeAction', userInteractionCount: 2 }),
        expect.objectContaining({ interactionType: 'https://schema.org/DislikeAction', userInteractionCount: 1 }),
      ])
    );
    expect(JSON.stringify(res.body)).not.toContain('voter-a');
  });

  it('refuses a second vote from the same voter on the same article, in the database itself', async () => {
    const article = await makeArticle(app, { slug: 'voted-story' });
    await addReaction(app, article, 'like', 'same-voter');
    // Compare the message, not the class: better-sqlite3's native addon keeps the error class of
    // the first test file that loaded it, which is not an Error in later files' realms.
    const second = await addReaction(app, article, 'dislike', 'same-voter').then(
      () => 'stored',
      (error: { message?: string }) => String(error?.message)
    );
    expect(second).toMatch(/unique/i);
    expect(await app.strapi.db.query('api::reaction.reaction').count({ where: { ballot: `${article}:en:same-voter` } })).toBe(1);
    expect((await assembled('voted-story').expect(200)).body.data.reactions).toEqual({ likes: 1, dislikes: 0 });
  });
});

describe('database work per request', () => {
  const queriesFor = async (slug: string): Promise<number> => {
    let count = 0;
    const listener = () => {
      count += 1;
    };
    app.strapi.db.connection.client.on('query', listener);
    try {
      await assembled(slug).expect(200);
    } finally {
      app.strapi.db.connection.client.removeListener('query', listener);
    }
    return count;
  };

  it('does not grow with the length of the body', async () => {
    await makeArticle(app, { slug: 'short-story', paragraphs: 3 });
    await makeArticle(app, { slug: 'short-story-2', paragraphs: 3 });
    await makeArticle(app, { slug: 'long-read', paragraphs: 90 });
    await makeArticle(app, { slug: 'long-read-2', paragraphs: 90 });

    // First requests for these pages: nothing cached, assembled from the database (after one
    // request for another page, so one-time start-up reads are not counted). The fewer of two
    // pages of each length: Strapi's own background work after a write (its event hub, the upload
    // plugin's metrics) can fall into one count, not into both.
    await assembled(DEMO_SLUG).expect(200);
    const short = Math.min(await queriesFor('short-story'), await queriesFor('short-story-2'));
    const longer = Math.min(await queriesFor('long-read'), await queriesFor('long-read-2'));
    expect(longer).toBe(short);
    const long = await assembled('long-read').expect(200);
    expect(long.body.data.body.length).toBeGreaterThan(150);
    // The figure the issue asks for; it changes only when the model or the page does.
    console.info(`[assembled article] database queries of a first request (it builds the stored document): ${short}`);
  });

  it('reads nothing from the database for a cached page', async () => {
    await makeArticle(app, { slug: 'cached-story', paragraphs: 3 });
    await assembled('cached-story').expect(200);
    expect(await queriesFor('cached-story')).toBe(0);
  });
});
