import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';
import { DISCUSSION_CHANGED, type DiscussionChanged } from '../../src/api/comment/events';

/**
 * Every comment and reaction write announces itself once, after its transaction commits, with
 * what a listener needs: the article, the comments, and whether each was visible before and after.
 */
let app: TestApp;
let article: string;
let heard: DiscussionChanged[];
const UID = 'api::comment.comment';

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  article = await makeArticle(app, { slug: 'announced-story' });
  heard = [];
  app.strapi.eventHub.on(DISCUSSION_CHANGED, async (event: DiscussionChanged) => {
    heard.push(event);
  });
});
afterAll(async () => {
  await app?.close();
});
beforeEach(() => {
  heard.length = 0;
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const ref = { documentId: expect.any(String), locale: 'en' };

describe('one domain event per write, after commit', () => {
  it('a reader comment waiting for moderation: visible neither before nor after', async () => {
    await asReader(app, newReaderAddress())
      .post('/api/articles/announced-story/comments')
      .send({ data: { authorName: 'Nadia', authorEmail: 'n@example.org', body: 'Waiting.' } })
      .expect(201);
    await settle();
    expect(heard).toEqual([
      expect.objectContaining({
        subject: 'comment',
        action: 'create',
        comments: [expect.objectContaining({ article: { documentId: article, locale: 'en' }, status: { before: null, after: 'pending' }, visible: { before: false, after: false } })],
      }),
    ]);
  });

  it('approving: not visible before, visible after', async () => {
    const id = await addComment(app, article, { moderationStatus: 'pending' });
    heard.length = 0;
    await app.strapi.db.query(UID).update({ where: { documentId: id }, data: { moderationStatus: 'approved' } });
    await settle();
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ subject: 'comment', action: 'update', comments: [{ documentId: id, article: ref, visible: { before: false, after: true } }] });
  });

  it('deleting a visible comment', async () => {
    const id = await addComment(app, article);
    heard.length = 0;
    await app.strapi.db.query(UID).delete({ where: { documentId: id } });
    await settle();
    expect(heard).toEqual([expect.objectContaining({ subject: 'comment', action: 'delete', comments: [expect.objectContaining({ documentId: id, visible: { before: true, after: false } })] })]);
  });

  it('a rolled-back write announces nothing', async () => {
    await expect(
      app.strapi.db.transaction(async () => {
        await addComment(app, article);
        throw new Error('rolled back');
      })
    ).rejects.toThrow('rolled back');
    await settle();
    expect(heard).toEqual([]);
  });

  it('a write inside a transaction is announced once it commits', async () => {
    await app.strapi.db.transaction(async () => {
      await addComment(app, article);
      await addComment(app, article);
      expect(heard).toEqual([]);
    });
    await settle();
    expect(heard).toHaveLength(2);
  });

  it('a vote: the reaction, its article and its value before and after', async () => {
    await asReader(app, newReaderAddress()).post('/api/articles/announced-story/reactions').send({ data: { value: 'like' } }).expect(200);
    await settle();
    expect(heard).toEqual([
      expect.objectContaining({ subject: 'reaction', action: 'create', reactions: [expect.objectContaining({ article: { documentId: article, locale: 'en' }, value: { before: null, after: 'like' } })] }),
    ]);
  });
});
