// Consent-banner configurations as data, from the published cookies; a configuration's revision follows the cookie policy's version.
import type { Core } from '@strapi/strapi';
import { BANNER_LIBRARIES, type BannerFormat } from '../consent/cookie-banner';
import { getService } from '../utils/get-service';
import type { DocumentQuery } from '../validation/query-parameters';

const createBannersService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async configuration(library: BannerFormat, query: Pick<DocumentQuery<string>, 'organization' | 'locale'>) {
    const facts = await getService(strapi, 'resolution').factsFor(query, 'published');
    const t = getService(strapi, 'engine').translator.forLocale(facts.locale);
    const latest = await getService(strapi, 'versions').latestHead(facts.organization.slug, 'cookie-policy', facts.locale);
    const revision = latest?.number ?? 0;
    const config = BANNER_LIBRARIES[library]({ t, facts, revision });
    return { organization: facts.organization.slug, locale: facts.locale, format: library, revision, config };
  },
});

export type BannersService = ReturnType<typeof createBannersService>;
export default createBannersService;
