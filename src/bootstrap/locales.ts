import type { Core } from '@strapi/strapi';

/** English is the default; the languages the newsroom also publishes in are added if missing. */
export const NEWSROOM_LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'fa-AF', name: 'Dari (fa-AF)' },
  { code: 'ps', name: 'Pashto (ps)' },
  { code: 'ur', name: 'Urdu (ur)' },
] as const;

export const ensureLocales = async (strapi: Core.Strapi): Promise<void> => {
  const service = strapi.plugin('i18n').service('locales');
  for (const locale of NEWSROOM_LOCALES) {
    if (!(await service.findByCode(locale.code))) {
      await service.create({ code: locale.code, name: locale.name });
    }
  }
  if (!(await service.getDefaultLocale())) await service.setDefaultLocale({ code: 'en' });
};
