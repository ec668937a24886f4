/** Languages written right to left among those the newsroom publishes in. */
const RTL = new Set(['fa', 'ps', 'ur', 'ar', 'he']);

export const directionOf = (locale: string): 'rtl' | 'ltr' => (RTL.has(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr');

/** Each language by its own name, for the links between an article's versions. */
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', 'fa-AF': 'دری', ps: 'پښتو', ur: 'اردو' };
export const languageName = (locale: string): string => LANGUAGE_NAMES[locale] ?? LANGUAGE_NAMES[locale.split('-')[0]] ?? locale;

// The reader pages' own words are in the message catalogue: src/reader-page/messages.
