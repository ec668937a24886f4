'use strict';
/**
 * The archive table of `npm run bench`: the same requests on the archive (bench/archive/build.js)
 * and on the demo database, side by side, the cache off on both (ARTICLE_CACHE=false):
 *
 *   assembled   GET  /api/articles/:slug/assembled                    (uncached)
 *   page 2      GET  /api/articles/:slug/comments?cursor=<page 1's nextCursor>
 *   vote        POST /api/articles/:slug/reactions                    (a new reader each time)
 *   comment     POST /api/articles/:slug/comments                     (a new comment each time)
 *   queue       GET  /api/moderation/comments?status=pending          (first page, a moderator's JWT)
 *   desk        GET  /newsroom/desk/comments?queue=pending            (the moderation desk: first page of cards and
 *                                                                     the five queues' counts; a Comment moderator's admin JWT)
 *   desk, article GET /newsroom/desk/comments?queue=pending&article=  (the same filtered to the article: the counts one grouped COUNT)
 *
 * for the viral article (the demo article with 200,000 comments and 500,000 votes), an ordinary
 * archive article (a few hundred comments), and the demo article on the demo database. The ratio
 * is archive p50 / demo p50; above 1.5 is flagged. The pending queue and the desk's unfiltered page
 * are the whole archive's (10,000 pending comments on the viral article alone), one measurement
 * for both archive columns. What the write cells add to the archive is taken out
 * again afterwards (rows past the ids at the start, the two discussions' tallies restored), so
 * every run meets the same archive.
 *
 * Then the lists, uncached, archive against demo database:
 *
 *   home        GET  /api/fronts/home                                 (picks, then the latest of every section)
 *   section     GET  /api/sections/:slug/articles                     (the busiest top-level section, subsections in)
 *   author      GET  /api/authors/:slug/articles                      (the author with the most stories)
 *   tag         GET  /api/tags/:slug/articles                         (the tag with the most stories)
 *
 * The archive's section, author and tag are the builder's (bench_archive_info.bench.lists); the
 * demo's are the demo article's World, its author and its first tag, given 45 more stories so
 * every list shows a full page there too (seedDemoLists).
 */
const fs = require('fs');
const { log, startApp, stop, measure, runAppScript, withClient, databaseExists, databaseUrl, formatTable } = require('../lib');
const autocannon = require('autocannon');

const DATABASE = process.env.BENCH_ARCHIVE_DATABASE || 'newsroom_archive';
const CONNECTIONS = Number(process.env.BENCH_ARCHIVE_CONNECTIONS || 10);
// Each cell is measured this many times, interleaved with the other targets', and the median kept:
// one write cell's p50 moves by a third between runs on this shared 2-core machine.
const ROUNDS = Number(process.env.BENCH_ARCHIVE_ROUNDS || 3);
const RATIO_TARGET = 1.5;
const MODERATOR = { email: 'bench-moderator@newsroom.test', password: 'Bench-Moderat0r' };
const DESK_MODERATOR = { email: 'bench-desk@newsroom.test', password: 'Bench-Desk-Moderat0r' };
/** Measured once for the whole archive: both archive columns show the one measurement. */
const SHARED = ['queue', 'desk'];
const DEMO_SEED_COMMENTS = 45; // approved threads of four on the demo article: a second page of 20 exists

const LIST_REQUESTS = [
  ['home', 'home front'],
  ['section', 'section list (top-level, subsections in)'],
  ['author', "author's page"],
  ['tag', "tag's list"],
];
// The demo article's section, author and tag (src/demo/reference-article.ts).
const DEMO_LISTS = { section: 'world', author: 'sulaiman', tag: 'afghanistan' };
const listUrl = (base, key, lists) =>
  ({
    home: `${base}/api/fronts/home`,
    section: `${base}/api/sections/${lists.section}/articles`,
    author: `${base}/api/authors/${lists.author}/articles`,
    tag: `${base}/api/tags/${lists.tag}/articles`,
  })[key];

const REQUESTS = [
  ['assembled', 'uncached assembled article'],
  ['page2', 'second comment page'],
  ['vote', 'one vote'],
  ['comment', 'one comment posted'],
  ['queue', 'pending queue, first page'],
  ['desk', 'moderation desk: pending page and counts'],
  ['deskArticle', "moderation desk: the article's pending page and counts"],
];

const json = async (response, what) => {
  const text = await response.text();
  if (!response.ok) throw new Error(`${what}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
};

/** A moderator account on the database (npm run moderator:create), signed in. */
const moderatorJwt = async (base, dbUrl, publicDir) => {
  await runAppScript('moderator-create.js', ['--email', MODERATOR.email, '--password', MODERATOR.password], dbUrl, publicDir);
  const signIn = await fetch(`${base}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier: MODERATOR.email, password: MODERATOR.password }),
  });
  return (await json(signIn, 'moderator sign-in')).jwt;
};

/** A Comment moderator of the admin panel (npm run moderator:create -- --admin), signed in: the desk's token. */
const deskToken = async (base, dbUrl, publicDir) => {
  await runAppScript('moderator-create.js', ['--admin', '--email', DESK_MODERATOR.email, '--password', DESK_MODERATOR.password], dbUrl, publicDir);
  const signIn = await fetch(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: DESK_MODERATOR.email, password: DESK_MODERATOR.password }),
  });
  return (await json(signIn, 'desk moderator sign-in')).data.token;
};

/** The documentId of the published article at `slug` (the desk filters by documentId). */
const documentIdOf = async (base, slug) => (await json(await fetch(`${base}/api/articles/${slug}/assembled`), `article ${slug}`)).data.documentId;

let posted = 0;
const cellOptions = (base, slug, jwt, desk) => ({
  assembled: async () => ({ url: `${base}/api/articles/${slug}/assembled` }),
  page2: async () => {
    const first = await json(await fetch(`${base}/api/articles/${slug}/comments`), `comments of ${slug}`);
    if (!first.meta?.nextCursor) throw new Error(`${slug} has no second comment page`);
    return { url: `${base}/api/articles/${slug}/comments?cursor=${encodeURIComponent(first.meta.nextCursor)}` };
  },
  vote: async () => ({
    url: `${base}/api/articles/${slug}/reactions`,
    requests: [
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ data: { value: (posted += 1) % 3 ? 'like' : 'dislike' } }) }),
      },
    ],
  }),
  comment: async () => ({
    url: `${base}/api/articles/${slug}/comments`,
    requests: [
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        setupRequest: (req) => {
          posted += 1;
          return {
            ...req,
            body: JSON.stringify({ data: { authorName: `Bench reader ${posted}`, authorEmail: `bench${posted}@example.org`, body: `Bench comment ${posted} on the story.` } }),
          };
        },
      },
    ],
  }),
  queue: async () => ({ url: `${base}/api/moderation/comments?status=pending`, headers: { Authorization: `Bearer ${jwt}` } }),
  ...(desk
    ? {
        desk: async () => ({ url: `${base}/newsroom/desk/comments?queue=pending`, headers: { Authorization: `Bearer ${desk}` } }),
        deskArticle: async () => ({
          url: `${base}/newsroom/desk/comments?queue=pending&article=${await documentIdOf(base, slug)}`,
          headers: { Authorization: `Bearer ${desk}` },
        }),
      }
    : {}),
});

const measureTarget = async (label, app, slug, jwt, only, desk) => {
  const options = cellOptions(app.url, slug, jwt, desk);
  const cells = {};
  for (const [key, what] of REQUESTS) {
    if (only && !only.includes(key)) continue;
    const row = await measure(`${label}: ${what}`, { connections: CONNECTIONS, ...(await options[key]()) }, app.child.pid);
    cells[key] = { p50Ms: row.p50Ms, p99Ms: row.p99Ms, requestsPerSecond: row.requestsPerSecond, requests: row.requests, errors: row.errors, non2xx: row.non2xx };
  }
  return cells;
};

/**
 * 45 approved threads on the demo article, shaped as the archive's (a comment, a reply, a reply to
 * the reply, a second reply to the comment), posted and approved through the API as readers and a
 * moderator would: a comment page then carries as many comments on the demo database as on the archive.
 */
const seedDemoDiscussion = async (base, slug, jwt) => {
  let n = 0;
  const post = async (parent) => {
    n += 1;
    const created = await fetch(`${base}/api/articles/${slug}/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        data: { authorName: `Demo reader ${n}`, authorEmail: `demo${n}@example.org`, body: `Demo comment ${n}: a reader's view of the story.`, ...(parent ? { parent } : {}) },
      }),
    });
    return (await json(created, 'demo comment')).data.id;
  };
  // A reply answers an approved comment only: each level is approved before the next is posted.
  const approve = async (ids) => {
    for (let i = 0; i < ids.length; i += 100) {
      const approved = await fetch(`${base}/api/moderation/comments/bulk`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
        body: JSON.stringify({ data: { ids: ids.slice(i, i + 100), action: 'approve' } }),
      });
      await json(approved, 'approving the demo comments');
    }
  };
  const tops = [];
  for (let i = 0; i < DEMO_SEED_COMMENTS; i += 1) tops.push(await post());
  await approve(tops);
  const replies = [];
  for (const top of tops) replies.push(await post(top));
  await approve(replies);
  const more = [];
  for (let i = 0; i < tops.length; i += 1) more.push(await post(replies[i]), await post(tops[i]));
  await approve(more);
};

/**
 * The demo database's lists shaped as the archive's pages: 45 more stories, copies of the demo
 * article's rows (a draft and a published row each, an hour apart, newest first) with its section
 * (Asia under World), author, tags and hero photo, written in Strapi's shape, and five of them
 * picked on the home front (as the archive's home front has six picks). Each list then shows a
 * full page on both databases, so the ratio is of archive size, not of page size. The demo
 * database is the run's own and is dropped at the end.
 */
const DEMO_LIST_STORIES = 45;
const seedDemoLists = (dbUrl, slug) =>
  withClient(dbUrl, async (c) => {
    await c.query('BEGIN');
    const source = (await c.query(`SELECT id, published_at IS NULL AS draft FROM articles WHERE slug = $1 AND locale = 'en'`, [slug])).rows;
    const copies = (
      await c.query(
        `INSERT INTO articles (document_id, title, slug, summary, dateline, comments_enabled, comment_moderation, created_at, updated_at, published_at, first_published_at, locale)
         SELECT substr(md5('demo-list-' || g), 1, 24), a.title || ' (' || g || ')', a.slug || '-' || g, a.summary, a.dateline, a.comments_enabled, a.comment_moderation,
                a.created_at - g * interval '1 hour', a.updated_at - g * interval '1 hour', a.published_at - g * interval '1 hour',
                COALESCE(a.first_published_at, a.published_at) - g * interval '1 hour', a.locale
           FROM articles a, generate_series(1, $2::int) g WHERE a.id = ANY($1::int[])
          ORDER BY g, a.id
         RETURNING id, published_at IS NULL AS draft, document_id`,
        [source.map((r) => r.id), DEMO_LIST_STORIES]
      )
    ).rows;
    const from = (draft) => source.find((r) => r.draft === draft).id;
    const pairs = copies.map((r) => [r.id, from(r.draft)]);
    const ids = pairs.map((p) => p[0]);
    const of = pairs.map((p) => p[1]);
    await c.query(`INSERT INTO articles_section_lnk (article_id, section_id) SELECT n, l.section_id FROM unnest($1::int[], $2::int[]) x(n, o) JOIN articles_section_lnk l ON l.article_id = x.o`, [ids, of]);
    for (const [table, target] of [['articles_byline_lnk', 'author'], ['articles_tags_lnk', 'tag']]) {
      await c.query(
        `INSERT INTO ${table} (article_id, ${target}_id, ${target}_ord, article_ord)
         SELECT n, l.${target}_id, l.${target}_ord, l.article_ord + row_number() OVER (PARTITION BY l.${target}_id ORDER BY n)
           FROM unnest($1::int[], $2::int[]) x(n, o) JOIN ${table} l ON l.article_id = x.o`,
        [ids, of]
      );
    }
    await c.query(
      `INSERT INTO articles_hero_image_lnk (article_id, image_id, article_ord)
       SELECT n, l.image_id, l.article_ord + row_number() OVER (ORDER BY n) FROM unnest($1::int[], $2::int[]) x(n, o) JOIN articles_hero_image_lnk l ON l.article_id = x.o`,
      [ids, of]
    );
    // Five picks on the home front (the front without a section), after the demo article: both rows of each.
    const picked = [...new Set(copies.map((r) => r.document_id))].filter((_, i) => i % 9 === 4).slice(0, 5);
    await c.query(
      `INSERT INTO fronts_picks_lnk (front_id, article_id, article_ord)
       SELECT f.id, a.id, (SELECT COALESCE(MAX(article_ord), 0) FROM fronts_picks_lnk WHERE front_id = f.id)
                          + 2 * array_position($1::text[], a.document_id::text) - CASE WHEN a.published_at IS NULL THEN 1 ELSE 0 END
         FROM articles a, (SELECT id FROM fronts WHERE id NOT IN (SELECT front_id FROM fronts_section_lnk) ORDER BY id LIMIT 1) f
        WHERE a.document_id = ANY($1::text[])`,
      [picked]
    );
    await c.query('COMMIT');
  });

/**
 * Measures the archive table; null when there is no complete archive (or BENCH_ARCHIVE=false).
 * demo: the cache-off instance on the demo database { url, child, dbUrl }.
 */
const archiveTable = async ({ demo, publicDir, slug }) => {
  if (process.env.BENCH_ARCHIVE === 'false') return log('archive table skipped (BENCH_ARCHIVE=false).');
  if (!(await databaseExists(DATABASE))) return log(`archive table skipped: no ${DATABASE} database (npm run bench:archive builds it).`);
  const archiveUrl = databaseUrl(DATABASE);
  const info = await withClient(archiveUrl, (c) =>
    c
      .query('SELECT params, built_at, seconds, bench FROM bench_archive_info WHERE built_at IS NOT NULL ORDER BY built_at DESC LIMIT 1')
      .then((r) => r.rows[0])
      .catch(() => null)
  );
  if (!info) return log(`archive table skipped: ${DATABASE} is incomplete (npm run bench:archive -- --rebuild).`);
  const viral = info.bench.viral;
  const ordinary = info.bench.ordinary;
  const lists = info.bench.lists ?? null; // an archive of format 1 has none

  // What this run adds to the archive, taken out afterwards.
  const before = await withClient(archiveUrl, async (c) => {
    const max = async (table) => Number((await c.query(`SELECT COALESCE(MAX(id), 0) AS n FROM ${table}`)).rows[0].n);
    const tallies = (await c.query('SELECT * FROM discussion_tallies')).rows.length;
    const kept = (
      await c.query(
        `SELECT t.* FROM discussion_tallies t WHERE t.discussion IN (
           SELECT document_id || ':' || locale FROM articles WHERE slug = ANY($1) AND published_at IS NOT NULL)`,
        [[viral.slug, ordinary.slug]]
      )
    ).rows;
    const queues = (await c.query('SELECT queue, stripe, comments FROM moderation_queue_tallies')).rows;
    return { comments: await max('comments'), reactions: await max('reactions'), events: await max('moderation_events'), tallies, kept, queues };
  });

  const app = await startApp('app on the archive (cache off)', archiveUrl, publicDir, { ARTICLE_CACHE: 'false', SEED_DEMO: 'false' });
  let result;
  try {
    const archiveJwt = await moderatorJwt(app.url, archiveUrl, publicDir);
    const demoJwt = await moderatorJwt(demo.url, demo.dbUrl, publicDir);
    const archiveDesk = await deskToken(app.url, archiveUrl, publicDir);
    const demoDesk = await deskToken(demo.url, demo.dbUrl, publicDir);
    await seedDemoDiscussion(demo.url, slug, demoJwt);
    if (lists) await seedDemoLists(demo.dbUrl, slug);

    // Both instances warmed first (reads only, not recorded): a fresh process runs its first
    // seconds unoptimised by the JIT, which would count against whichever article is measured first.
    for (const [target, slugOf, token, desk] of [[app, viral.slug, archiveJwt, archiveDesk], [app, ordinary.slug, archiveJwt, archiveDesk], [demo, slug, demoJwt, demoDesk]]) {
      const options = cellOptions(target.url, slugOf, token, desk);
      for (const key of ['assembled', 'page2', 'queue', 'desk', 'deskArticle']) {
        if (options[key]) await autocannon({ duration: 2, connections: CONNECTIONS, ...(await options[key]()) });
      }
    }
    if (lists) {
      for (const [key] of LIST_REQUESTS) {
        await autocannon({ duration: 1, connections: CONNECTIONS, url: listUrl(app.url, key, lists) });
        await autocannon({ duration: 1, connections: CONNECTIONS, url: listUrl(demo.url, key, DEMO_LISTS) });
      }
    }

    // Request by request, the three back to back, so a drift of the shared machine meets all three alike.
    const rounds = { viral: [], ordinary: [], demo: [] };
    for (const [key] of REQUESTS) {
      for (let round = 0; round < ROUNDS; round += 1) {
        rounds.viral.push(await measureTarget('archive, viral', app, viral.slug, archiveJwt, [key], archiveDesk));
        if (!SHARED.includes(key)) rounds.ordinary.push(await measureTarget('archive, ordinary', app, ordinary.slug, archiveJwt, [key], archiveDesk));
        rounds.demo.push(await measureTarget('demo database', demo, slug, demoJwt, [key], demoDesk));
      }
    }
    // The lists, the same way: archive then demo, round by round.
    const listRounds = { archive: [], demo: [] };
    for (const [key, what] of lists ? LIST_REQUESTS : []) {
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [side, target, of] of [['archive', app, lists], ['demo', demo, DEMO_LISTS]]) {
          const url = listUrl(target.url, key, of);
          const answer = await fetch(url);
          if (!answer.ok) throw new Error(`${url}: ${answer.status} ${(await answer.text()).slice(0, 300)}`);
          await answer.arrayBuffer();
          const row = await measure(`${side === 'archive' ? 'archive' : 'demo database'}: ${what}`, { connections: CONNECTIONS, url }, target.child.pid);
          listRounds[side].push({ [key]: { p50Ms: row.p50Ms, p99Ms: row.p99Ms, requestsPerSecond: row.requestsPerSecond, requests: row.requests, errors: row.errors, non2xx: row.non2xx } });
        }
      }
    }
    // Per request, the round with the median p50 (its p99 and errors with it; errors summed over all rounds).
    const median = (measured, requests = REQUESTS) => {
      const cells = {};
      for (const [key] of requests) {
        const all = measured.filter((m) => m[key]).map((m) => m[key]);
        if (all.length === 0) continue;
        const sorted = [...all].sort((a, b) => a.p50Ms - b.p50Ms);
        const errors = all.reduce((n, c) => n + c.errors, 0);
        const non2xx = all.reduce((n, c) => n + c.non2xx, 0);
        cells[key] = { ...sorted[Math.floor((sorted.length - 1) / 2)], errors, non2xx, rounds: all.map((c) => c.p50Ms) };
      }
      return cells;
    };
    const cells = { viral: median(rounds.viral), ordinary: median(rounds.ordinary), demo: median(rounds.demo) };
    const listCells = { archive: median(listRounds.archive, LIST_REQUESTS), demo: median(listRounds.demo, LIST_REQUESTS) };
    for (const key of SHARED) cells.ordinary[key] = { ...cells.viral[key], shared: true };
    const ratio = (a, b) => (b > 0 ? +(a / b).toFixed(2) : null);
    const rows = REQUESTS.map(([key, what]) => ({
      request: key,
      label: what,
      viral: cells.viral[key],
      ordinary: cells.ordinary[key],
      demo: cells.demo[key],
      ratioViral: ratio(cells.viral[key].p50Ms, cells.demo[key].p50Ms),
      ratioOrdinary: ratio(cells.ordinary[key].p50Ms, cells.demo[key].p50Ms),
    }));
    const listRows = (lists ? LIST_REQUESTS : []).map(([key, what]) => ({
      request: key,
      label: what,
      archive: listCells.archive[key],
      demo: listCells.demo[key],
      ratio: ratio(listCells.archive[key].p50Ms, listCells.demo[key].p50Ms),
    }));
    result = {
      database: DATABASE,
      builtAt: info.built_at,
      buildSeconds: Number(info.seconds),
      params: info.params,
      connections: CONNECTIONS,
      rounds: ROUNDS,
      viral,
      ordinary,
      ratioTarget: RATIO_TARGET,
      rows,
      lists: lists && { archive: lists, demo: DEMO_LISTS, rows: listRows },
      overTarget: [
        ...rows.flatMap((r) => [
          ...(r.ratioViral > RATIO_TARGET ? [`${r.request} (viral) ${r.ratioViral}`] : []),
          ...(r.ratioOrdinary > RATIO_TARGET ? [`${r.request} (ordinary) ${r.ratioOrdinary}`] : []),
        ]),
        ...listRows.flatMap((r) => (r.ratio > RATIO_TARGET ? [`${r.request} (list) ${r.ratio}`] : [])),
      ],
      errors:
        rows.reduce((sum, r) => sum + ['viral', 'ordinary', 'demo'].reduce((s, k) => s + (r[k].shared ? 0 : r[k].errors + r[k].non2xx), 0), 0) +
        listRows.reduce((sum, r) => sum + r.archive.errors + r.archive.non2xx + r.demo.errors + r.demo.non2xx, 0),
    };
  } finally {
    await stop(app.child);
    await withClient(archiveUrl, async (c) => {
      await c.query('BEGIN');
      await c.query('DELETE FROM moderation_events WHERE id > $1', [before.events]);
      await c.query('DELETE FROM comments WHERE id > $1', [before.comments]);
      await c.query('DELETE FROM reactions WHERE id > $1', [before.reactions]);
      for (const t of before.kept) {
        await c.query('UPDATE discussion_tallies SET comments = $2, likes = $3, dislikes = $4 WHERE discussion = $1', [t.discussion, t.comments, t.likes, t.dislikes]);
      }
      await c.query('DELETE FROM moderation_queue_tallies');
      for (const q of before.queues) {
        await c.query('INSERT INTO moderation_queue_tallies (queue, stripe, comments) VALUES ($1, $2, $3)', [q.queue, q.stripe, q.comments]);
      }
      // The two discussions' queue sizes, counted again from what is left of their comments.
      const discussions = before.kept.map((t) => t.discussion);
      await c.query('DELETE FROM moderation_discussion_queues WHERE discussion = ANY($1)', [discussions]);
      await c.query(
        `INSERT INTO moderation_discussion_queues (discussion, queue, comments)
           SELECT discussion, moderation_status, COUNT(*) FROM comments WHERE discussion = ANY($1) AND moderation_status IS NOT NULL GROUP BY 1, 2
           UNION ALL
           SELECT discussion, 'reported', COUNT(*) FROM comments WHERE discussion = ANY($1) AND report_count > 0 GROUP BY 1`,
        [discussions]
      );
      await c.query('COMMIT');
      // The deleted rows' pages made all-visible again: the next run's index-only scans fetch no heap pages.
      await c.query('VACUUM ANALYZE comments, comments_article_lnk, comments_parent_lnk, moderation_events, moderation_events_comment_lnk, reactions, reactions_article_lnk, discussion_tallies, moderation_discussion_queues');
    });
    log('archive: the rows this run wrote were taken out again.');
  }
  return result;
};

const cell = (c) => (c ? `${c.p50Ms} / ${c.p99Ms}${c.errors + c.non2xx ? ` (${c.errors + c.non2xx} err)` : ''}` : '-');
const flag = (r, target) => (r === null ? '-' : `${r.toFixed(2)}${r > target ? ' !' : ''}`);

const printArchiveTable = (archive) => {
  if (!archive) return;
  console.log('');
  console.log(
    `archive table: ${archive.database} (viral: ${archive.viral.comments.toLocaleString('en-US')} comments, ${archive.viral.votes.toLocaleString('en-US')} votes; ordinary: ${archive.ordinary.slug}, ${archive.ordinary.comments} comments) against the demo database; cache off, ${archive.connections} connections; p50 / p99 ms`
  );
  console.log(
    formatTable(
      ['request', 'viral', 'ordinary', 'demo', 'viral/demo', 'ordinary/demo'],
      archive.rows.map((r) => [r.label, cell(r.viral), cell(r.ordinary) + (r.ordinary.shared ? ' *' : ''), cell(r.demo), flag(r.ratioViral, archive.ratioTarget), flag(r.ratioOrdinary, archive.ratioTarget)])
    )
  );
  console.log(`ratio = archive p50 / demo p50, target <= ${archive.ratioTarget} ("!" above it); * the pending queue and the desk's unfiltered page are the whole archive's: one measurement`);
  if (archive.lists) {
    const { archive: a, demo: d } = archive.lists;
    console.log('');
    console.log(`lists, uncached (archive: section ${a.section}, author ${a.author}, tag ${a.tag}; demo: ${d.section}, ${d.author}, ${d.tag}); p50 / p99 ms`);
    console.log(formatTable(['list', 'archive', 'demo', 'archive/demo'], archive.lists.rows.map((r) => [r.label, cell(r.archive), cell(r.demo), flag(r.ratio, archive.ratioTarget)])));
  }
  console.log(archive.overTarget.length ? `above the target: ${archive.overTarget.join(', ')}` : 'every ratio within the target');
  console.log(`errors and non-2xx answers in the archive table: ${archive.errors}`);
};

module.exports = { archiveTable, printArchiveTable, REQUESTS, LIST_REQUESTS };
// For the chart script: read a results file.
module.exports.readResults = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
