// The pieces every renderer shares, created once: the translations, the compiled templates, and the locales a reader may ask for.
import type { Core } from '@strapi/strapi';
import { createRenderer, type Renderer } from '../documents/render';
import { createTranslator, type Translator } from '../documents/translator';
import { UID } from '../uids';
import type { EntryStatus } from '../documents/load-facts';
import type { PrivacyFacts } from '../documents/facts';
import type { DocumentKind } from '../documents/model';
import { engineFingerprint, sourceHash } from '../documents/source-hash';

interface I18nLocale {
  code: string;
}

const createEngineService = ({ strapi }: { strapi: Core.Strapi }) => {
  const translator: Translator = createTranslator();
  const renderer: Renderer = createRenderer();
  const fingerprint = engineFingerprint();
  return {
    translator,
    renderer,

    /** What a document is made from (facts and engine): equal source hashes mean equal documents. */
    sourceHash: (kind: DocumentKind, facts: PrivacyFacts): string => sourceHash(fingerprint, kind, facts),

    /** Locales a reader may ask for: enabled in Strapi's i18n and backed by a translation file. */
    async allowedLocales(): Promise<{ codes: string[]; defaultCode: string }> {
      const i18n = strapi.plugin('i18n').service('locales');
      const enabled = ((await i18n.find()) as I18nLocale[]).map((l) => l.code);
      const codes = enabled.filter((code) => translator.languages.includes(code));
      const strapiDefault = (await i18n.getDefaultLocale()) as string;
      return { codes, defaultCode: codes.includes(strapiDefault) ? strapiDefault : (codes[0] ?? 'en') };
    },

    /** Slugs of the organizations that have an entry in this status (in any locale). */
    async organizationSlugs(status: EntryStatus): Promise<string[]> {
      const rows = (await strapi.db.query(UID.organization).findMany({
        select: ['slug'],
        where: status === 'published' ? { publishedAt: { $notNull: true } } : { publishedAt: { $null: true } },
      })) as Array<{ slug: string }>;
      return [...new Set(rows.map((row) => row.slug))].sort();
    },
  };
};

export type EngineService = ReturnType<typeof createEngineService>;
export default createEngineService;
