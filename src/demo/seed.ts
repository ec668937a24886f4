import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { placeholderJpeg } from './placeholder-photo';
import { referenceArticle, type DemoBlock, type DemoImage } from './reference-article';

/**
 * Seeds the reference article, complete, through the same services an editor's actions use
 * (document service, upload service). Every piece is found before it is created, so a run that
 * was interrupted half-way finishes the job instead of duplicating it.
 */

const STORE = { type: 'core', name: 'newsroom', key: 'demo-seeded' } as const;

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

  // World, then Asia under it: each found by its slug before it is made.
  let section: string | undefined;
  for (const { name, slug, order } of demo.sections) {
    const parent = section;
    const found = await findOrCreate(
      () => strapi.documents('api::section.section').findFirst({ filters: { slug }, locale: 'en' }),
      () => strapi.documents('api::section.section').create({ locale: 'en', data: { name, slug, order, parent } })
    );
    section = found.documentId;
  }

  const images = new Map<string, string>();
  for (const image of demo.images) images.set(image.key, await uploadImage(strapi, image));

  const people = new Map<string, string>();
  for (const person of demo.people) {
    const slug = person.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const found = await findOrCreate(
      () => strapi.documents('api::person.person').findFirst({ filters: { slug } }),
      () =>
        strapi.documents('api::person.person').create({
          data: { name: person.name, slug, currentTitle: person.currentTitle, organization: person.organization },
        })
    );
    people.set(person.key, found.documentId);
  }

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
  for (const block of demo.body) {
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
  await strapi.store.set({ ...STORE, value: { documentId: article.documentId, at: new Date().toISOString() } });

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
 * Development seeds an empty database once (deleting the demo later does not bring it back);
 * SEED_DEMO=true seeds whenever the demo article is missing, in any environment.
 */
export const seedDemoIfWanted = async (strapi: Strapi): Promise<void> => {
  const explicit = strapi.config.get('newsroom.seedDemo') as boolean | undefined;
  const asked = explicit === true;
  const automatic = explicit === undefined && strapi.config.get('environment') === 'development';
  if (!asked && !automatic) return;

  if (!asked) {
    const alreadySeeded = await strapi.store.get(STORE);
    const articles = await strapi.db.query('api::article.article').count();
    if (alreadySeeded || articles > 0) return;
  }

  const { created, documentId } = await seedReferenceArticle(strapi);
  if (created) strapi.log.info(`[newsroom] Seeded the demo article "${referenceArticle.title}".`);
  if (await seedHomeFront(strapi, documentId)) strapi.log.info('[newsroom] Seeded the home front, the demo article picked.');
};
