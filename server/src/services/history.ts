// The version history of an organization's documents as data, newest first: one locale (Strapi's default unless one
// is named), or every locale with `locale=all`.
import type { Core } from '@strapi/strapi';
import type { DocumentKind } from '../documents/model';
import { getService } from '../utils/get-service';
import { ALL_LOCALES, type DocumentQuery } from '../validation/query-parameters';

const createHistoryService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: DocumentQuery<'json'>) {
    const resolution = getService(strapi, 'resolution');
    const slug = await resolution.resolveOrganization(query.organization, 'published');
    // Strapi's default locale when none is asked, as for every other route; `all` lists every locale.
    const locale = query.locale === ALL_LOCALES ? undefined : await resolution.resolveLocale(query.locale);
    const kind = query.options.kind === 'all' ? undefined : (query.options.kind as DocumentKind);
    const list = await getService(strapi, 'versions').list({ organization: slug, kind, locale });
    return list.map(({ number, ...rest }) => ({ ...rest, version: number }));
  },
});

export type HistoryService = ReturnType<typeof createHistoryService>;
export default createHistoryService;
