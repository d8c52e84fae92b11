// The playground app: makes sure both demo locales exist, nothing else.
import type { Core } from '@strapi/strapi';

const DEMO_LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'fr', name: 'French (fr)' },
];

export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const locales = strapi.plugin('i18n').service('locales');
    const existing: Array<{ code: string }> = await locales.find();
    for (const locale of DEMO_LOCALES) {
      if (!existing.some((l) => l.code === locale.code)) await locales.create(locale);
    }
  },
};
