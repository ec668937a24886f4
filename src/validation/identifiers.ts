/** The shapes of what readers put in addresses, checked before anything is read. */

// An article slug as the contract gives it: lower-case words joined by single hyphens.
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A locale code as Strapi's i18n uses them: en, fa-AF, ps, ur.
export const LOCALE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,2}$/;

export const isSlug = (value: string): boolean => value.length <= 255 && SLUG.test(value);
export const isLocaleCode = (value: string): boolean => LOCALE.test(value);
