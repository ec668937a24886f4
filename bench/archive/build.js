#!/usr/bin/env node
'use strict';
/**
 * npm run bench:archive [-- --rebuild | --recount]: a newsroom archive on PostgreSQL, for the
 * archive table of `npm run bench`.
 *
 *   20,000 articles in the four locales (10,000 stories in English, 4,000 in Dari, 3,000 each in
 *   Pashto and Urdu, translations of the same documents), each a draft row and a published row as
 *   Strapi 5 keeps them, with a body of paragraphs, a subheading, a photo and a quote, bylines,
 *   tags and a hero photo; 500 authors, 2,000 people (10,000 quotes), 30,000 images (upload files,
 *   image documents, their links); the demo article made viral: 200,000 comments in threads (90%
 *   approved, 5% pending, 5% rejected or spam) and 500,000 votes; 1,000,000 comments spread over
 *   the other articles, most with a few, some with hundreds. Every comment has its moderation event.
 *   39 sections (eight desks of three to five subsections, World > Asia the demo's) in the four
 *   locales; every article version in a primary section, one in five in a further one; the home
 *   front with six picks and three desks' fronts with three each.
 *
 * How: the built app starts once on the empty database (Strapi makes its schema, the locales, the
 * demo article) and stops; the rows are then written with INSERT ... SELECT generate_series, in
 * Strapi's own shape (document_id, locale, published_at, first_published_at, the _lnk tables and
 * their _ord columns, the components table of the dynamic zone), with the big tables' secondary
 * indexes and constraints dropped during the load and made again after it (same names, same
 * definitions). Then `npm run recount` (discussion figures) and VACUUM ANALYZE. A table
 * bench_archive_info records the parameters and the finish time: a complete archive is kept,
 * anything else is rebuilt.
 *
 *   --rebuild   drop the archive and build it again
 *   --recount   only run `npm run recount` and VACUUM ANALYZE on the kept archive
 *
 * Settings: BENCH_ARCHIVE_DATABASE (default newsroom_archive), BENCH_ARCHIVE_SCALE (default 1: a
 * fraction makes a smaller archive of the same shape, for trying the builder), BENCH_POSTGRES_ADMIN_URL.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Client } = require('pg');
const lib = require('../lib');
const { createProgress } = require('./progress');

const DATABASE = process.env.BENCH_ARCHIVE_DATABASE || 'newsroom_archive';
const SCALE = Number(process.env.BENCH_ARCHIVE_SCALE || 1);
const DEMO_SLUG = 'evidence-mounts-of-close-al-qaeda-taliban-relationship';
const INFO_TABLE = 'bench_archive_info';
const FORMAT = 2; // bump when the archive's shape changes: an archive of another format is rebuilt

// The section tree: eight desks of three to five subsections (World and Asia are the demo's).
const SECTION_TREE = [
  ['World', ['Asia', 'Africa', 'Europe', 'Americas', 'Middle East']],
  ['Afghanistan', ['Kabul', 'Provinces', 'Refugees', 'Security']],
  ['Politics', ['Government', 'Elections', 'Diplomacy']],
  ['Business', ['Markets', 'Trade', 'Agriculture', 'Energy']],
  ['Society', ['Education', 'Health', 'Women', 'Rights', 'Religion']],
  ['Culture', ['Music', 'Books', 'Film']],
  ['Sport', ['Cricket', 'Football', 'Wrestling', 'Buzkashi']],
  ['Opinion', ['Editorials', 'Columns', 'Letters']],
];
const SECTIONS = SECTION_TREE.reduce((n, [, subs]) => n + 1 + subs.length, 0);
const slugOf = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const scaled = (n) => Math.max(1, Math.round(n * SCALE));
const PARAMS = {
  format: FORMAT,
  scale: SCALE,
  articles: scaled(20000),
  authors: scaled(500),
  people: scaled(2000),
  quotes: scaled(10000),
  tags: Math.max(10, scaled(200)),
  images: scaled(30000),
  viralComments: scaled(200000),
  viralVotes: scaled(500000),
  otherComments: scaled(1000000),
  sections: SECTIONS,
};
// Of the article versions: English, then translations of the first English documents.
const LOCALE_SHARES = [
  ['en', 0.5],
  ['fa-AF', 0.2],
  ['ps', 0.15],
  ['ur', 0.15],
];
// Each body: 8 paragraphs, a photo (4th), a subheading (7th), a quote (9th).
const LAYOUT = ['P', 'P', 'P', 'I', 'P', 'P', 'S', 'P', 'Q', 'P', 'P'];
const PARAGRAPHS = LAYOUT.filter((b) => b === 'P').length;
const BATCH = 50000;
// The big tables: their secondary indexes and constraints are dropped for the load.
const BIG_TABLES = ['comments', 'comments_article_lnk', 'comments_parent_lnk', 'moderation_events', 'moderation_events_comment_lnk', 'reactions', 'reactions_article_lnk'];

const args = process.argv.slice(2);
const usage = 'Usage: npm run bench:archive [-- --rebuild | --recount]';
for (const arg of args) {
  if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  }
  if (!['--rebuild', '--recount'].includes(arg)) {
    console.error(`Unknown argument "${arg}".\n${usage}`);
    process.exit(2);
  }
}
const REBUILD = args.includes('--rebuild');
const RECOUNT_ONLY = args.includes('--recount');

const say = (message) => process.stderr.write(`[archive] ${message}\n`);
const progress = createProgress();
const stages = [];
const finish = () => {
  const s = progress.done();
  if (s) stages.push(s);
};

/** The archive's record, or null when there is none (no table, no finish time). */
const readInfo = (client) =>
  client
    .query(`SELECT params, built_at, seconds, stages, bench FROM ${INFO_TABLE} WHERE built_at IS NOT NULL ORDER BY built_at DESC LIMIT 1`)
    .then((r) => r.rows[0] ?? null)
    .catch(() => null);

// jsonb keeps keys in its own order: compare key by key.
const sameParams = (a, b) => Object.keys({ ...a, ...b }).every((key) => a?.[key] === b?.[key]);

/** `npm run recount` on the archive, as the app sees it; its report goes to the terminal. */
const recount = async (url, publicDir) => {
  const started = Date.now();
  progress.note('npm run recount: discussion columns, report counts and tallies from the rows...');
  await new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'recount'], {
      cwd: lib.appDir,
      env: { ...lib.appEnvironment(url, publicDir), LOG_LEVEL: 'error' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run recount exited ${code}`))));
  });
  const seconds = +((Date.now() - started) / 1000).toFixed(1);
  stages.push({ stage: 'npm run recount', rows: 0, seconds });
  progress.note(`recount done in ${seconds}s`);
};

const vacuum = async (client) => {
  const started = Date.now();
  progress.note('VACUUM ANALYZE...');
  await client.query('VACUUM ANALYZE');
  const seconds = +((Date.now() - started) / 1000).toFixed(1);
  stages.push({ stage: 'VACUUM ANALYZE', rows: 0, seconds });
  progress.note(`VACUUM ANALYZE done in ${seconds}s`);
};

/** A deterministic pseudo-random fraction in [0, 1) of an integer (no state, same archive each build). */
const fraction = (n) => {
  let x = (n * 2654435761) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x45d9f3b) >>> 0;
  x ^= x >>> 16;
  return x / 2 ** 32;
};

/** Comments per other article version: most a few, some hundreds; exactly `total` in all. */
const commentCounts = (versions, total) => {
  const weights = Array.from({ length: versions }, (_, i) => fraction(i + 1) ** 6);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w * total) / sum));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % versions, missing -= 1) counts[i] += 1;
  return counts;
};

const build = async (client, url, publicDir) => {
  const q = (text, params) => client.query(text, params);
  const one = async (text, params) => (await q(text, params)).rows[0];
  await q(`SET synchronous_commit = off`);
  await q(`SET maintenance_work_mem = '512MB'`);
  await q(`SET work_mem = '64MB'`);
  await q(`SET max_parallel_maintenance_workers = 2`);

  const demo = await one(
    `SELECT d.id AS draft_id, p.id AS pub_id, p.document_id, p.published_at
       FROM articles p JOIN articles d ON d.document_id = p.document_id AND d.locale = p.locale AND d.published_at IS NULL
      WHERE p.slug = $1 AND p.locale = 'en' AND p.published_at IS NOT NULL`,
    [DEMO_SLUG]
  );
  if (!demo) throw new Error('the demo article is missing: the app did not seed it');
  const base = {};
  for (const table of ['sections', 'authors', 'tags', 'people', 'quotes', 'files', 'images', 'articles', 'components_article_paragraphs', 'components_article_subheadings', 'components_article_images', 'components_article_quotes', 'comments', 'moderation_events', 'reactions']) {
    base[table] = Number((await one(`SELECT COALESCE(MAX(id), 0) AS n FROM ${table}`)).n);
  }

  const P = PARAMS;
  const versionsPerLocale = LOCALE_SHARES.map(([locale, share], i) => [locale, i === LOCALE_SHARES.length - 1 ? 0 : Math.round(P.articles * share)]);
  versionsPerLocale[versionsPerLocale.length - 1][1] = P.articles - versionsPerLocale.slice(0, -1).reduce((a, [, n]) => a + n, 0);
  const documents = versionsPerLocale[0][1];
  const otherCounts = commentCounts(P.articles, P.otherComments);
  const rows = {
    authors: P.authors,
    tags: P.tags,
    people: P.people,
    quotes: 2 * P.quotes,
    images: 3 * P.images,
    articles: 2 * P.articles,
    links: 2 * P.articles * 4,
    body: 2 * P.articles * (LAYOUT.length * 2 + 2),
    viral: P.viralComments * 5,
    comments: P.otherComments * 5,
    votes: P.viralVotes * 3,
    sections: SECTIONS * LOCALE_SHARES.length * 2 + Math.round(2 * P.articles * 1.2) + 30,
  };
  progress.setGrandTotal(Object.values(rows).reduce((a, b) => a + b, 0));

  // Words for titles and text.
  const sentences = [
    'Officials in Kabul said the talks would resume after the holiday.',
    'Residents described long queues at the border crossing since Monday.',
    'The ministry did not respond to repeated requests for comment.',
    'Aid agencies warned that the winter would be harder than the last.',
    'Prices of flour and cooking oil have doubled in the provincial markets.',
    'The council met behind closed doors for most of the afternoon.',
    'Several witnesses said they heard gunfire before dawn.',
    'Teachers in the district have not been paid for three months.',
    'The report cites interviews with more than two hundred families.',
    'Farmers say the new road has cut the journey to market by half.',
    'A spokesman said the investigation was still at an early stage.',
    'The decision was welcomed by rights groups and criticised by traders.',
  ];
  const sqlArray = (list) => `ARRAY[${list.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')}]`;
  const SENT = sqlArray(sentences);
  const pick = (expr) => `(${SENT})[1 + ((${expr}) % ${sentences.length})]`;
  const docId = (prefix, expr) => `substr(md5('${prefix}-' || (${expr})), 1, 24)`;

  // The versions: one row each, the ids of its draft and published article rows.
  progress.stage('articles: versions', P.articles);
  await q(`CREATE TEMP TABLE arch_versions (v int PRIMARY KEY, doc int, locale text, draft_id int, pub_id int, document_id text, slug text, published timestamp, moderation text)`);
  let v0 = 0;
  for (const [locale, count] of versionsPerLocale) {
    await q(
      `INSERT INTO arch_versions
       SELECT $1 + k, k, $2::text, $3 + 2 * ($1 + k) - 1, $3 + 2 * ($1 + k), ${docId('archive-article', 'k')},
              'archive-' || k || '-' || lower(regexp_replace(split_part(${pick('k * 7')}, ' ', 1) || '-' || split_part(${pick('k * 3 + 1')}, ' ', 2), '[^A-Za-z-]', '', 'g')),
              localtimestamp - (($4 - k) * interval '4 hours') - interval '1 day',
              CASE WHEN k % 10 = 0 THEN 'post' ELSE 'pre' END
         FROM generate_series(1, $5::int) k`,
      [v0, locale, base.articles, documents, count]
    );
    v0 += count;
  }
  progress.add(P.articles);
  finish();

  progress.stage('authors, tags, people, quotes', P.authors + P.tags + P.people + 2 * P.quotes);
  await q(
    `INSERT INTO authors (id, document_id, name, slug, bio, created_at, updated_at, published_at)
     SELECT $1 + g, ${docId('archive-author', 'g')}, 'Reporter ' || g, 'reporter-' || g, ${pick('g')}, t, t, t
       FROM generate_series(1, $2::int) g, LATERAL (SELECT localtimestamp - interval '6 years' AS t) x`,
    [base.authors, P.authors]
  );
  progress.add(P.authors);
  await q(
    `INSERT INTO tags (id, document_id, name, slug, created_at, updated_at, published_at)
     SELECT $1 + g, ${docId('archive-tag', 'g')}, 'Topic ' || g, 'topic-' || g, t, t, t
       FROM generate_series(1, $2::int) g, LATERAL (SELECT localtimestamp - interval '6 years' AS t) x`,
    [base.tags, P.tags]
  );
  progress.add(P.tags);
  await q(
    `INSERT INTO people (id, document_id, name, slug, current_title, organization, created_at, updated_at, published_at)
     SELECT $1 + g, ${docId('archive-person', 'g')}, 'Speaker ' || g, 'speaker-' || g, 'Spokesperson', 'Organisation ' || (g % 97), t, t, t
       FROM generate_series(1, $2::int) g, LATERAL (SELECT localtimestamp - interval '6 years' AS t) x`,
    [base.people, P.people]
  );
  progress.add(P.people);
  await q(
    `INSERT INTO quotes (id, document_id, text, speaker_role, said_on, said_where, created_at, updated_at, published_at)
     SELECT $1 + g, ${docId('archive-quote', 'g')}, ${pick('g')} || ' ' || ${pick('g * 5 + 2')}, 'Spokesperson',
            (localtimestamp - (g % 2000) * interval '1 day')::date, 'Kabul', t, t, t
       FROM generate_series(1, $2::int) g, LATERAL (SELECT localtimestamp - interval '6 years' AS t) x`,
    [base.quotes, P.quotes]
  );
  await q(
    `INSERT INTO quotes_speaker_lnk (quote_id, person_id, quote_ord)
     SELECT $1 + g, $2 + 1 + (g % $3), (g - 1) / $3 + 1 FROM generate_series(1, $4::int) g`,
    [base.quotes, base.people, P.people, P.quotes]
  );
  progress.add(2 * P.quotes);
  finish();

  progress.stage('images: upload files, images, links', 3 * P.images);
  const template = (await one(`SELECT formats FROM files ORDER BY id LIMIT 1`))?.formats;
  const formats = (name) =>
    template
      ? `jsonb_build_object(${Object.entries(template)
          .map(
            ([size, f]) =>
              `'${size}', jsonb_build_object('ext', '.jpg', 'url', '/uploads/${size}_' || ${name} || '.jpg', 'hash', '${size}_' || ${name}, 'mime', 'image/jpeg', 'name', '${size}_' || ${name} || '.jpg', 'path', null, 'size', ${f.size}, 'width', ${f.width}, 'height', ${f.height}, 'sizeInBytes', ${f.sizeInBytes})`
          )
          .join(', ')})`
      : 'NULL';
  for (let from = 1; from <= P.images; from += BATCH) {
    const to = Math.min(P.images, from + BATCH - 1);
    await q(
      `INSERT INTO files (id, document_id, name, alternative_text, caption, width, height, formats, hash, ext, mime, size, url, provider, folder_path, created_at, updated_at, published_at)
       SELECT $1 + g, ${docId('archive-file', 'g')}, h || '.jpg', 'Archive photo ' || g, ${pick('g')}, 1200, 800, ${formats('h')},
              h, '.jpg', 'image/jpeg', 42.63, '/uploads/' || h || '.jpg', 'local', '/', t, t, t
         FROM generate_series($2::int, $3::int) g,
              LATERAL (SELECT 'archive_photo_' || g || '_' || substr(md5('h' || g), 1, 10) AS h, localtimestamp - interval '5 years' + g * interval '1 hour' AS t) x`,
      [base.files, from, to]
    );
    await q(
      `INSERT INTO images (id, document_id, caption, credit, alt, created_at, updated_at, published_at)
       SELECT $1 + g, ${docId('archive-image', 'g')}, ${pick('g + 3')}, 'Staff photographer ' || (g % 40), 'Archive photo ' || g, t, t, t
         FROM generate_series($2::int, $3::int) g, LATERAL (SELECT localtimestamp - interval '5 years' + g * interval '1 hour' AS t) x`,
      [base.images, from, to]
    );
    await q(
      `INSERT INTO files_related_mph (file_id, related_id, related_type, field, "order")
       SELECT $1 + g, $2 + g, 'api::image.image', 'file', 1 FROM generate_series($3::int, $4::int) g`,
      [base.files, base.images, from, to]
    );
    progress.add(3 * (to - from + 1));
  }
  finish();

  progress.stage('articles: draft and published rows', 2 * P.articles);
  await q(
    `INSERT INTO articles (id, document_id, title, slug, summary, dateline, comments_enabled, comment_moderation, created_at, updated_at, published_at, first_published_at, locale)
     SELECT r.id, v.document_id,
            CASE v.locale WHEN 'en' THEN 'Archive report ' || v.doc || ': ' || ${pick('v.doc')}
                          WHEN 'fa-AF' THEN 'گزارش آرشیف ' || v.doc WHEN 'ps' THEN 'د آرشیف راپور ' || v.doc ELSE 'آرکائیو رپورٹ ' || v.doc END,
            v.slug, ${pick('v.doc + 5')}, 'KABUL', true, v.moderation, v.published - interval '2 hours', v.published,
            CASE WHEN r.draft THEN NULL ELSE v.published END, v.published, v.locale
       FROM arch_versions v CROSS JOIN LATERAL (VALUES (v.draft_id, true), (v.pub_id, false)) AS r(id, draft)`
  );
  progress.add(2 * P.articles);
  finish();

  progress.stage('articles: bylines, tags, hero photos', rows.links);
  const articleRows = `arch_versions v CROSS JOIN LATERAL (VALUES (v.draft_id), (v.pub_id)) AS r(id)`;
  await q(
    `INSERT INTO articles_byline_lnk (article_id, author_id, author_ord, article_ord)
     SELECT id, author, ord, row_number() OVER (PARTITION BY author ORDER BY id)
       FROM (SELECT r.id, $1 + 1 + (v.doc * 37) % $2 AS author, 1 AS ord FROM ${articleRows}
             UNION ALL
             SELECT r.id, $1 + 1 + (v.doc * 37 + 1) % $2, 2 FROM ${articleRows} WHERE v.doc % 3 = 0) b
      ORDER BY id, ord`,
    [base.authors, P.authors]
  );
  await q(
    `INSERT INTO articles_tags_lnk (article_id, tag_id, tag_ord, article_ord)
     SELECT id, tag, ord, row_number() OVER (PARTITION BY tag ORDER BY id)
       FROM (SELECT r.id, $1 + 1 + v.doc % $2 AS tag, 1 AS ord FROM ${articleRows}
             UNION ALL
             SELECT r.id, $1 + 1 + (v.doc % $2 + 1 + (v.doc * 7) % ($2 - 1)) % $2, 2 FROM ${articleRows}) t
      ORDER BY id, ord`,
    [base.tags, P.tags]
  );
  await q(
    `INSERT INTO articles_hero_image_lnk (article_id, image_id, article_ord)
     SELECT id, image, row_number() OVER (PARTITION BY image ORDER BY id)
       FROM (SELECT r.id, $1 + 1 + (v.doc * 7919) % $2 AS image FROM ${articleRows}) h ORDER BY id`,
    [base.images, P.images]
  );
  progress.add(rows.links);
  finish();

  // Sections: a tree of top-level sections with three to five subsections each (World and Asia are
  // the demo's), every section in the four locales (i18n: one row per locale version, no draft
  // rows: draftAndPublish is off, so published_at is set), each version's parent link to the
  // parent's version in its own locale. Every article version links its primary section (and one
  // in five a further section) in its own locale, draft and published rows alike, as the document
  // service writes a relation set in each locale.
  progress.stage('sections, their links, fronts', rows.sections);
  const existing = (await q(`SELECT id, document_id, slug, name, "order", locale FROM sections ORDER BY id`)).rows;
  const tree = [];
  for (const [t, [name, subs]] of SECTION_TREE.entries()) {
    const old = existing.find((s) => s.slug === slugOf(name) && s.locale === 'en');
    tree.push({ name, slug: slugOf(name), order: t, parent: null, document_id: old?.document_id ?? null, id: old?.id ?? null });
    const top = tree[tree.length - 1];
    for (const [o, sub] of subs.entries()) {
      const kept = existing.find((s) => s.slug === slugOf(sub) && s.locale === 'en');
      tree.push({ name: sub, slug: slugOf(sub), order: o, parent: top, document_id: kept?.document_id ?? null, id: kept?.id ?? null });
    }
  }
  let nextSection = base.sections;
  const sectionRows = [];
  for (const [i, s] of tree.entries()) {
    s.document_id ??= (await one(`SELECT ${docId('archive-section', '$1::int')} AS d`, [i])).d;
    s.rows = {};
    for (const [locale] of LOCALE_SHARES) {
      const kept = existing.find((e) => e.document_id === s.document_id && e.locale === locale);
      s.rows[locale] = kept ? kept.id : (nextSection += 1);
      if (!kept) sectionRows.push([s.rows[locale], s.document_id, locale === 'en' ? s.name : `${s.name} (${locale})`, s.slug, `${s.name}: the desk's reporting.`, s.order, locale]);
    }
  }
  await q(
    `INSERT INTO sections (id, document_id, name, slug, description, "order", created_at, updated_at, published_at, locale)
     SELECT id, d, n, s, descr, o, t, t, t, l
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[]) AS x(id, d, n, s, descr, o, l),
            LATERAL (SELECT localtimestamp - interval '7 years' AS t) y`,
    sectionRows[0] ? [0, 1, 2, 3, 4, 5, 6].map((c) => sectionRows.map((r) => r[c])) : [[], [], [], [], [], [], []]
  );
  const parentLinks = tree.flatMap((s) => (s.parent ? LOCALE_SHARES.map(([locale]) => [s.rows[locale], s.parent.rows[locale]]) : []));
  await q(
    `INSERT INTO sections_parent_lnk (section_id, inv_section_id)
     SELECT c, p FROM unnest($1::int[], $2::int[]) AS x(c, p) ON CONFLICT DO NOTHING`,
    [parentLinks.map((l) => l[0]), parentLinks.map((l) => l[1])]
  );
  progress.add(sectionRows.length + parentLinks.length);

  // Primary section per document: skewed (the first desks busiest), mostly a subsection, one in
  // seven the top-level section itself; a further section for one document in five.
  const tops = tree.filter((s) => !s.parent);
  // fraction() can be negative (its xor is a signed 32-bit one): folded into [0, 1) here.
  const share = (n) => (fraction(n) + 1) % 1;
  const placeOf = (doc) => {
    const top = tops[Math.floor(share(doc * 3 + 1) ** 1.6 * tops.length)];
    const subs = tree.filter((s) => s.parent === top);
    return share(doc * 5 + 2) < 1 / 7 ? top : subs[Math.floor(share(doc * 7 + 3) * subs.length)];
  };
  const primary = [];
  const further = [];
  for (let doc = 1; doc <= documents; doc += 1) {
    const p = placeOf(doc);
    primary.push(tree.indexOf(p));
    let f = -1;
    if (share(doc * 11 + 4) < 0.2) {
      const other = tree[Math.floor(share(doc * 13 + 5) * tree.length)];
      f = other === p ? -1 : tree.indexOf(other);
    }
    further.push(f);
  }
  const rowOf = (index, locale) => tree[index].rows[locale];
  await q(`CREATE TEMP TABLE arch_places (doc int PRIMARY KEY, primary_ix int, further_ix int)`);
  await q(`INSERT INTO arch_places SELECT d, p, f FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS x(p, f, d)`, [primary, further]);
  await q(`CREATE TEMP TABLE arch_section_rows (ix int, locale text, id int, PRIMARY KEY (ix, locale))`);
  const sr = tree.flatMap((s, ix) => LOCALE_SHARES.map(([locale]) => [ix, locale, rowOf(ix, locale)]));
  await q(`INSERT INTO arch_section_rows SELECT * FROM unnest($1::int[], $2::text[], $3::int[])`, [sr.map((r) => r[0]), sr.map((r) => r[1]), sr.map((r) => r[2])]);
  const linked = await q(
    `INSERT INTO articles_section_lnk (article_id, section_id)
     SELECT r.id, s.id FROM ${articleRows} JOIN arch_places p ON p.doc = v.doc JOIN arch_section_rows s ON s.ix = p.primary_ix AND s.locale = v.locale
      ORDER BY r.id`
  );
  const linkedFurther = await q(
    `INSERT INTO articles_sections_lnk (article_id, section_id, section_ord)
     SELECT r.id, s.id, 1 FROM ${articleRows} JOIN arch_places p ON p.doc = v.doc AND p.further_ix >= 0
       JOIN arch_section_rows s ON s.ix = p.further_ix AND s.locale = v.locale
      ORDER BY r.id`
  );
  progress.add(linked.rowCount + linkedFurther.rowCount);

  // Fronts (not localized, no draft rows): the home front (the demo's, its pick kept) gets five
  // more picks, the newest stories of the busiest desks and an older one; three sections get a
  // front of their own with three picks each. A pick links the document's draft and published rows.
  const newest = async (ix, n, skip = 0) =>
    (
      await q(
        `SELECT v.draft_id, v.pub_id FROM arch_versions v JOIN arch_places p ON p.doc = v.doc
          WHERE v.locale = 'en' AND (p.primary_ix = ANY($1::int[])) ORDER BY v.published DESC OFFSET $2 LIMIT $3`,
        [tree.map((s, i) => i).filter((i) => i === ix || tree[i].parent === tree[ix]), skip, n]
      )
    ).rows;
  const home = await one(`SELECT f.id FROM fronts f WHERE NOT EXISTS (SELECT 1 FROM fronts_section_lnk l WHERE l.front_id = f.id) ORDER BY f.id LIMIT 1`);
  const frontPicks = [];
  const now = `localtimestamp`;
  let homeId = home?.id;
  if (!homeId) homeId = (await one(`INSERT INTO fronts (document_id, name, fill, created_at, updated_at, published_at) VALUES (${docId('archive-front', '0')}, 'Home', 20, ${now}, ${now}, ${now}) RETURNING id`)).id;
  const homeOrd = Math.ceil(Number((await one(`SELECT COALESCE(MAX(article_ord), 0) AS n FROM fronts_picks_lnk WHERE front_id = $1`, [homeId])).n) / 2);
  const homePicks = [...(await newest(0, 2)), ...(await newest(tree.indexOf(tops[1]), 2)), ...(await newest(tree.indexOf(tops[2]), 1, 40))];
  homePicks.forEach((pick, i) => frontPicks.push([homeId, pick, homeOrd + i + 1]));
  for (const [k, top] of tops.slice(0, 3).entries()) {
    const front = await one(
      `INSERT INTO fronts (document_id, name, fill, created_at, updated_at, published_at)
       VALUES (${docId('archive-front', '$1::int')}, $2, 20, ${now}, ${now}, ${now}) RETURNING id`,
      [k + 1, `${top.name} front`]
    );
    await q(`INSERT INTO fronts_section_lnk (front_id, section_id) VALUES ($1, $2)`, [front.id, top.rows.en]);
    (await newest(tree.indexOf(top), 3, 1)).forEach((pick, i) => frontPicks.push([front.id, pick, i + 1]));
  }
  // Each row its own place in the list, as the admin panel writes them (the demo's pick: 1 and 2).
  const pickRows = frontPicks.flatMap(([front, pick, ord]) => [[front, pick.draft_id, 2 * ord - 1], [front, pick.pub_id, 2 * ord]]);
  await q(
    `INSERT INTO fronts_picks_lnk (front_id, article_id, article_ord) SELECT * FROM unnest($1::int[], $2::int[], $3::float8[])`,
    [pickRows.map((r) => r[0]), pickRows.map((r) => r[1]), pickRows.map((r) => r[2])]
  );
  progress.add(pickRows.length + 4);
  finish();

  // Body: per article row r (0-based, in id order), its own component rows, as Strapi copies them on publish.
  progress.stage('articles: body components', rows.body);
  await q(`CREATE TEMP TABLE arch_rows AS SELECT r.id, v.doc, (row_number() OVER (ORDER BY r.id) - 1)::int AS r FROM ${articleRows}`);
  const rowCount = 2 * P.articles;
  for (let from = 0; from < rowCount; from += BATCH / 5) {
    const to = Math.min(rowCount, from + BATCH / 5) - 1;
    const range = [from, to];
    await q(
      `INSERT INTO components_article_paragraphs (id, text)
       SELECT $1 + a.r * ${PARAGRAPHS} + k,
              jsonb_build_array(jsonb_build_object('type', 'paragraph', 'children', jsonb_build_array(jsonb_build_object('type', 'text', 'text',
                ${pick('a.doc * 11 + k')} || ' ' || ${pick('a.doc * 5 + k * 3 + 1')} || ' ' || ${pick('a.doc + k * 7 + 2')}))))
         FROM arch_rows a, generate_series(1, ${PARAGRAPHS}) k WHERE a.r BETWEEN $2 AND $3`,
      [base.components_article_paragraphs, ...range]
    );
    await q(
      `INSERT INTO components_article_subheadings (id, text) SELECT $1 + a.r + 1, 'Part ' || a.doc FROM arch_rows a WHERE a.r BETWEEN $2 AND $3`,
      [base.components_article_subheadings, ...range]
    );
    await q(`INSERT INTO components_article_images (id) SELECT $1 + a.r + 1 FROM arch_rows a WHERE a.r BETWEEN $2 AND $3`, [base.components_article_images, ...range]);
    await q(
      `INSERT INTO components_article_images_image_lnk (image_id, inv_image_id)
       SELECT $1 + a.r + 1, $2 + 1 + (a.doc * 31 + 7) % $3 FROM arch_rows a WHERE a.r BETWEEN $4 AND $5`,
      [base.components_article_images, base.images, P.images, ...range]
    );
    await q(
      `INSERT INTO components_article_quotes (id, attribution, display, continues_paragraph)
       SELECT $1 + a.r + 1, 'the spokesman said.', CASE WHEN a.doc % 4 = 0 THEN 'pullquote' ELSE 'inline' END, false
         FROM arch_rows a WHERE a.r BETWEEN $2 AND $3`,
      [base.components_article_quotes, ...range]
    );
    await q(
      `INSERT INTO components_article_quotes_quote_lnk (quote_id, inv_quote_id)
       SELECT $1 + a.r + 1, $2 + 1 + (a.doc * 17) % $3 FROM arch_rows a WHERE a.r BETWEEN $4 AND $5`,
      [base.components_article_quotes, base.quotes, P.quotes, ...range]
    );
    // The dynamic zone: position n of LAYOUT; the k-th paragraph is the k-th 'P'.
    const positions = LAYOUT.map((kind, i) => ({ kind, order: i + 1, k: LAYOUT.slice(0, i + 1).filter((b) => b === 'P').length }));
    const values = positions.map((p) => `(${p.order}, '${p.kind}', ${p.k})`).join(', ');
    await q(
      `INSERT INTO articles_cmps (entity_id, cmp_id, component_type, field, "order")
       SELECT a.id,
              CASE l.kind WHEN 'P' THEN $1 + a.r * ${PARAGRAPHS} + l.k WHEN 'S' THEN $2 + a.r + 1 WHEN 'I' THEN $3 + a.r + 1 ELSE $4 + a.r + 1 END,
              CASE l.kind WHEN 'P' THEN 'article.paragraph' WHEN 'S' THEN 'article.subheading' WHEN 'I' THEN 'article.image' ELSE 'article.quote' END,
              'body', l.ord
         FROM arch_rows a, (VALUES ${values}) AS l(ord, kind, k) WHERE a.r BETWEEN $5 AND $6 ORDER BY a.id, l.ord`,
      [base.components_article_paragraphs, base.components_article_subheadings, base.components_article_images, base.components_article_quotes, ...range]
    );
    progress.add((to - from + 1) * (LAYOUT.length * 2 + 2));
  }
  finish();

  // Big tables: secondary indexes and constraints off for the load, back on after it.
  const constraints = (
    await q(
      `SELECT conrelid::regclass::text AS tbl, conname, contype, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE conrelid = ANY($1::regclass[]) AND contype IN ('f', 'u') ORDER BY contype DESC`,
      [BIG_TABLES]
    )
  ).rows;
  const indexes = (
    await q(
      `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
        WHERE indrelid = ANY($1::regclass[]) AND NOT indisprimary
          AND indexrelid NOT IN (SELECT conindid FROM pg_constraint WHERE contype IN ('p', 'u', 'x'))`,
      [BIG_TABLES]
    )
  ).rows;
  for (const c of constraints.filter((x) => x.contype === 'f')) await q(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${lib.quoteIdent(c.conname)}`);
  for (const c of constraints.filter((x) => x.contype === 'u')) await q(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${lib.quoteIdent(c.conname)}`);
  for (const i of indexes) await q(`DROP INDEX ${i.name}`);
  progress.note(`load: ${indexes.length} indexes and ${constraints.length} constraints of ${BIG_TABLES.length} tables set aside`);

  // Discussions: the viral article first, then every archive version with its count.
  await q(
    `CREATE TEMP TABLE arch_targets (t int PRIMARY KEY, document_id text, locale text, draft_id int, pub_id int, n int, first_id int, start_ts timestamp, span interval)`
  );
  await q(
    `INSERT INTO arch_targets VALUES (0, $1, 'en', $2, $3, $4, $5 + 1, $6::timestamp + interval '10 minutes', interval '10 days')`,
    [demo.document_id, demo.draft_id, demo.pub_id, P.viralComments, base.comments, demo.published_at]
  );
  await q(
    `INSERT INTO arch_targets
     SELECT v.v, v.document_id, v.locale, v.draft_id, v.pub_id, c.n, $1 + 1 + c.before, v.published + interval '5 minutes', interval '3 days'
       FROM arch_versions v JOIN unnest($2::int[], $3::int[]) WITH ORDINALITY AS c(n, before, v) ON c.v = v.v`,
    [base.comments + P.viralComments, otherCounts, otherCounts.reduce((acc, n, i) => (acc.push(i ? acc[i - 1] + otherCounts[i - 1] : 0), acc), [])]
  );

  // Threads in fours: a comment, a reply, a reply to the reply, a second reply to the comment.
  const insertComments = async (tFrom, tTo, iFrom, iTo) => {
    const params = [tFrom, tTo, iFrom, iTo];
    const source = `FROM arch_targets t CROSS JOIN LATERAL generate_series(GREATEST(1, $3::int), LEAST(t.n, $4::int)) i
                    CROSS JOIN LATERAL (SELECT t.first_id + i - 1 AS id, (i - 1) % 4 AS pos,
                                               (((t.first_id + i - 1)::bigint * 2654435761) % 1000) AS h) c
                    WHERE t.t BETWEEN $1 AND $2`;
    const status = `CASE WHEN c.h < 900 THEN 'approved' WHEN c.h < 950 THEN 'pending' WHEN c.h < 975 THEN 'rejected' ELSE 'spam' END`;
    const at = `(t.start_ts + t.span * i / GREATEST(t.n, 1))`;
    const r = await q(
      `INSERT INTO comments (id, document_id, author_name, author_email, body, moderation_status, moderated_by, moderated_at, moderation_note,
                             report_count, discussion, depth, thread, created_at, updated_at, published_at)
       SELECT c.id, ${docId('archive-comment', 'c.id')}, 'Reader ' || (c.id % 90001), 'reader' || (c.id % 90001) || '@example.org',
              ${pick('c.id')} || ' ' || ${pick('c.id / 7')}, ${status},
              CASE WHEN c.h BETWEEN 900 AND 949 THEN 'system' ELSE 'desk@newsroom.test (moderator #1)' END,
              ${at} + CASE WHEN c.h BETWEEN 900 AND 949 THEN interval '0' ELSE interval '20 minutes' END,
              CASE WHEN c.h BETWEEN 900 AND 949 THEN 'Pre-moderation: waits for a moderator.' END,
              0, t.document_id || ':' || t.locale, (ARRAY[0, 1, 2, 1])[c.pos + 1], c.id - c.pos, ${at}, ${at}, ${at}
       ${source}`,
      params
    );
    await q(
      `INSERT INTO comments_article_lnk (comment_id, article_id) SELECT c.id, a.article ${source.replace('WHERE', ', LATERAL (VALUES (t.draft_id), (t.pub_id)) AS a(article) WHERE')}`,
      params
    );
    await q(
      `INSERT INTO comments_parent_lnk (comment_id, inv_comment_id, comment_ord)
       SELECT c.id, c.id - (ARRAY[0, 1, 1, 3])[c.pos + 1], (ARRAY[0, 1, 1, 2])[c.pos + 1] ${source} AND c.pos > 0`,
      params
    );
    await q(
      `INSERT INTO moderation_events (id, document_id, from_status, to_status, note, actor, actor_type, created_at, updated_at, published_at)
       SELECT $5 + c.id, ${docId('archive-event', 'c.id')}, CASE WHEN c.h BETWEEN 900 AND 949 THEN NULL ELSE 'pending' END, ${status},
              CASE WHEN c.h BETWEEN 900 AND 949 THEN 'Pre-moderation: waits for a moderator.' END,
              CASE WHEN c.h BETWEEN 900 AND 949 THEN 'system' ELSE 'desk@newsroom.test (moderator #1)' END,
              CASE WHEN c.h BETWEEN 900 AND 949 THEN 'system' ELSE 'moderator' END, ${at}, ${at}, ${at}
       ${source}`,
      [...params, base.moderation_events - base.comments]
    );
    await q(
      `INSERT INTO moderation_events_comment_lnk (moderation_event_id, comment_id, moderation_event_ord) SELECT $5 + c.id, c.id, 1 ${source}`,
      [...params, base.moderation_events - base.comments]
    );
    return r.rowCount;
  };

  progress.stage('viral article: comments, links, moderation events', rows.viral);
  for (let i = 1; i <= P.viralComments; i += BATCH) {
    const n = await insertComments(0, 0, i, i + BATCH - 1);
    progress.add(n * 5);
  }
  finish();

  progress.stage('archive comments: comments, links, moderation events', rows.comments);
  for (let t = 1; t <= P.articles; ) {
    let n = 0;
    let last = t;
    while (last <= P.articles && n + otherCounts[last - 1] <= BATCH) n += otherCounts[(last += 1) - 2];
    if (last === t) last = t + 1; // one article bigger than a batch: on its own
    const inserted = await insertComments(t, last - 1, 1, 2 ** 31 - 1);
    progress.add(inserted * 5);
    t = last;
  }
  finish();

  progress.stage('viral article: votes and their links', rows.votes);
  for (let from = 1; from <= P.viralVotes; from += BATCH * 2) {
    const to = Math.min(P.viralVotes, from + BATCH * 2 - 1);
    await q(
      `INSERT INTO reactions (id, document_id, value, voter_key, ballot, created_at, updated_at, published_at)
       SELECT $1 + g, ${docId('archive-reaction', 'g')}, CASE WHEN g % 10 < 7 THEN 'like' ELSE 'dislike' END, k, $2 || ':en:' || k, t, t, t
         FROM generate_series($3::int, $4::int) g,
              LATERAL (SELECT md5('voter-' || g) || md5('key-' || g) AS k, $5::timestamp + interval '10 days' * g / $6 AS t) x`,
      [base.reactions, demo.document_id, from, to, demo.published_at, P.viralVotes]
    );
    await q(
      `INSERT INTO reactions_article_lnk (reaction_id, article_id)
       SELECT $1 + g, a FROM generate_series($2::int, $3::int) g, LATERAL (VALUES ($4::int), ($5::int)) AS x(a)`,
      [base.reactions, from, to, demo.draft_id, demo.pub_id]
    );
    progress.add(3 * (to - from + 1));
  }
  finish();

  progress.stage('indexes and constraints, made again', indexes.length + constraints.length);
  for (const i of indexes) {
    await q(i.def);
    progress.add(1);
  }
  for (const c of [...constraints.filter((x) => x.contype === 'u'), ...constraints.filter((x) => x.contype === 'f')]) {
    await q(`ALTER TABLE ${c.tbl} ADD CONSTRAINT ${lib.quoteIdent(c.conname)} ${c.def}`);
    progress.add(1);
  }
  finish();

  // Every sequence past the ids written here.
  const sequences = (
    await q(
      `SELECT table_name AS tbl, pg_get_serial_sequence(quote_ident(table_name), 'id') AS seq FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'id' AND column_default LIKE 'nextval%'`
    )
  ).rows;
  for (const { tbl, seq } of sequences) await q(`SELECT setval($1, GREATEST((SELECT COALESCE(MAX(id), 0) FROM ${lib.quoteIdent(tbl)}), 1))`, [seq]);

  // The benchmark's ordinary article: English, pre-moderated, the one nearest 300 comments.
  const ordinary = await one(
    `SELECT v.slug, v.locale, t.n AS comments FROM arch_targets t JOIN arch_versions v ON v.v = t.t
      WHERE v.locale = 'en' AND v.moderation = 'pre' ORDER BY abs(t.n - $1), v.v LIMIT 1`,
    [Math.min(300, Math.round(P.otherComments / P.articles) * 6)]
  );
  // The benchmark's lists: the busiest top-level section (its subsections' stories counted), the
  // author and the tag with the most English stories.
  const busiest = async (sql) => (await one(sql)).slug;
  const lists = {
    section: await busiest(
      `SELECT top.slug FROM articles a
         JOIN articles_section_lnk l ON l.article_id = a.id JOIN sections s ON s.id = l.section_id
         LEFT JOIN sections_parent_lnk pl ON pl.section_id = s.id LEFT JOIN sections parent ON parent.id = pl.inv_section_id
         JOIN sections top ON top.id = COALESCE(parent.id, s.id)
        WHERE a.locale = 'en' AND a.published_at IS NOT NULL GROUP BY top.slug ORDER BY count(*) DESC, top.slug LIMIT 1`
    ),
    author: await busiest(
      `SELECT au.slug FROM articles a JOIN articles_byline_lnk l ON l.article_id = a.id JOIN authors au ON au.id = l.author_id
        WHERE a.locale = 'en' AND a.published_at IS NOT NULL GROUP BY au.slug ORDER BY count(*) DESC, au.slug LIMIT 1`
    ),
    tag: await busiest(
      `SELECT t.slug FROM articles a JOIN articles_tags_lnk l ON l.article_id = a.id JOIN tags t ON t.id = l.tag_id
        WHERE a.locale = 'en' AND a.published_at IS NOT NULL GROUP BY t.slug ORDER BY count(*) DESC, t.slug LIMIT 1`
    ),
  };
  return { viral: { slug: DEMO_SLUG, locale: 'en', comments: P.viralComments, votes: P.viralVotes }, ordinary, lists };
};

const main = async () => {
  const started = Date.now();
  lib.buildIfNeeded();
  const url = lib.databaseUrl(DATABASE);
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-archive-public-'));
  fs.mkdirSync(path.join(publicDir, 'uploads'));
  try {
    if (await lib.databaseExists(DATABASE)) {
      const info = await lib.withClient(url, readInfo);
      const complete = info && sameParams(info.params, PARAMS);
      if (RECOUNT_ONLY) {
        if (!info) throw new Error(`${DATABASE} is not a complete archive: run npm run bench:archive first`);
        await recount(url, publicDir);
        await lib.withClient(url, vacuum);
        say(`recount and VACUUM ANALYZE done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
        return;
      }
      if (complete && !REBUILD) {
        say(`${DATABASE} is complete (built ${new Date(info.built_at).toISOString()} in ${info.seconds}s): kept. --rebuild builds it again.`);
        return;
      }
      say(REBUILD ? `dropping ${DATABASE} (--rebuild)` : `${DATABASE} is ${info ? 'of other parameters' : 'incomplete'}: dropping it`);
      await lib.dropDatabase(DATABASE);
    } else if (RECOUNT_ONLY) {
      throw new Error(`there is no ${DATABASE}: run npm run bench:archive first`);
    }

    say(`building ${DATABASE}: ${JSON.stringify(PARAMS)}`);
    await lib.createDatabase(DATABASE);
    progress.stage('schema: the app starts once on the empty database (schema, locales, demo article)');
    const app = await lib.startApp('app (schema and demo)', url, publicDir, {});
    await lib.stop(app.child);
    finish();

    const bench = await lib.withClient(url, async (client) => {
      const found = await build(client, url, publicDir);
      return found;
    });
    await recount(url, publicDir);
    await lib.withClient(url, async (client) => {
      await vacuum(client);
      const seconds = +((Date.now() - started) / 1000).toFixed(1);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${INFO_TABLE} (params jsonb NOT NULL, built_at timestamptz, seconds numeric, stages jsonb, bench jsonb)`
      );
      await client.query(`INSERT INTO ${INFO_TABLE} (params, built_at, seconds, stages, bench) VALUES ($1, now(), $2, $3, $4)`, [
        JSON.stringify(PARAMS),
        seconds,
        JSON.stringify(stages),
        JSON.stringify(bench),
      ]);
      const size = (await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS s`)).rows[0].s;
      say(`${DATABASE} built in ${seconds}s (${size}); viral: ${bench.viral.slug}; ordinary: ${bench.ordinary.slug} (${bench.ordinary.comments} comments)`);
      for (const s of stages) say(`  ${s.stage.padEnd(52)} ${String(s.rows.toLocaleString('en-US')).padStart(10)} rows  ${String(s.seconds).padStart(6)}s`);
    });
  } finally {
    fs.rmSync(publicDir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  progress.done();
  console.error(error);
  process.exit(1);
});
