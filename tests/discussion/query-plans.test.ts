import { bootApp, type TestApp } from '../helpers/app';
import { makeArticle } from '../helpers/articles';
import { signInAsModerator } from '../helpers/moderators';
import { asReader, newReaderAddress, NO_RATE_LIMITS } from '../helpers/readers';

/**
 * The queries behind a reader's and a moderator's requests, explained by the database itself on a
 * discussion of archive shape (20,000 comments in threads, 20,000 votes, thousands of articles):
 * none reads a large table from end to end. Every statement a request sends is captured and
 * EXPLAINed with its own parameters; the indexes each request uses are printed (the note of issue
 * 10 lists them as measured on the full archive).
 */
let app: TestApp;
let moderator: string;
const SLUG = 'plan-viral';
/** A table this large is never scanned whole by a reader's or moderator's request. */
const LARGE = 5000;

interface Captured {
  sql: string;
  bindings: unknown[];
}

const capture = async (send: () => Promise<unknown>): Promise<Captured[]> => {
  const seen: Captured[] = [];
  const listener = (query: { sql: string; bindings?: unknown[] }) => seen.push({ sql: query.sql, bindings: query.bindings ?? [] });
  app.strapi.db.connection.client.on('query', listener);
  try {
    await send();
  } finally {
    app.strapi.db.connection.client.removeListener('query', listener);
  }
  return seen.filter(({ sql }) => /^\s*(select|with|update|delete)\b/i.test(sql));
};

const rowCounts = async (): Promise<Map<string, number>> => {
  const knex = app.strapi.db.connection;
  const tables =
    app.strapi.db.dialect.client === 'postgres'
      ? ((await knex.raw(`SELECT relname AS name, reltuples::bigint AS n FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`)).rows as Array<{ name: string; n: string }>)
      : ((await knex.raw(`SELECT name FROM sqlite_master WHERE type = 'table'`)) as Array<{ name: string }>);
  const counts = new Map<string, number>();
  for (const table of tables) {
    counts.set(table.name, 'n' in table ? Number(table.n) : Number((await knex(table.name).count({ n: '*' }))[0].n));
  }
  return counts;
};

interface Plan {
  scans: string[];
  indexes: string[];
}

const explain = async (query: Captured, large: Set<string>): Promise<Plan> => {
  const knex = app.strapi.db.connection;
  const scans: string[] = [];
  const indexes: string[] = [];
  if (app.strapi.db.dialect.client === 'postgres') {
    // node-postgres numbers its parameters ($1): back to knex's positional ones, in their order.
    const order: number[] = [];
    const sql = query.sql.replace(/\$(\d+)/g, (_, n: string) => {
      order.push(Number(n) - 1);
      return '?';
    });
    const result = await knex.raw(`EXPLAIN (FORMAT JSON) ${sql}`, order.map((i) => query.bindings[i]) as never);
    const walk = (node: Record<string, unknown>) => {
      const relation = node['Relation Name'] as string | undefined;
      if (node['Node Type'] === 'Seq Scan' && relation && large.has(relation)) scans.push(relation);
      if (typeof node['Index Name'] === 'string') indexes.push(node['Index Name']);
      for (const child of (node.Plans as Array<Record<string, unknown>> | undefined) ?? []) walk(child);
    };
    walk(result.rows[0]['QUERY PLAN'][0].Plan);
    return { scans, indexes };
  }
  // SQLite names the alias in its plan: map aliases back to tables from the statement.
  const aliases = new Map<string, string>();
  for (const match of query.sql.matchAll(/(?:from|join|update)\s+(?:"[^"]+"\.)?"?(\w+)"?(?:\s+as)?\s+"?(\w+)"?/gi)) {
    aliases.set(match[2], match[1]);
    aliases.set(match[1], match[1]);
  }
  const rows = (await knex.raw(`EXPLAIN QUERY PLAN ${query.sql}`, query.bindings as never)) as Array<{ detail: string }>;
  for (const { detail } of rows) {
    const full = /^SCAN (\w+)$/.exec(detail);
    const table = full && aliases.get(full[1]);
    if (table && large.has(table)) scans.push(table);
    const index = /USING (?:COVERING )?INDEX (\w+)/.exec(detail);
    if (index) indexes.push(index[1]);
  }
  return { scans, indexes };
};

beforeAll(async () => {
  app = await bootApp({ env: NO_RATE_LIMITS });
  moderator = (await signInAsModerator(app)).jwt;
  const viral = await makeArticle(app, { slug: SLUG });
  const knex = app.strapi.db.connection;
  const meta = (uid: string) => app.strapi.db.metadata.get(uid as never);
  const join = (uid: string, name: string) =>
    (meta(uid).attributes[name] as unknown as { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }).joinTable;
  const articleRows = await app.strapi.db.query('api::article.article').findMany({ select: ['id'], where: { documentId: viral } });

  // An archive's worth of other articles, a draft and a published row each.
  const now = Date.now();
  const articles = Array.from({ length: 3000 }, (_, i) => [false, true].map((published) => ({
    document_id: `archive${i}`, slug: `archive-story-${i}`, title: `Archive story ${i}`, locale: 'en',
    published_at: published ? new Date(now - i * 3600e3) : null, created_at: new Date(now), updated_at: new Date(now),
  }))).flat();
  await knex.batchInsert(meta('api::article.article').tableName, articles, 500);

  // The viral discussion: 4,000 threads of a comment and four replies, 90% approved.
  const statuses = (i: number) => (i % 20 === 0 ? 'pending' : i % 20 === 1 ? 'rejected' : 'approved');
  const comments = Array.from({ length: 20000 }, (_, i) => ({
    document_id: `plan${i}`, author_name: 'Reader', author_email: `reader${i % 3000}@example.org`, body: `Comment ${i}.`,
    moderation_status: statuses(i), report_count: i % 997 === 0 ? 1 : 0, created_at: new Date(now + i * 1000), updated_at: new Date(now + i * 1000),
  }));
  await knex.batchInsert(meta('api::comment.comment').tableName, comments, 500);
  const ids = (await knex(meta('api::comment.comment').tableName).select('id', 'document_id').where('document_id', 'like', 'plan%')) as Array<{ id: number; document_id: string }>;
  const idOf = new Map(ids.map((row) => [row.document_id, row.id]));
  const onArticle = join('api::comment.comment', 'article');
  await knex.batchInsert(onArticle.name, ids.flatMap((row) => articleRows.map((a: { id: number }) => ({ [onArticle.joinColumn.name]: row.id, [onArticle.inverseJoinColumn.name]: a.id }))), 500);
  const toParent = join('api::comment.comment', 'parent');
  const parents = [];
  for (let i = 0; i < 20000; i += 1) {
    if (i % 5 !== 0) parents.push({ [toParent.joinColumn.name]: idOf.get(`plan${i}`), [toParent.inverseJoinColumn.name]: idOf.get(`plan${i - (i % 5)}`) });
  }
  await knex.batchInsert(toParent.name, parents, 500);

  // 20,000 votes.
  const reactions = Array.from({ length: 20000 }, (_, i) => ({
    document_id: `vote${i}`, value: i % 3 ? 'like' : 'dislike', voter_key: `voter${i}`, ballot: `${viral}:en:voter${i}`, created_at: new Date(now), updated_at: new Date(now),
  }));
  await knex.batchInsert(meta('api::reaction.reaction').tableName, reactions, 500);
  const votes = (await knex(meta('api::reaction.reaction').tableName).select('id').where('document_id', 'like', 'vote%')) as Array<{ id: number }>;
  const onVote = join('api::reaction.reaction', 'article');
  await knex.batchInsert(onVote.name, votes.flatMap((row) => articleRows.map((a: { id: number }) => ({ [onVote.joinColumn.name]: row.id, [onVote.inverseJoinColumn.name]: a.id }))), 500);

  // The import is put right as `npm run recount` does, and the planner learns the sizes.
  await app.strapi.service('api::comment.tallies').recount();
  if (app.strapi.db.dialect.client === 'postgres') await knex.raw('ANALYZE');
}, 240000);

afterAll(async () => {
  await app?.close();
});

describe('query plans at archive size', () => {
  let large: Set<string>;
  const used = new Map<string, Set<string>>();

  beforeAll(async () => {
    const counts = await rowCounts();
    large = new Set([...counts].filter(([, n]) => n >= LARGE).map(([name]) => name));
    expect(large).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...large]).toEqual(expect.arrayContaining(['comments', 'reactions', 'articles']));
  });

  afterAll(() => {
    // eslint-disable-next-line no-console
    console.info(`[query plans] indexes per request (${app.strapi.db.dialect.client}):\n${[...used].map(([name, set]) => `  ${name}: ${[...set].sort().join(', ')}`).join('\n')}`);
  });

  const check = async (name: string, send: () => Promise<unknown>) => {
    const queries = await capture(send);
    expect(queries.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const indexes = new Set<string>();
    for (const query of queries) {
      const plan = await explain(query, large);
      plan.indexes.forEach((index) => indexes.add(index));
      if (plan.scans.length) problems.push(`${plan.scans.join(', ')} scanned whole by: ${query.sql.slice(0, 300)}`);
    }
    used.set(name, indexes);
    expect(problems).toEqual([]);
  };

  it('the assembled article (uncached) and its comment pages', async () => {
    await check('assembled article', () => app.http().get(`/api/articles/${SLUG}/assembled`).expect(200));
    const first = await app.http().get(`/api/articles/${SLUG}/comments`).expect(200);
    expect(first.body.meta.count).toBeGreaterThan(10000);
    await check('second comment page', () => app.http().get(`/api/articles/${SLUG}/comments?cursor=${first.body.meta.nextCursor}`).expect(200));
  });

  it('a vote and a posted comment (with the duplicate check)', async () => {
    await check('vote', () => asReader(app, newReaderAddress()).post(`/api/articles/${SLUG}/reactions`).send({ data: { value: 'like' } }).expect(200));
    await check('comment posted', () =>
      asReader(app, newReaderAddress())
        .post(`/api/articles/${SLUG}/comments`)
        .send({ data: { authorName: 'Planner', authorEmail: 'reader7@example.org', body: 'Planned.' } })
        .expect(201)
    );
  });

  it('the moderation queues and a decision', async () => {
    const auth = { Authorization: `Bearer ${moderator}` };
    await check('pending queue', () => app.http().get('/api/moderation/comments?status=pending').set(auth).expect(200));
    await check('reported queue', () => app.http().get('/api/moderation/comments?status=reported').set(auth).expect(200));
    await check('decision', () => app.http().post('/api/moderation/comments/plan20/approve').set(auth).send({}).expect(200));
  });
});
