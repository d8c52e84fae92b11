// The version history of an organization's documents as data, newest first (every locale unless one is named).
import type { Core } from '@strapi/strapi';
import type { DocumentKind } from '../documents/model';
import { getService } from '../utils/get-service';
import type { DocumentQuery } from '../validation/query-parameters';

const createHistoryService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: DocumentQuery<'json'>) {
    const resolution = getService(strapi, 'resolution');
    const slug = await resolution.resolveOrganization(query.organization, 'published');
    const locale = query.locale === undefined ? undefined : await resolution.resolveLocale(query.locale);
    const kind = query.options.kind === 'all' ? undefined : (query.options.kind as DocumentKind);
    const list = await getService(strapi, 'versions').list({ organization: slug, kind, locale });
    return list.map(({ number, ...rest }) => ({ ...rest, version: number }));
  },
});

export type HistoryService = ReturnType<typeof createHistoryService>;
export default createHistoryService;
