// Turns a request's organization and locale into the facts to render, or the error that says which parameter is wrong.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { PrivacyFacts } from '../documents/facts';
import { loadFacts, type EntryStatus } from '../documents/load-facts';
import { UID } from '../uids';
import { invalidParameter, type DocumentQuery } from '../validation/query-parameters';
import { getService } from '../utils/get-service';

interface I18nLocale {
  code: string;
}

const createResolutionService = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Locales a reader may ask for: enabled in Strapi's i18n and backed by a translation file. */
  const allowedLocales = async (): Promise<{ codes: string[]; defaultCode: string }> => {
    const i18n = strapi.plugin('i18n').service('locales');
    const enabled = ((await i18n.find()) as I18nLocale[]).map((l) => l.code);
    const { languages } = getService(strapi, 'engine').translator;
    const codes = enabled.filter((code) => languages.includes(code));
    const strapiDefault = (await i18n.getDefaultLocale()) as string;
    return { codes, defaultCode: codes.includes(strapiDefault) ? strapiDefault : (codes[0] ?? 'en') };
  };

  /** Slugs of the organizations that have an entry in this status (in any locale). */
  const organizationSlugs = async (status: EntryStatus): Promise<string[]> => {
    const rows = (await strapi.db.query(UID.organization).findMany({
      select: ['slug'],
      where: status === 'published' ? { publishedAt: { $notNull: true } } : { publishedAt: { $null: true } },
    })) as Array<{ slug: string }>;
    return [...new Set(rows.map((row) => row.slug))].sort();
  };

  const resolveLocale = async (requested: string | undefined): Promise<string> => {
    const { codes, defaultCode } = await allowedLocales();
    if (requested === undefined) return defaultCode;
    if (!codes.includes(requested)) throw invalidParameter('locale', `locale must be one of ${codes.join(', ')}`, requested);
    return requested;
  };

  const resolveOrganization = async (requested: string | undefined, status: EntryStatus): Promise<string> => {
    const slugs = await organizationSlugs(status);
    if (requested === undefined) {
      if (slugs.length === 1) return slugs[0];
      throw invalidParameter(
        'organization',
        slugs.length === 0
          ? 'organization is required, and no organization is published yet: publish one in the Content Manager'
          : `organization is required when there are several: choose one of ${slugs.join(', ')}`
      );
    }
    if (!slugs.includes(requested)) {
      throw new errors.NotFoundError(
        `organization '${requested}' was not found${slugs.length ? `: known organizations are ${slugs.join(', ')}` : ''}`
      );
    }
    return requested;
  };

  /** The facts a request names, or the error that says which parameter is wrong. */
  const factsFor = async (query: Pick<DocumentQuery<string>, 'organization' | 'locale'>, status: EntryStatus): Promise<PrivacyFacts> => {
    const locale = await resolveLocale(query.locale);
    const slug = await resolveOrganization(query.organization, status);
    const facts = await loadFacts(strapi, { slug, locale, status });
    if (!facts) throw new errors.NotFoundError(`organization '${slug}' has no ${status} version in locale '${locale}'`);
    return facts;
  };

  return { allowedLocales, organizationSlugs, resolveLocale, resolveOrganization, factsFor };
};

export type ResolutionService = ReturnType<typeof createResolutionService>;
export default createResolutionService;
