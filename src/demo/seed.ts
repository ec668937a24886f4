import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { placeholderJpeg } from './placeholder-photo';
import { referenceArticle, type DemoBlock, type DemoImage, type DemoPerson } from './reference-article';
import { referenceArticleFa } from './reference-article-fa';

/**
 * Seeds the reference article, complete, and its demo translation into Dari (fa-AF), through the same services an editor's actions use
 * (document service, upload service). Every piece is found before it is created, so a run that
 * was interrupted half-way finishes the job instead of duplicating it.
 */

const STORE = { type: 'core', name: 'newsroom', key: 'demo-seeded' } as const;
const ARTICLE = 'api::article.article';
const SECTION = 'api::section.section';

/** What the store remembers of the seeding; `sections` is missing where it ran before sections existed. */
interface DemoMark {
  documentId?: string;
  at?: string;
  sections?: boolean;
  /** Whether the Dari demo translation was offered (it is added once; an editor may delete it). */
  translations?: boolean;
}

type Strapi = Core.Strapi;

const findOrCreate = async <T extends { documentId: string }>(
  find: () => Promise<T | null>,
  create: () => Promise<T>
): Promise<T> => (await find()) ?? create();

const uploadImage = async (strapi: Strapi, image: DemoImage): Promise<string> => {
  const existing = await strapi.documents('api::image.image').findFirst({
    filters: { caption: image.caption, credit: image.credit },
  });
  if (existing) return existing.documentId;

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-seed-'));
  const filepath = path.join(dir, `${image.key}.jpg`);
  try {
    const jpeg = await placeholderJpeg(image.label, image.credit);
    await fs.writeFile(filepath, jpeg);
    const [file] = (await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name: `${image.key}.jpg`, alternativeText: image.alt, caption: image.caption } },
      files: { filepath, originalFilename: `${image.key}.jpg`, mimetype: 'image/jpeg', size: jpeg.length },
    })) as Array<{ id: number }>;
    const created = await strapi.documents('api::image.image').create({
      data: { file: file.id, caption: image.caption, credit: image.credit, alt: image.alt },
    });
    return created.documentId;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
};

const paragraphBlocks = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }];

/** World, then Asia under it, each found by its slug before it is made: the demo article's section (Asia) and how many were made. */
export const seedDemoSections = async (strapi: Strapi): Promise<{ section: string; created: number }> => {
  let section: string | undefined;
  let created = 0;
  for (const { name, slug, order } of referenceArticle.sections) {
    const parent = section;
    const found = await findOrCreate(
      () => strapi.documents('api::section.section').findFirst({ filters: { slug }, locale: 'en' }),
      () => {
        created += 1;
        return strapi.documents('api::section.section').create({ locale: 'en', data: { name, slug, order, parent } });
      }
    );
    section = found.documentId;
  }
  if (!section) throw new Error('The demo names no section.');
  return { section, created };
};

/** The people quoted, each found by the slug of their name before it is made: key → documentId. */
const seedPeople = async (strapi: Strapi, people: DemoPerson[]): Promise<Map<string, string>> => {
  const found = new Map<string, string>();
  for (const person of people) {
    const slug = person.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const existing = await findOrCreate(
      () => strapi.documents('api::person.person').findFirst({ filters: { slug } }),
      () =>
        strapi.documents('api::person.person').create({
          data: { name: person.name, slug, currentTitle: person.currentTitle, organization: person.organization },
        })
    );
    found.set(person.key, existing.documentId);
  }
  return found;
};

/** Body blocks as the article's dynamic zone: each quote a Quote found (by its words and speaker) before it is made. */
const demoBody = async (strapi: Strapi, blocks: DemoBlock[], images: Map<string, string>, people: Map<string, string>) => {
  const quoteFor = async (block: Extract<DemoBlock, { type: 'quote' }>): Promise<string> => {
    const speaker = people.get(block.speaker);
    const found = await findOrCreate(
      () => strapi.documents('api::quote.quote').findFirst({ filters: { text: block.text, speaker: { documentId: speaker } } }),
      () =>
        strapi.documents('api::quote.quote').create({
          data: {
            text: block.text,
            speaker,
            speakerRole: block.role,
            saidOn: block.saidOn,
            saidWhere: block.saidWhere,
          },
        })
    );
    return found.documentId;
  };

  const body = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        body.push({ __component: 'article.paragraph' as const, text: paragraphBlocks(block.text) });
        break;
      case 'subheading':
        body.push({ __component: 'article.subheading' as const, text: block.text });
        break;
      case 'image':
        body.push({ __component: 'article.image' as const, image: images.get(block.image) });
        break;
      case 'quote':
        body.push({
          __component: 'article.quote' as const,
          quote: await quoteFor(block),
          attribution: block.attribution ?? undefined,
          display: block.display ?? 'inline',
          continuesParagraph: block.continuesParagraph ?? false,
        });
        break;
    }
  }
  return body;
};

/**
 * The demo translation into Dari as the demo document's fa-AF version, published: the same
 * document (one slug in every locale, so at /fa-AF/articles/<slug>), its own words, quotes and
 * captioned photos, the byline, tags and section shared (api/article/translations.ts). Nothing
 * when the document has a fa-AF version already or the newsroom has no fa-AF locale.
 */
export const seedDariTranslation = async (strapi: Strapi, documentId: string): Promise<boolean> => {
  const demo = referenceArticleFa;
  if (!(await strapi.plugin('i18n').service('locales').findByCode(demo.locale))) return false;
  const existing = await strapi.db.query(ARTICLE).findOne({ select: ['id'], where: { documentId, locale: demo.locale } });
  if (existing) return false;

  // Named before the story is published, so its section path (kept with it) is in Dari from the start.
  await nameDemoSections(strapi, demo.locale, demo.sectionNames);
  const images = new Map<string, string>();
  for (const image of demo.images) images.set(image.key, await uploadImage(strapi, image));
  const body = await demoBody(strapi, demo.body, images, await seedPeople(strapi, referenceArticle.people));
  await strapi.documents(ARTICLE).update({
    documentId,
    locale: demo.locale,
    data: { title: demo.title, summary: demo.summary, dateline: demo.dateline, heroImage: images.get(demo.heroImage), body },
  });
  await strapi.documents(ARTICLE).publish({ documentId, locale: demo.locale });
  return true;
};

/**
 * The demo's sections named in the translation's language, so the Dari page's navigation and
 * breadcrumb read in Dari; a section an editor has already named in that language is left alone.
 */
const nameDemoSections = async (strapi: Strapi, locale: string, names: Record<string, string>): Promise<void> => {
  for (const { slug } of referenceArticle.sections) {
    const name = names[slug];
    const section = await strapi.documents(SECTION).findFirst({ filters: { slug }, locale: 'en', populate: { parent: { fields: ['documentId'] } } });
    if (!name || !section?.slug) continue;
    const named = await strapi.db.query(SECTION).findOne({ select: ['id'], where: { documentId: section.documentId, locale } });
    // A new locale's row is a whole row: the fields every locale shares come along with the name.
    const shared = { slug: section.slug, order: section.order ?? 0, parent: section.parent?.documentId ?? null };
    if (!named) await strapi.documents(SECTION).update({ documentId: section.documentId, locale, data: { name, ...shared } });
  }
};

export const seedReferenceArticle = async (strapi: Strapi): Promise<{ created: boolean; documentId: string }> => {
  const demo = referenceArticle;
  const existing = await strapi.documents('api::article.article').findFirst({ filters: { slug: demo.slug }, locale: 'en' });
  if (existing) return { created: false, documentId: existing.documentId };

  const author = await findOrCreate(
    () => strapi.documents('api::author.author').findFirst({ filters: { slug: demo.author.slug } }),
    () => strapi.documents('api::author.author').create({ data: { ...demo.author } })
  );

  const tags: string[] = [];
  for (const tag of demo.tags) {
    const found = await findOrCreate(
      () => strapi.documents('api::tag.tag').findFirst({ filters: { slug: tag.slug } }),
      () => strapi.documents('api::tag.tag').create({ data: { ...tag } })
    );
    tags.push(found.documentId);
  }

  const { section } = await seedDemoSections(strapi);

  const images = new Map<string, string>();
  for (const image of demo.images) images.set(image.key, await uploadImage(strapi, image));

  const body = await demoBody(strapi, demo.body, images, await seedPeople(strapi, demo.people));

  const article = await strapi.documents('api::article.article').create({
    locale: 'en',
    data: {
      title: demo.title,
      slug: demo.slug,
      dateline: demo.dateline,
      byline: [author.documentId],
      heroImage: images.get(demo.heroImage),
      tags,
      section,
      body,
      commentsEnabled: true,
      commentModeration: 'pre',
    },
  });
  await strapi.documents('api::article.article').publish({ documentId: article.documentId, locale: 'en' });
  await seedDariTranslation(strapi, article.documentId);
  await strapi.store.set({
    ...STORE,
    value: { documentId: article.documentId, at: new Date().toISOString(), sections: true, translations: true } satisfies DemoMark,
  });

  return { created: true, documentId: article.documentId };
};

/**
 * The home front with the demo article picked, unless a home front (a front without a section)
 * exists already: an editor's own home front is never touched.
 */
export const seedHomeFront = async (strapi: Strapi, article: string): Promise<boolean> => {
  const home = await strapi.db.query('api::front.front').findOne({ select: ['id'], where: { section: { id: { $null: true } } } });
  if (home) return false;
  await strapi.documents('api::front.front').create({ data: { name: 'Home', picks: [article], fill: 20 } });
  return true;
};

/**
 * A demo seeded before sections existed: World and Asia, the demo article's primary section and
 * the home front, each only where missing. The section is linked on the demo's English rows
 * (draft and published) that have none, with strapi.db.query: publishing the draft instead would
 * also publish an editor's unpublished changes. A section an editor gave the demo, their own home
 * front and every other article are left as they are. Answers whether anything was added.
 */
export const bringDemoUpToDate = async (strapi: Strapi, documentId: string): Promise<boolean> => {
  const { section, created } = await seedDemoSections(strapi);
  const sectionRow = (await strapi.db.query(SECTION).findOne({ select: ['id'], where: { documentId: section, locale: 'en' } })) as { id: number } | null;
  const rows = (await strapi.db.query(ARTICLE).findMany({
    select: ['id'],
    where: { documentId, locale: 'en' },
    populate: { section: { select: ['id'] } },
  })) as Array<{ id: number; section?: { id: number } | null }>;
  const unlinked = sectionRow ? rows.filter((row) => !row.section) : [];
  for (const row of unlinked) await strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { section: sectionRow?.id } });
  const front = await seedHomeFront(strapi, documentId);
  return created > 0 || unlinked.length > 0 || front;
};

/**
 * Development seeds an empty database once (deleting the demo later does not bring it back);
 * SEED_DEMO=true seeds whenever the demo article is missing, in any environment.
 */
export const seedDemoIfWanted = async (strapi: Strapi): Promise<void> => {
  const explicit = strapi.config.get('newsroom.seedDemo') as boolean | undefined;
  const asked = explicit === true;
  const automatic = explicit === undefined && strapi.config.get('environment') === 'development';
  if (!asked && !automatic) return;

  if (!asked) {
    const seeded = (await strapi.store.get(STORE)) as DemoMark | null;
    // Seeded before sections: brought up to date once, so what an editor deletes later stays deleted.
    if (seeded && !seeded.sections) {
      const demo = await strapi.db.query(ARTICLE).findOne({ select: ['documentId'], where: { documentId: seeded.documentId ?? '', locale: 'en' } });
      if (demo && (await bringDemoUpToDate(strapi, seeded.documentId as string))) {
        strapi.log.info('[newsroom] Brought the demo up to date: its sections and the home front.');
      }
      await strapi.store.set({ ...STORE, value: { ...seeded, sections: true } satisfies DemoMark });
    }
    // Seeded before the Dari translation: it is added once, beside the English demo.
    if (seeded && !seeded.translations) {
      const demo = await strapi.db.query(ARTICLE).findOne({ select: ['documentId'], where: { documentId: seeded.documentId ?? '', locale: 'en' } });
      if (demo && (await seedDariTranslation(strapi, demo.documentId as string))) strapi.log.info('[newsroom] Seeded the demo translation into Dari (fa-AF).');
      await strapi.store.set({ ...STORE, value: { ...seeded, sections: true, translations: true } satisfies DemoMark });
    }
    const articles = await strapi.db.query(ARTICLE).count();
    if (seeded || articles > 0) return;
  }

  const { created, documentId } = await seedReferenceArticle(strapi);
  if (created) strapi.log.info(`[newsroom] Seeded the demo article "${referenceArticle.title}".`);
  else if (await bringDemoUpToDate(strapi, documentId)) strapi.log.info('[newsroom] Brought the demo up to date: its sections and the home front.');
  if (await seedHomeFront(strapi, documentId)) strapi.log.info('[newsroom] Seeded the home front, the demo article picked.');
};
