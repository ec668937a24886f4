import { bootApp, type TestApp } from '../helpers/app';

/**
 * The one list query (api::article.listing) explained by PostgreSQL on an archive's shape: 4,000
 * published stories (a draft and a published row each) in a desk of three subsections, a quiet
 * section with a few, ANALYZEd. A busy list (a front, the desk, a deep cursor page of it) walks the
 * articles_listing index (locale, first publication, id; published rows) and stops when the page
 * is full: no Seq Scan on articles, no Sort of the whole set. A quiet section may start from its
 * links and sort its few stories. The plans are EXPLAIN ANALYZE of the statement each request sent.
 * SQLite plans differently and is not asserted here (its lists are tested in the other files).
 */
const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
const STORIES = 4000;
/** A sort of more rows than this is a sort of the list, not of a page. */
const PAGE_SORT = 250;

let app: TestApp;
const meta = () => app.strapi.db.metadata.get('api::article.article');

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** The list statement a request sends, with its bindings. */
const listQueryOf = async (path: string) => {
  const seen: Array<{ sql: string; bindings: unknown[] }> = [];
  const listener = (query: { sql: string; bindings?: unknown[] }) => seen.push({ sql: query.sql, bindings: query.bindings ?? [] });
  app.strapi.db.connection.client.on('query', listener);
  let body: { meta: { nextCursor: string | null } };
  try {
    body = (await app.http().get(path).expect(200)).body;
  } finally {
    app.strapi.db.connection.client.removeListener('query', listener);
  }
  const list = seen.filter(({ sql }) => /ORDER BY COALESCE\(/i.test(sql));
  expect(list).toHaveLength(1);
  return { ...list[0], body };
};

const explain = async ({ sql, bindings }: { sql: string; bindings: unknown[] }) => {
  // node-postgres numbers its parameters ($1): back to knex's positional ones, in their order.
  const order: number[] = [];
  const positional = sql.replace(/\$(\d+)/g, (_, n: string) => {
    order.push(Number(n) - 1);
    return '?';
  });
  const result = await app.strapi.db.connection.raw(`EXPLAIN (ANALYZE, FORMAT JSON) ${positional}`, order.map((i) => bindings[i]) as never);
  const nodes: PlanNode[] = [];
  const walk = (node: PlanNode) => {
    nodes.push(node);
    (node.Plans ?? []).forEach(walk);
  };
  walk(result.rows[0]['QUERY PLAN'][0].Plan);
  // PLANS=1 prints each plan as text (to see which road the planner took).
  if (process.env.PLANS) {
    const text = await app.strapi.db.connection.raw(`EXPLAIN (ANALYZE) ${positional}`, order.map((i) => bindings[i]) as never);
    // eslint-disable-next-line no-console
    console.log(text.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
  }
  return {
    indexes: nodes.flatMap((n) => (n['Index Name'] ? [n['Index Name']] : [])),
    seqScans: nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']),
    sorted: Math.max(0, ...nodes.filter((n) => n['Node Type'] === 'Sort').map((n) => n['Actual Rows'] * n['Actual Loops'])),
  };
};

(onPostgres ? describe : describe.skip)('list query plans (PostgreSQL)', () => {
  beforeAll(async () => {
    app = await bootApp();
    const sections = app.strapi.documents('api::section.section');
    const desk = await sections.create({ locale: 'en', data: { name: 'Desk', slug: 'desk', order: 5 } });
    const subs = [];
    for (const slug of ['desk-one', 'desk-two', 'desk-three']) {
      subs.push(await sections.create({ locale: 'en', data: { name: slug, slug, parent: desk.documentId } }));
    }
    const quiet = await sections.create({ locale: 'en', data: { name: 'Quiet', slug: 'quiet', order: 6 } });

    const knex = app.strapi.db.connection;
    const article = meta();
    const join = (name: string) =>
      (article.attributes[name] as unknown as { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }).joinTable;
    const now = Date.now();
    const rows = Array.from({ length: STORIES }, (_, i) =>
      [false, true].map((published) => ({
        document_id: `plan-story-${i}`,
        slug: `plan-story-${i}`,
        title: `Plan story ${i}`,
        locale: 'en',
        comments_enabled: true,
        comment_moderation: 'pre',
        published_at: published ? new Date(now - i * 3600e3) : null,
        first_published_at: new Date(now - i * 3600e3),
        created_at: new Date(now),
        updated_at: new Date(now),
      }))
    ).flat();
    await knex.batchInsert(article.tableName, rows, 500);
    const ids = (await knex(article.tableName).select('id', 'document_id').where('document_id', 'like', 'plan-story-%')) as Array<{ id: number; document_id: string }>;
    const sectionRow = async (documentId: string) => (await app.strapi.db.query('api::section.section').findOne({ where: { documentId } })).id as number;
    const deskRows = await Promise.all(subs.map((s) => sectionRow(s.documentId)));
    const quietRow = await sectionRow(quiet.documentId);
    // One story in fifty is in the quiet section; the others in the desk's subsections, and one in five also further in the desk.
    const primary = join('section');
    const further = join('sections');
    const n = (row: { document_id: string }) => Number(row.document_id.slice('plan-story-'.length));
    await knex.batchInsert(
      primary.name,
      ids.map((row) => ({ [primary.joinColumn.name]: row.id, [primary.inverseJoinColumn.name]: n(row) % 50 === 7 ? quietRow : deskRows[n(row) % 3] })),
      500
    );
    await knex.batchInsert(
      further.name,
      ids.filter((row) => n(row) % 5 === 1).map((row) => ({ [further.joinColumn.name]: row.id, [further.inverseJoinColumn.name]: deskRows[(n(row) + 1) % 3], section_ord: 1 })),
      500
    );
    await knex.raw('ANALYZE');
  }, 240000);

  afterAll(async () => {
    await app?.close();
  });

  it('has the listing index, made at start', async () => {
    const found = await app.strapi.db.connection.raw(`SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_listing'`);
    expect(found.rows[0].indexdef).toMatch(/\(locale, COALESCE\(first_published_at, published_at\) DESC, id DESC\) WHERE \(published_at IS NOT NULL\)/);
  });

  it('a busy section, its deep page and the home front walk articles_listing and sort no more than a page', async () => {
    const first = await listQueryOf('/api/sections/desk/articles?pageSize=20');
    // A deep page: 60 pages in (the cursor is a range on the index, not a filter from the top).
    let cursor = first.body.meta.nextCursor as string;
    for (let page = 0; page < 3; page += 1) {
      cursor = (await app.http().get(`/api/sections/desk/articles?pageSize=50&cursor=${encodeURIComponent(cursor)}`).expect(200)).body.meta.nextCursor;
    }
    const deep = await listQueryOf(`/api/sections/desk/articles?pageSize=20&cursor=${encodeURIComponent(cursor)}`);
    const home = await listQueryOf('/api/fronts/home');
    for (const query of [first, deep, home]) {
      const plan = await explain(query);
      expect(plan.seqScans).not.toContain(meta().tableName);
      expect(plan.indexes).toContain('articles_listing');
      expect(plan.sorted).toBeLessThanOrEqual(PAGE_SORT);
    }
  });

  it('a quiet section reads no whole table either', async () => {
    const plan = await explain(await listQueryOf('/api/sections/quiet/articles'));
    expect(plan.seqScans).not.toContain(meta().tableName);
    expect(plan.sorted).toBeLessThanOrEqual(PAGE_SORT);
  });
});
