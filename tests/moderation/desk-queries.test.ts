import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';
import { signInAsAdminModerator } from '../helpers/moderators';
import { queriesOf } from '../helpers/queries';
import { NO_RATE_LIMITS } from '../helpers/readers';
import type { DeskPage } from '../../src/api/comment/desk/types';

/**
 * The desk stays fast with a long queue: a queue page and its counts cost the same number of
 * queries for 5 and for 60 pending comments and for pages of 5 and of 50, filtered or not; and
 * on PostgreSQL, with an archive's worth of comments, the filtered queue reads an index.
 */
let app: TestApp;
let token: string;
let article: string;
const UID = 'api::comment.comment';

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  token = (await signInAsAdminModerator(app)).token;
  article = await makeArticle(app, { slug: 'desk-queries' });
});
afterAll(async () => {
  await app?.close();
});

const get = (url: string) => app.http().get(url).set('Authorization', `Bearer ${token}`).expect(200);

/** Pending comments as readers leave them: each author different, every other a reply, some reported. */
let made = 0;
const addPending = async (n: number) => {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    made += 1;
    const parent = made % 2 === 0 ? ids.at(-1) : undefined;
    const created = await app.strapi.documents(UID).create({
      data: {
        article: { documentId: article, locale: 'en' },
        ...(parent ? { parent } : {}),
        authorName: `Reader ${made}`,
        authorEmail: `reader${made}@example.org`,
        body: `Pending comment ${made}.`,
        moderationStatus: made % 2 === 0 ? 'pending' : 'approved',
        moderationNote: 'Pre-moderation: waits for a moderator.',
      },
    } as never);
    ids.push(created.documentId);
    if (made % 5 === 1) {
      await app.strapi.db.query('api::comment-report.comment-report').create({
        data: { comment: created.id, reason: 'abuse', reporterKey: `r${made}`, ballot: `${created.documentId}:r${made}` },
      });
    }
  }
  await quiet();
  return ids;
};

/** Waits until the work a write sets off after commit (events, caches) has sent its queries, so none is counted as the desk's. */
const quiet = async () => {
  for (let i = 0; i < 50; i += 1) {
    const seen = await queriesOf(app, () => new Promise((resolve) => setTimeout(resolve, 100)));
    if (seen.length === 0) return;
  }
};

const countQueries = async (url: string) => {
  let page: DeskPage | null = null;
  const queries = await queriesOf(app, async () => {
    page = (await get(url)).body as DeskPage;
  });
  return { n: queries.length, page: page as unknown as DeskPage };
};

const QUERIES: Array<[string, string]> = [
  ['pending, unfiltered', '?queue=pending'],
  ['pending, by article and text', '?queue=pending&article=ARTICLE&q=comment'],
  ['reported, by locale and text', '?queue=reported&locale=en&q=pending'],
  ['approved, newest first', '?queue=approved&order=newest'],
];
const urlOf = (query: string, pageSize: number) => `/newsroom/desk/comments${query.replace('ARTICLE', article)}&pageSize=${pageSize}`;

describe('a queue page and its counts in a bounded number of queries', () => {
  const small = new Map<string, Array<{ n: number; sql: string[]; cards: number }>>();

  const measure = async (query: string) => {
    const found = [];
    for (const pageSize of [5, 50]) {
      let page: DeskPage | null = null;
      const sql = await queriesOf(app, async () => {
        page = (await get(urlOf(query, pageSize))).body as DeskPage;
      });
      found.push({ n: sql.length, sql, cards: (page as unknown as DeskPage).data.length });
    }
    return found;
  };

  beforeAll(async () => {
    await addPending(10); // 5 pending
    for (const [, query] of QUERIES) small.set(query, await measure(query));
    await addPending(110); // 60 pending
  });

  it.each(QUERIES)('%s: the same for 5 and 60 pending comments and for pages of 5 and 50', async (_name, query) => {
    const large = await measure(query);
    const before = small.get(query)!;
    expect(large[1].cards).toBeGreaterThan(before[1].cards);
    expect(new Set([...before, ...large].map((m) => m.n)).size).toBe(1);
    // eslint-disable-next-line no-console
    console.log(`GET /newsroom/desk/comments${query}: ${large[1].n} queries for a page of ${large[1].cards}`);
  });

  it('the counts alone: a constant number of queries, filtered or not', async () => {
    const unfiltered = await queriesOf(app, () => get('/newsroom/desk/counts'));
    const filtered = await queriesOf(app, () => get(`/newsroom/desk/counts?article=${article}&q=pending`));
    await addPending(10);
    expect(await queriesOf(app, () => get('/newsroom/desk/counts'))).toHaveLength(unfiltered.length);
    expect(await queriesOf(app, () => get(`/newsroom/desk/counts?article=${article}&q=pending`))).toHaveLength(filtered.length);
    // Under a filter on the text, one counting statement; on the article alone, the kept sizes and no count.
    expect(filtered.filter((sql) => /count\(\*\)/i.test(sql))).toHaveLength(1);
    const byArticle = await queriesOf(app, () => get(`/newsroom/desk/counts?article=${article}`));
    expect(byArticle.filter((sql) => /count\(\*\)/i.test(sql))).toHaveLength(0);
    expect(byArticle.filter((sql) => /moderation_discussion_queues/.test(sql))).toHaveLength(1);
  });
});

const onPostgres = process.env.DATABASE_CLIENT === 'postgres';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

(onPostgres ? describe : describe.skip)('the filtered queue reads an index (PostgreSQL, 20,000 comments, 10,000 pending)', () => {
  const ARTICLES = 200;
  beforeAll(async () => {
    const knex = app.strapi.db.connection;
    const meta = (uid: string) => app.strapi.db.metadata.get(uid as never);
    const join = (uid: string, name: string) =>
      (meta(uid).attributes[name] as unknown as { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }).joinTable;
    const now = Date.now();
    const articles = Array.from({ length: ARTICLES }, (_, i) => ({
      document_id: `deskarchive${i}`, slug: `desk-archive-${i}`, title: `Desk archive ${i}`, locale: 'en', published_at: new Date(now), created_at: new Date(now), updated_at: new Date(now),
    }));
    await knex.batchInsert(meta('api::article.article').tableName, articles, 500);
    const articleIds = (await knex(meta('api::article.article').tableName).select('id').where('document_id', 'like', 'deskarchive%').orderBy('id')) as Array<{ id: number }>;
    const others = ['approved', 'approved', 'approved', 'rejected', 'spam'];
    const comments = Array.from({ length: 20000 }, (_, i) => ({
      document_id: `deskplan${i}`, author_name: 'Reader', author_email: `reader${i % 4000}@example.org`, body: `Archive comment ${i}.`,
      moderation_status: i % 2 === 1 ? 'pending' : others[(i / 2) % 5], report_count: 0, created_at: new Date(now - i * 1000), updated_at: new Date(now),
    }));
    await knex.batchInsert(meta('api::comment.comment').tableName, comments, 500);
    const ids = (await knex(meta('api::comment.comment').tableName).select('id').where('document_id', 'like', 'deskplan%').orderBy('id')) as Array<{ id: number }>;
    const onArticle = join('api::comment.comment', 'article');
    await knex.batchInsert(onArticle.name, ids.map((row, i) => ({ [onArticle.joinColumn.name]: row.id, [onArticle.inverseJoinColumn.name]: articleIds[i % ARTICLES].id })), 500);
    await app.strapi.service('api::comment.tallies').recount();
    // Open reports as the recount cannot know them (no report rows here): one comment in seven.
    await knex(meta('api::comment.comment').tableName).where('document_id', 'like', 'deskplan%').whereRaw('id % 7 = 0').update({ report_count: 1 });
    await knex.raw('ANALYZE');
  }, 240000);

  const captured = async (url: string) => {
    const seen: Array<{ sql: string; bindings: unknown[] }> = [];
    const listener = (query: { sql: string; bindings?: unknown[] }) => seen.push({ sql: query.sql, bindings: query.bindings ?? [] });
    app.strapi.db.connection.client.on('query', listener);
    try {
      await get(url);
    } finally {
      app.strapi.db.connection.client.removeListener('query', listener);
    }
    return seen;
  };

  const explain = async ({ sql, bindings }: { sql: string; bindings: unknown[] }) => {
    // node-postgres numbers its parameters ($1): back to knex's positional ones, in their order.
    const order: number[] = [];
    const positional = sql.replace(/\$(\d+)/g, (_, n: string) => {
      order.push(Number(n) - 1);
      return '?';
    });
    const result = await app.strapi.db.connection.raw(`EXPLAIN (FORMAT JSON) ${positional}`, order.map((i) => bindings[i]) as never);
    const nodes: PlanNode[] = [];
    const walk = (node: PlanNode) => {
      nodes.push(node);
      (node.Plans ?? []).forEach(walk);
    };
    walk(result.rows[0]['QUERY PLAN'][0].Plan);
    return {
      indexes: nodes.flatMap((n) => (n['Index Name'] ? [n['Index Name']] : [])),
      seqScans: nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']),
    };
  };

  // An article's pending comments (deskarchive9: 100, all pending), its reported ones, and a filter every comment
  // matches (the locale: the page reads the queue's index). Their counts are the kept sizes per discussion.
  it.each([
    ['by article', '?queue=pending&article=deskarchive9', 2],
    ['by article, newest first', '?queue=pending&article=deskarchive9&order=newest', 2],
    ['the reported queue by article', '?queue=reported&article=deskarchive9', 2],
    ['by locale: the page', '?queue=pending&locale=en', 2],
  ])('%s: the page, its authors and its counts read indexes, never the whole comments table', async (_name, query, statements) => {
    const seen = await captured(`/newsroom/desk/comments${query}&pageSize=20`);
    const page = seen.filter(({ sql }) => /"discussion" IN \(SELECT[\s\S]*ORDER BY/.test(sql));
    const authors = seen.filter(({ sql }) => /GROUP BY c\."author_email"/.test(sql));
    // The counts of a filter on the article: the sizes kept per discussion, summed.
    const counts = seen.filter(({ sql }) => /moderation_discussion_queues"? WHERE discussion IN \(SELECT/.test(sql));
    expect(page).toHaveLength(1);
    expect(authors).toHaveLength(1);
    expect(counts).toHaveLength(1);
    const desk = [...page, ...authors].slice(0, statements);
    expect((await explain(authors[0])).indexes).toContain('comments_author_history');
    for (const statement of desk) {
      const plan = await explain(statement);
      // eslint-disable-next-line no-console
      console.log(`${query}: ${statement.sql.slice(0, 60).replace(/\s+/g, ' ')}… indexes ${plan.indexes.join(', ') || 'none'}`);
      expect(plan.seqScans).not.toContain('comments');
      expect(plan.indexes.length).toBeGreaterThan(0);
    }
    // The counts read a few kept rows (a table of a row per discussion and queue, small enough here
    // for PostgreSQL to read whole), never the comments.
    const countsPlan = await explain(counts[0]);
    expect(countsPlan.seqScans).not.toContain('comments');
    expect(countsPlan.indexes.filter((name) => name.startsWith('comments'))).toEqual([]);
  });
});
