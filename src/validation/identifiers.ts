/** The shapes of what readers put in addresses, checked before anything is read. */

// An article slug as the contract gives it: lower-case words joined by single hyphens.
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A locale code as Strapi's i18n uses them: en, fa-AF, ps, ur.
export const LOCALE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,2}$/;

export const isSlug = (value: string): boolean => value.length <= 255 && SLUG.test(value);
export const isLocaleCode = (value: string): boolean => LOCALE.test(value);

/**
 * A locale code in the case Strapi's i18n writes it (BCP 47 is case-insensitive): `FA-af` is
 * `fa-AF`, `EN` is `en`, `sr-latn-rs` is `sr-Latn-RS`. One spelling per locale, so one page.
 */
export const canonicalLocale = (value: string): string =>
  value
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part[0].toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
