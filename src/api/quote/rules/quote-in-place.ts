import type { Core, Modules } from '@strapi/strapi';
import { pathError } from '../../../validation/field-error';

/**
 * An editor quotes someone new where the quote is used: the article's quote block takes the words,
 * the speaker's name and their role, and saving the article makes the Quote (and the Person, when
 * no one of that name exists yet) and links the block to it. Quotes stay first-class records (one
 * quote in many stories; "every quote by this person" is one query); the typed fields are only the
 * way in, emptied once the Quote exists, so the words live in one place.
 *
 * A document service middleware, not a lifecycle: the block's index is known here (a 400 names
 * `body.<n>.speakerName`), and the records are made through the document service with its
 * validation. The records and the article's write share one transaction, so a write refused later
 * (a missing section, a headline too long) leaves no Quote behind. Writes with strapi.db.query skip
 * this; a block they leave without a linked quote cannot be published (complete-quote.ts).
 */
const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const PERSON = 'api::person.person';
const QUOTE_BLOCK = 'article.quote';
const WRITES = new Set(['create', 'update']);

type Block = Record<string, unknown>;

export interface NewQuote {
  index: number;
  words: string;
  speakerName: string;
  speakerRole: string | undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

const MESSAGES = {
  words: 'A new quote needs the words that were said.',
  speaker: 'A new quote needs the name of who said it.',
} as const;

/** The typed fields' longest values: the block's schema (src/components/article/quote.json). */
export type QuoteLimits = Record<'words' | 'speakerName' | 'speakerRole', number>;

const blockLimits = (strapi: Core.Strapi): QuoteLimits => {
  const attributes = strapi.components[QUOTE_BLOCK].attributes as Record<string, { maxLength?: number }>;
  const limit = (field: keyof QuoteLimits) => attributes[field]?.maxLength ?? Number.POSITIVE_INFINITY;
  return { words: limit('words'), speakerName: limit('speakerName'), speakerRole: limit('speakerRole') };
};

/**
 * The quote blocks of a body that type a new quote; a block typing only part of one, or more than
 * its fields hold, is refused here, by the block's path, before any record is made from it.
 */
export const newQuotesIn = (body: unknown, limits?: QuoteLimits): NewQuote[] => {
  if (!Array.isArray(body)) return [];
  const found: NewQuote[] = [];
  for (const [index, block] of (body as Block[]).entries()) {
    if (!block || block.__component !== QUOTE_BLOCK) continue;
    const words = text(block.words);
    const speakerName = text(block.speakerName);
    const speakerRole = text(block.speakerRole) || undefined;
    if (!words && !speakerName && !speakerRole) continue;
    if (!words) throw pathError(['body', index, 'words'], MESSAGES.words);
    if (!speakerName) throw pathError(['body', index, 'speakerName'], MESSAGES.speaker);
    for (const [field, value] of [['words', words], ['speakerName', speakerName], ['speakerRole', speakerRole ?? '']] as const) {
      const max = limits?.[field];
      if (max !== undefined && value.length > max) throw pathError(['body', index, field], `${field} must be at most ${max} characters`);
    }
    found.push({ index, words, speakerName, speakerRole });
  }
  return found;
};

/** The Person of that name (letter case aside), or a new one whose current title is the role. */
const speakerFor = async (strapi: Core.Strapi, name: string, role: string | undefined): Promise<string> => {
  const people = strapi.documents(PERSON);
  const existing = await people.findFirst({ filters: { name: { $eqi: name } }, fields: ['documentId'] });
  if (existing) return existing.documentId;
  const slug = (await strapi
    .plugin('content-manager')
    .service('uid')
    .generateUIDField({ contentTypeUID: PERSON, field: 'slug', data: { name } })) as string;
  const person = await people.create({ data: { name, slug, currentTitle: role } });
  return person.documentId;
};

/** Makes each new quote and points its block at it, the typed fields emptied. */
const makeQuotes = async (strapi: Core.Strapi, body: Block[], quotes: NewQuote[]): Promise<Block[]> => {
  const blocks = [...body];
  for (const { index, words, speakerName, speakerRole } of quotes) {
    const speaker = await speakerFor(strapi, speakerName, speakerRole);
    const quote = await strapi.documents(QUOTE).create({ data: { text: words, speaker, speakerRole } });
    blocks[index] = { ...blocks[index], quote: quote.documentId, words: null, speakerName: null, speakerRole: null };
  }
  return blocks;
};

export const quotesInPlace =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE || !WRITES.has(context.action)) return next();
    const params = context.params as { data?: Block } | undefined;
    const data = params?.data;
    const quotes = newQuotesIn(data?.body, blockLimits(strapi));
    if (!data || quotes.length === 0) return next();
    return strapi.db.transaction(async () => {
      const body = await makeQuotes(strapi, data.body as Block[], quotes);
      context.params = { ...params, data: { ...data, body } } as typeof context.params;
      return next();
    });
  };

const registered = new WeakSet<Core.Strapi>();

/** Installs the middleware once per app instance. */
export const makeQuotesInPlace = (strapi: Core.Strapi): void => {
  if (registered.has(strapi)) return;
  registered.add(strapi);
  strapi.documents.use(quotesInPlace(strapi));
};
