// What the public routes and GraphQL serve, through one cache: each product's data made into a representation once.
import type { Core } from '@strapi/strapi';
import type { BannerFormat } from '../consent/cookie-banner';
import type { DocumentKind } from '../documents/model';
import { assertEmailKind } from '../services/consent-copy';
import { getService } from '../utils/get-service';
import type { DocumentQuery } from '../validation/query-parameters';
import { policyPageBody } from './policy-page';
import { represent, representData, type Representation } from './representation';

export type EmailFormat = 'json' | 'html' | 'text';

/** One cache key per distinct answer: every parameter that can change the body is in it. */
const queryKey = (query: DocumentQuery<string>): string =>
  [
    query.organization ?? '',
    query.locale ?? '',
    query.format,
    query.version ?? '',
    ...Object.entries(query.options).map(([k, v]) => `${k}=${v}`),
  ].join('|');

export const publicOutputs = (strapi: Core.Strapi) => {
  // Scoped to the organization the query names, so a write elsewhere leaves the answer cached.
  const cached = (query: Pick<DocumentQuery<string>, 'organization'>, key: string, produce: () => Promise<Representation>) =>
    getService(strapi, 'cache').cached(query.organization, key, produce);
  return {
    /** A generated document in one format, as published now or as the frozen version the query names. */
    document(kind: DocumentKind, query: DocumentQuery): Promise<Representation> {
      return cached(query, `${kind}|${queryKey(query)}`, async () => {
        if (query.format === 'page') return represent('page', await policyPageBody(strapi, kind, query));
        const body = await getService(strapi, 'policies').published(kind, query);
        return query.format === 'json'
          ? represent('json', body, (JSON.parse(body) as { data: unknown }).data)
          : represent(query.format, body);
      });
    },

    consentCopy(query: DocumentQuery<'json'>): Promise<Representation> {
      return cached(query, `consent-copy|${queryKey(query)}`, async () =>
        representData(await getService(strapi, 'consent-copy').kit(query))
      );
    },

    /** One consent e-mail, as JSON or as its HTML or text part alone. */
    consentEmail(kind: string, query: DocumentQuery<EmailFormat>): Promise<Representation> {
      const emailKind = assertEmailKind(kind);
      return cached(query, `consent-email|${emailKind}|${queryKey(query)}`, async () => {
        const email = await getService(strapi, 'consent-copy').email(emailKind, query);
        if (query.format === 'html') return represent('html', email.html);
        if (query.format === 'text') return represent('text', email.text);
        return representData(email);
      });
    },

    cookieBanner(library: BannerFormat, query: DocumentQuery<string>): Promise<Representation> {
      // library first, so a key without options is the one it always was; consentMode changes the body, so it is in the key.
      return cached(query, `cookie-banner|${queryKey({ ...query, format: 'json', options: { library, ...query.options } })}`, async () =>
        representData(await getService(strapi, 'banners').configuration(library, query))
      );
    },

    history(query: DocumentQuery<'json'>): Promise<Representation> {
      return cached(query, `history|${queryKey(query)}`, async () => representData(await getService(strapi, 'history').list(query)));
    },
  };
};

export type PublicOutputs = ReturnType<typeof publicOutputs>;
