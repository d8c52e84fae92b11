// Consent-banner configurations as data, from the published cookies; a configuration's revision follows the cookie policy's version.
import type { Core } from '@strapi/strapi';
import { defaultConfig, type PrivacyPluginConfig } from '../config';
import { BANNER_LIBRARIES, type BannerFormat } from '../consent/cookie-banner';
import { consentModeFor } from '../consent/consent-mode';
import { getService } from '../utils/get-service';
import type { DocumentQuery } from '../validation/query-parameters';

const createBannersService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async configuration(library: BannerFormat, query: Pick<DocumentQuery<string>, 'organization' | 'locale' | 'options'>) {
    const facts = await getService(strapi, 'resolution').factsFor(query, 'published');
    const t = getService(strapi, 'engine').translator.forLocale(facts.locale);
    const latest = await getService(strapi, 'versions').latestHead(facts.organization.slug, 'cookie-policy', facts.locale);
    const revision = latest?.number ?? 0;
    const googleConsentMode = query.options?.consentMode === 'google';
    const config = BANNER_LIBRARIES[library]({ t, facts, revision, ...(googleConsentMode ? { googleConsentMode } : {}) });
    const answer = { organization: facts.organization.slug, locale: facts.locale, format: library, revision, config };
    if (!googleConsentMode) return answer;
    const options = strapi.config.get('plugin::privacy') as PrivacyPluginConfig;
    const consentMode = consentModeFor(library, facts, {
      waitForUpdate: options.consentModeWaitForUpdate ?? defaultConfig.consentModeWaitForUpdate,
      region: options.consentModeRegion ?? defaultConfig.consentModeRegion,
    });
    return { ...answer, consentMode };
  },
});

export type BannersService = ReturnType<typeof createBannersService>;
export default createBannersService;
