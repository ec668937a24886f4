import { spawnSync } from 'child_process';
import path from 'path';
import { bootApp, type TestApp } from '../helpers/app';
import { addComment, makeArticle } from '../helpers/articles';
import { signInAsModerator } from '../helpers/moderators';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';
import { queriesOf as countQueries } from '../helpers/queries';

/**
 * The figures readers see (visible comments, likes, dislikes, open reports) are kept with each
 * write and read in one row: right after concurrent votes, after every moderation path, after a
 * bulk import put right by `npm run recount`, and at a cost that does not grow with the discussion.
 */
let app: TestApp;
let moderator: string;

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  moderator = (await signInAsModerator(app)).jwt;
});
afterAll(async () => {
  await app?.close();
});

const tally = (documentId: string) => app.strapi.service('api::comment.tallies').read({ documentId, locale: 'en' });
const vote = (slug: string, value: 'like' | 'dislike', address: string) =>
  asReader(app, address).post(`/api/articles/${slug}/reactions`).send({ data: { value } });
const votesOf = async (documentId: string, value: 'like' | 'dislike') =>
  (await app.strapi.db.query('api::reaction.reaction').findMany({ select: ['id'], where: { value, article: { documentId, locale: 'en' } } })).length;

/** Every comment a reader can reach on the article's pages, replies included, and the count the page shows. */
const readersSee = async (slug: string): Promise<{ shown: number; count: number }> => {
  let shown = 0;
  let count = -1;
  let cursor: string | null = null;
  const walk = (items: Array<{ replies: unknown[] }>): number => items.reduce((n, item) => n + 1 + walk(item.replies as Array<{ replies: unknown[] }>), 0);
  do {
    const res: { body: { data: Array<{ replies: unknown[] }>; meta: { count: number; nextCursor: string | null } } } = await app.http().get(`/api/articles/${slug}/comments?limit=100${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
    shown += walk(res.body.data);
    count = res.body.meta.count;
    cursor = res.body.meta.nextCursor;
  } while (cursor);
  return { shown, count };
};

const decide = (documentId: string, action: 'approve' | 'reject' | 'spam') =>
  app.http().post(`/api/moderation/comments/${documentId}/${action}`).set('Authorization', `Bearer ${moderator}`).send({});

describe('likes and dislikes', () => {
  it('200 concurrent voters lose no vote, and 60 of them changing their minds at once move it exactly', async () => {
    const article = await makeArticle(app, { slug: 'viral-votes' });
    const voters = Array.from({ length: 200 }, () => newReaderAddress());
    const answers = await Promise.all(voters.map((address, i) => vote('viral-votes', i % 5 < 3 ? 'like' : 'dislike', address)));
    expect(answers.map((res) => res.status).filter((status) => status !== 200)).toEqual([]);
    expect(await tally(article)).toMatchObject({ likes: 120, dislikes: 80 });
    expect(await votesOf(article, 'like')).toBe(120);

    // 60 likers become dislikers while 20 new readers like it, all at once.
    const changers = voters.filter((_, i) => i % 5 < 3).slice(0, 60);
    const newcomers = Array.from({ length: 20 }, () => newReaderAddress());
    await Promise.all([
      ...changers.map((address) => vote('viral-votes', 'dislike', address).expect(200)),
      ...newcomers.map((address) => vote('viral-votes', 'like', address).expect(200)),
    ]);
    expect(await tally(article)).toMatchObject({ likes: 80, dislikes: 140 });
    expect(await votesOf(article, 'like')).toBe(80);
    expect(await votesOf(article, 'dislike')).toBe(140);
    const assembled = await app.http().get('/api/articles/viral-votes/assembled').expect(200);
    expect(assembled.body.data.reactions).toEqual({ likes: 80, dislikes: 140 });
  });

  it('a vote deleted or moved by a script moves the figures too', async () => {
    const article = await makeArticle(app, { slug: 'scripted-votes' });
    const [a, b] = [newReaderAddress(), newReaderAddress()];
    await vote('scripted-votes', 'like', a).expect(200);
    await vote('scripted-votes', 'like', b).expect(200);
    const reactions = app.strapi.db.query('api::reaction.reaction');
    const [first, second] = await reactions.findMany({ select: ['id'], where: { article: { documentId: article } }, orderBy: { id: 'asc' } });
    await reactions.update({ where: { id: first.id }, data: { value: 'dislike' } });
    await app.strapi.documents('api::reaction.reaction').delete({ documentId: (await reactions.findOne({ where: { id: second.id } })).documentId });
    expect(await tally(article)).toMatchObject({ likes: 0, dislikes: 1 });
  });
});

describe('the visible comment count', () => {
  it('moves once per decision, whichever path decides, and hides or shows a whole thread', async () => {
    const article = await makeArticle(app, { slug: 'busy-thread' });
    const comments = app.strapi.documents('api::comment.comment');
    const expectSeen = async (n: number) => {
      expect(await readersSee('busy-thread')).toEqual({ shown: n, count: n });
      expect((await tally(article)).comments).toBe(n);
    };

    const posted = await asReader(app, newReaderAddress())
      .post('/api/articles/busy-thread/comments')
      .send({ data: { authorName: 'Ann', authorEmail: 'ann@example.org', body: 'First.' } })
      .expect(201);
    const top = posted.body.data.id as string;
    await expectSeen(0); // pre-moderated: waiting
    await decide(top, 'approve').expect(200);
    await expectSeen(1);
    await decide(top, 'approve').expect(200); // the same decision again moves nothing
    await expectSeen(1);

    const reply = await addComment(app, article, { parent: top, body: 'A reply.' });
    await addComment(app, article, { parent: reply, body: 'A reply to the reply.' });
    await addComment(app, article, { parent: reply, body: 'Held.', moderationStatus: 'pending' });
    await expectSeen(3);

    // Rejecting the top comment hides its thread; approving it again shows it back.
    await decide(top, 'reject').expect(200);
    await expectSeen(0);
    await app.strapi.db.query('api::comment.comment').update({ where: { documentId: top }, data: { moderationStatus: 'approved' } });
    await expectSeen(3);
    await comments.update({ documentId: reply, data: { moderationStatus: 'spam' } } as never);
    await expectSeen(1);
    await app.http()
      .post('/api/moderation/comments/bulk')
      .set('Authorization', `Bearer ${moderator}`)
      .send({ data: { ids: [reply], action: 'approve' } })
      .expect(200);
    await expectSeen(3);

    // Deleting a comment takes it off the count; its replies stay where the page shows them.
    await comments.delete({ documentId: reply });
    const after = await readersSee('busy-thread');
    expect(after.count).toBe(after.shown);
    expect((await tally(article)).comments).toBe(after.shown);
  });

  it("keeps each story's queue sizes through every write: posts, decisions, reports, a comment moved to another story, a deletion", async () => {
    const here = await makeArticle(app, { slug: 'queue-here' });
    const there = await makeArticle(app, { slug: 'queue-there' });
    const tallies = app.strapi.service('api::comment.tallies');
    const QUEUES = ['pending', 'approved', 'rejected', 'spam', 'reported'] as const;
    // What the kept rows say, against a count of the comments themselves.
    const kept = (documentId: string) => tallies.discussionQueueSizes({ sql: 'SELECT ?', bindings: [`${documentId}:en`] });
    const counted = async (documentId: string) => {
      // Through the comment's link to its article row, not the discussion column the kept rows come from.
      const articleRows = (await app.strapi.db.query('api::article.article').findMany({ select: ['id'], where: { documentId, locale: 'en' } })) as Array<{ id: number }>;
      const rows = (await app.strapi.db.query('api::comment.comment').findMany({
        select: ['id', 'moderationStatus', 'reportCount'], // the id too: Strapi selects DISTINCT through a relation
        where: { article: { id: { $in: articleRows.map((row) => row.id) } } },
      })) as Array<{ moderationStatus: string; reportCount: number }>;
      const sizes = Object.fromEntries(QUEUES.map((queue) => [queue, 0])) as Record<(typeof QUEUES)[number], number>;
      for (const row of rows) {
        sizes[row.moderationStatus as 'pending'] += 1;
        if (row.reportCount > 0) sizes.reported += 1;
      }
      return sizes;
    };
    const expectKept = async () => {
      for (const story of [here, there]) expect(await kept(story)).toEqual(await counted(story));
    };

    const post = async (body: string, parent?: string) =>
      (
        await asReader(app, newReaderAddress())
          .post('/api/articles/queue-here/comments')
          .send({ data: { authorName: 'Queue', authorEmail: 'queue@example.org', body, ...(parent ? { parent } : {}) } })
          .expect(201)
      ).body.data.id as string;
    const top = await post('A top comment.');
    await decide(top, 'approve').expect(200);
    const reply = await post('A reply.', top);
    await decide(reply, 'approve').expect(200);
    await post('A reply to the reply.', reply);
    const other = await post('Another.');
    await expectKept();
    expect(await kept(here)).toMatchObject({ approved: 2, pending: 2 });

    await decide(other, 'spam').expect(200);
    await asReader(app, newReaderAddress()).post(`/api/comments/${top}/reports`).send({ data: { reason: 'abuse' } }).expect(201);
    await expectKept();
    expect((await kept(here)).reported).toBe(1);

    // The reported comment moved to the other story (its replies keep their own story's link).
    const thereRow = (await app.strapi.db.query('api::article.article').findOne({ select: ['id'], where: { documentId: there, locale: 'en', publishedAt: { $notNull: true } } })) as { id: number };
    await app.strapi.db.query('api::comment.comment').update({ where: { documentId: top }, data: { article: thereRow.id } });
    await expectKept();
    expect(await kept(there)).toEqual({ approved: 1, pending: 0, rejected: 0, spam: 0, reported: 1 });
    expect(await kept(here)).toEqual({ approved: 1, pending: 1, rejected: 0, spam: 1, reported: 0 });

    // A decision answering the report, in bulk, and a deletion.
    await app.http()
      .post('/api/moderation/comments/bulk')
      .set('Authorization', `Bearer ${moderator}`)
      .send({ data: { ids: [reply, top], action: 'reject' } })
      .expect(200);
    await app.strapi.documents('api::comment.comment').delete({ documentId: other });
    await expectKept();
    expect(await kept(there)).toEqual({ approved: 0, pending: 0, rejected: 1, spam: 0, reported: 0 });
    expect(await kept(here)).toEqual({ approved: 0, pending: 1, rejected: 1, spam: 0, reported: 0 });

    expect((await tallies.recount()).discussionQueues).toBe(0);
  });

  it('counts only what readers reach: no deeper than the thread shows', async () => {
    const article = await makeArticle(app, { slug: 'deep-thread' });
    const { maxDepth } = app.strapi.config.get('newsroom.comments') as { maxDepth: number };
    let parent: string | undefined;
    for (let depth = 0; depth <= maxDepth + 1; depth += 1) {
      // Past the deepest reply a reader may post: only a script can store it, and no page shows it.
      parent = await addComment(app, article, { parent, body: `Depth ${depth}.` });
    }
    expect(await readersSee('deep-thread')).toEqual({ shown: maxDepth + 1, count: maxDepth + 1 });
  });
});

describe('open reports', () => {
  it('are counted on the comment by every path that files or answers them', async () => {
    const article = await makeArticle(app, { slug: 'reported-story' });
    const target = await addComment(app, article, { body: 'Contested.' });
    const reportCount = async () =>
      (await app.strapi.db.query('api::comment.comment').findOne({ select: ['reportCount'], where: { documentId: target } })).reportCount;

    await asReader(app, newReaderAddress()).post(`/api/comments/${target}/reports`).send({ data: { reason: 'abuse' } }).expect(201);
    expect(await reportCount()).toBe(1);
    const { id } = await app.strapi.db.query('api::comment.comment').findOne({ select: ['id'], where: { documentId: target } });
    await app.strapi.db.query('api::comment-report.comment-report').create({
      data: { comment: id, reason: 'spam', reporterKey: 'script', ballot: `${target}:script` },
    });
    expect(await reportCount()).toBe(2);

    const queue = await app.http().get('/api/moderation/comments?status=reported&pageSize=100').set('Authorization', `Bearer ${moderator}`).expect(200);
    expect(queue.body.data.find((c: { id: string }) => c.id === target)?.reportCount).toBe(2);
    await decide(target, 'approve').expect(200);
    expect(await reportCount()).toBe(0);
  });
});

describe('moderation queue sizes', () => {
  const QUEUES = ['pending', 'approved', 'rejected', 'spam', 'reported'] as const;
  const totals = async () => {
    const sizes: Record<string, number> = {};
    for (const queue of QUEUES) {
      const res = await app.http().get(`/api/moderation/comments?status=${queue}&pageSize=1`).set('Authorization', `Bearer ${moderator}`).expect(200);
      sizes[queue] = res.body.meta.pagination.total;
    }
    return sizes;
  };
  const counted = async () => {
    const comments = app.strapi.db.query('api::comment.comment');
    const sizes: Record<string, number> = {};
    for (const queue of QUEUES) {
      sizes[queue] = await comments.count({ where: queue === 'reported' ? { reportCount: { $gt: 0 } } : { moderationStatus: queue } });
    }
    return sizes;
  };

  it('are kept by every path: posting, deciding one or many, reports, deleting', async () => {
    const article = await makeArticle(app, { slug: 'queue-sizes' });
    const ids: string[] = [];
    for (let i = 0; i < 8; i += 1) ids.push(await addComment(app, article, { body: `Waiting ${i}.`, moderationStatus: 'pending' }));
    ids.push(await addComment(app, article, { body: 'Through a script, approved.' }));
    expect(await totals()).toEqual(await counted());

    await decide(ids[0], 'approve').expect(200);
    await decide(ids[1], 'reject').expect(200);
    await app.http().post('/api/moderation/comments/bulk').set('Authorization', `Bearer ${moderator}`)
      .send({ data: { ids: [ids[2], ids[3], ids[4]], action: 'spam' } }).expect(200);
    await asReader(app, newReaderAddress()).post(`/api/comments/${ids[8]}/reports`).send({ data: { reason: 'abuse' } }).expect(201);
    await asReader(app, newReaderAddress()).post(`/api/comments/${ids[8]}/reports`).send({ data: { reason: 'spam' } }).expect(201);
    await app.strapi.documents('api::comment.comment').delete({ documentId: ids[5] });
    await app.strapi.db.query('api::comment.comment').update({ where: { documentId: ids[6] }, data: { moderationStatus: 'approved' } });
    const sizes = await totals();
    expect(sizes).toEqual(await counted());
    expect(sizes.reported).toBeGreaterThanOrEqual(1);

    // Two readers report the same comment at the same moment: it enters the reported queue once.
    const target = await addComment(app, article, { body: 'Contested at once.' });
    // Each is received (no deadlock between them on PostgreSQL: the comment is locked before the report is written).
    const statuses = await Promise.all(
      [0, 1, 2, 3, 4].map(async () => (await asReader(app, newReaderAddress()).post(`/api/comments/${target}/reports`).send({ data: { reason: 'abuse' } })).status)
    );
    // Three reports put it back in the queue (the threshold); a report after that finds no published comment.
    expect(statuses.filter((status) => status !== 201 && status !== 404)).toEqual([]);
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(3);
    expect(await totals()).toEqual(await counted());
  });
});

describe('npm run recount', () => {
  const script = path.resolve(__dirname, '..', '..', 'scripts', 'recount.js');
  const recount = () => spawnSync(process.execPath, [script], { env: process.env, encoding: 'utf8', timeout: 180000 });

  it('puts every figure right after rows written straight into the database, and is idempotent', async () => {
    const article = await makeArticle(app, { slug: 'imported-story' });
    await addComment(app, article, { body: 'Through the app.' });
    const knex = app.strapi.db.connection;
    const meta = app.strapi.db.metadata.get('api::comment.comment');
    const link = (name: string) => (meta.attributes[name] as unknown as { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }).joinTable;
    const rows = await app.strapi.db.query('api::article.article').findMany({ select: ['id'], where: { documentId: article, locale: 'en' } });

    // An import: 30 approved top-level comments and a reply under each, no derived columns.
    const now = Date.now();
    for (let i = 0; i < 30; i += 1) {
      const insert = async (body: string, at: number) => {
        const [row] = await knex(meta.tableName)
          .insert({ document_id: `imported-${i}-${body.length}`, author_name: 'Importer', author_email: 'import@example.org', body, moderation_status: 'approved', report_count: 0, created_at: new Date(at), updated_at: new Date(at) })
          .returning('id');
        const id = typeof row === 'object' ? row.id : row;
        const onArticle = link('article');
        for (const articleRow of rows) await knex(onArticle.name).insert({ [onArticle.joinColumn.name]: id, [onArticle.inverseJoinColumn.name]: articleRow.id });
        return id as number;
      };
      const top = await insert(`Imported ${i}.`, now + i * 1000);
      const reply = await insert(`Imported reply ${i}.`, now + i * 1000 + 500);
      const parent = link('parent');
      await knex(parent.name).insert({ [parent.joinColumn.name]: reply, [parent.inverseJoinColumn.name]: top });
    }
    // And a figure someone broke by hand.
    await knex('discussion_tallies').where({ discussion: `${article}:en` }).update({ comments: 999, likes: 5 });

    const first = recount();
    expect(first.stderr).not.toMatch(/failed/i);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/comments given their article version: 60/);
    expect(first.stdout).toMatch(/comments given their reply depth and thread: 60/);
    expect(first.stdout).toContain(`${article}:en: comments 999 → 61, likes 5 → 0`);

    expect((await tally(article)).comments).toBe(61);
    expect(await readersSee('imported-story')).toEqual({ shown: 61, count: 61 });

    expect(first.stdout).toMatch(/approved: \d+ → \d+/);
    const second = recount();
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/Nothing to fix/);
  });
});

describe('cost per request does not grow with the discussion', () => {
  /**
   * Every query a request causes, to its answer: the figures move in the write's transaction, and
   * what listens after commit (the page cache, moderators' e-mail) reads nothing. Counted over
   * the request only, and the fewer of two requests: Strapi's own background work (the upload
   * plugin's metrics, a settings read) can fall in one, not in both.
   */
  const queriesOf = async (send: () => Promise<unknown>): Promise<number> =>
    Math.min((await countQueries(app, send)).length, (await countQueries(app, send)).length);

  it('a comment page, a vote and a posted comment cost the same on a quiet and a busy article', async () => {
    const quiet = await makeArticle(app, { slug: 'quiet-story' });
    const busy = await makeArticle(app, { slug: 'busy-story' });
    await addComment(app, quiet, { body: 'Alone.' });
    for (let i = 0; i < 120; i += 1) {
      const top = await addComment(app, busy, { body: `Busy ${i}.` });
      if (i % 4 === 0) await addComment(app, busy, { parent: top, body: `Reply ${i}.` });
    }
    for (let i = 0; i < 60; i += 1) await vote('busy-story', i % 2 ? 'like' : 'dislike', newReaderAddress()).expect(200);
    await vote('quiet-story', 'like', newReaderAddress()).expect(200);

    const page = (slug: string) => app.http().get(`/api/articles/${slug}/comments?limit=10`).expect(200);
    await page('quiet-story');
    await page('busy-story');
    expect(await queriesOf(() => page('busy-story'))).toBe(await queriesOf(() => page('quiet-story')));

    const voteOnce = (slug: string) => vote(slug, 'like', newReaderAddress()).expect(200);
    expect(await queriesOf(() => voteOnce('busy-story'))).toBe(await queriesOf(() => voteOnce('quiet-story')));

    let posted = 0;
    const post = (slug: string) =>
      asReader(app, newReaderAddress())
        .post(`/api/articles/${slug}/comments`)
        .send({ data: { authorName: 'Bo', authorEmail: `bo-${slug}@example.org`, body: `On ${slug}, ${(posted += 1)}.` } })
        .expect(201);
    expect(await queriesOf(() => post('busy-story'))).toBe(await queriesOf(() => post('quiet-story')));
  });
});
