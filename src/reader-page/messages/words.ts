import type { DatePattern, PluralForms } from './types';

/**
 * A catalogue bound to a page's locale: placeholders filled, counts in their plural form, numbers
 * and dates from Intl for that locale. Imports no catalogue, so the page's script bundles this and
 * takes its words from the page (messages/index.ts `clientWords`); the server binds whole catalogues.
 */
export interface Words<M extends { dateTime: DatePattern }> {
  /** The page's locale as given (`fa-AF`): Intl's digits and calendar follow it. */
  lang: string;
  m: M;
  number(n: number): string;
  /** `{name}` placeholders replaced; numbers formatted. A placeholder without a value stays as written. */
  fill(template: string, params?: Record<string, string | number>): string;
  /** The form Intl.PluralRules picks for `n` (else `other`), with `{count}` and any other placeholders filled. */
  count(forms: PluralForms, n: number, params?: Record<string, string | number>): string;
  pluralForm(forms: PluralForms, n: number): string;
  /** An ISO time as the page prints it, in UTC: the same in every reader's browser. */
  time(iso: string): string;
}

/** The id of the page's JSON with its script's words (messages/index.ts `clientWords`). */
export const CLIENT_WORDS_ID = 'reader-words';

const PLACEHOLDER = /\{(\w+)\}/g;

/** A template in pieces: text, then the name of a placeholder, alternately (text first and last). */
export const splitTemplate = (template: string): string[] => template.split(PLACEHOLDER);

export const makeWords = <M extends { dateTime: DatePattern }>(lang: string, m: M): Words<M> => {
  // Grouping from five digits: a counter reads 1500, a count of readers 15,000 (as CLDR's min2).
  const plain = new Intl.NumberFormat(lang, { useGrouping: false });
  const grouped = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  const { weekday, month, day } = m.dateTime;
  const dates = new Intl.DateTimeFormat(lang, {
    weekday,
    month,
    day,
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });

  const number = (n: number) => (Math.abs(n) >= 10000 ? grouped : plain).format(n);
  const fill = (template: string, params: Record<string, string | number> = {}) =>
    template.replace(PLACEHOLDER, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number(value) : value;
    });
  const pluralForm = (forms: PluralForms, n: number) => forms[plurals.select(n)] ?? forms.other;

  return {
    lang,
    m,
    number,
    fill,
    pluralForm,
    count: (forms, n, params = {}) => fill(pluralForm(forms, n), { count: n, ...params }),
    time(iso) {
      const parts: Record<string, string> = {};
      for (const part of dates.formatToParts(new Date(iso))) parts[part.type] = part.value;
      return fill(m.dateTime.pattern, parts);
    },
  };
};
