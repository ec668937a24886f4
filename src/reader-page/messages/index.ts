import { en } from './en';
import { fa } from './fa';
import { ps } from './ps';
import { ur } from './ur';
import { makeWords, type Words } from './words';
import type { Catalogue } from './types';

/**
 * The reader pages' words in every language the newsroom publishes in: one catalogue per
 * language (en.ts, fa.ts, ps.ts, ur.ts, each a typed `Catalogue`), chosen by a locale's language
 * (`fa-AF` → fa, `ps-AF` → ps, `ur-PK` → ur); English for any other. The server renders with the
 * whole catalogue; the page hands its script only the words the script says (CLIENT_KEYS), as
 * JSON, so neither the script nor the page carries the other languages.
 */
export type { Catalogue, PluralForms, DatePattern } from './types';
export type { Words } from './words';
export { CLIENT_WORDS_ID } from './words';

export const CATALOGUES = { en, fa, ps, ur } as const satisfies Record<string, Catalogue>;
export type Language = keyof typeof CATALOGUES;

const languageOf = (locale: string): string => locale.split('-')[0].toLowerCase();

export const catalogueFor = (locale: string): Catalogue => CATALOGUES[languageOf(locale) as Language] ?? en;

/** The words of a page in `locale`. */
export type PageWords = Words<Catalogue>;

// Intl's formatters are made once per locale: a page asks for its words many times.
const bound = new Map<string, PageWords>();
export const wordsFor = (locale: string): PageWords => {
  let words = bound.get(locale);
  if (!words) {
    words = makeWords(locale, catalogueFor(locale));
    bound.set(locale, words);
  }
  return words;
};

/** What the page's script says itself (client/main.ts, render/comment.ts). */
export const CLIENT_KEYS = [
  'dateTime',
  'commentBy',
  'reply',
  'replyingTo',
  'replyingToAComment',
  'reactionSaved',
  'reactionFailed',
  'commentPublished',
  'commentAwaiting',
  'commentFailed',
  'commentNotSent',
  'checkField',
  'closed',
  'errorBodyRequired',
  'errorBodyTooLong',
  'errorBodyTooLongInMarks',
  'errorNameRequired',
  'errorNameTooLong',
  'errorNameTooLongInMarks',
  'errorEmailRequired',
  'errorEmailInvalid',
  'errorDuplicate',
  'errorParent',
  'errorNoArticle',
  'errorTooMany',
] as const satisfies ReadonlyArray<keyof Catalogue>;

export type ClientMessages = Pick<Catalogue, (typeof CLIENT_KEYS)[number]>;

/** What the page embeds for its script: its locale and the script's words in it. */
export interface ClientWords {
  lang: string;
  messages: ClientMessages;
}

export const clientWords = (locale: string): ClientWords => {
  const catalogue = catalogueFor(locale);
  const messages = Object.fromEntries(CLIENT_KEYS.map((key) => [key, catalogue[key]])) as ClientMessages;
  return { lang: locale, messages };
};

