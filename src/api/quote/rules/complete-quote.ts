import type { Core } from '@strapi/strapi';
import { articleRelationChange } from '../../comment/rules/article';
import { fieldError, pathError } from '../../../validation/field-error';

/**
 * A quote readers see needs its words and who said them: the reader page prints "text", speaker
 * (the attribution sentence names them). Two places ask it:
 * - a Quote (no drafts: every row is what readers get) may not be written without text or speaker;
 * - an article may not be published with a quote block that links no quote, or one without text or
 *   speaker (quotes written before this rule, or by an import), named by the block:
 *   `['body', <index>, 'quote']`.
 * Both run in the lifecycles every write path crosses, before the write (see the article's).
 */
const QUOTE_BLOCK = 'article.quote';

type Data = Record<string, unknown>;

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

const MESSAGES = {
  text: 'A quote needs the words that were said.',
  speaker: 'A quote needs its speaker: choose the person who said it.',
  block: 'A quote block needs a quote with its words and speaker to be published.',
  blockDetail: 'Choose a quote that has its words and speaker, or remove the block, before publishing.',
} as const;

/** A Quote row as written: its text, and its speaker linked (on create) or not taken off (on update). */
export const checkQuoteWrite = (data: Data, mode: 'create' | 'update'): void => {
  if ((mode === 'create' || 'text' in data) && blank(data.text)) throw fieldError('text', MESSAGES.text);
  const speaker = articleRelationChange(data.speaker);
  if (mode === 'create' ? speaker !== 'link' : speaker === 'unlink') throw fieldError('speaker', MESSAGES.speaker);
};

interface BlockRef {
  id?: unknown;
  __component?: unknown;
}
interface QuoteBlockRow {
  quote?: { text?: string | null; speaker?: { id: number } | null } | null;
}

/**
 * Whether a stored quote block may be published. The write paths hand the article's hooks the
 * body as the component rows they have just written, `{ id, __component }` (the document service
 * writes the components first, in the same transaction), so the block is read back from them.
 */
const blockComplete = async (strapi: Core.Strapi, id: unknown): Promise<boolean> => {
  if (typeof id !== 'number' && typeof id !== 'string') return false;
  const row = (await strapi.db.query(QUOTE_BLOCK).findOne({
    where: { id },
    populate: { quote: { select: ['text'], populate: { speaker: { select: ['id'] } } } },
  })) as QuoteBlockRow | null;
  const quote = row?.quote;
  return Boolean(quote && !blank(quote.text) && quote.speaker);
};

/** Refuses the first quote block of a body about to be published that lacks a complete quote. */
export const checkQuoteBlocks = async (strapi: Core.Strapi, body: unknown): Promise<void> => {
  if (!Array.isArray(body)) return;
  for (const [index, block] of (body as BlockRef[]).entries()) {
    if (block?.__component !== QUOTE_BLOCK) continue;
    if (!(await blockComplete(strapi, block.id))) throw pathError(['body', index, 'quote'], MESSAGES.block, MESSAGES.blockDetail);
  }
};

/** The body an article row has stored, for a write that publishes it in place without giving one. */
export const storedBody = async (strapi: Core.Strapi, uid: 'api::article.article', id: number): Promise<unknown> => {
  const row = (await strapi.db.query(uid).findOne({ select: ['id'], where: { id }, populate: { body: true } })) as {
    body?: unknown;
  } | null;
  return row?.body;
};
