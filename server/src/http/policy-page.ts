// format=page: a document's stored html fragment and JSON, wrapped at the HTTP edge with links to what is published now.
import type { Core } from '@strapi/strapi';
import { DOCUMENT_KINDS, kindSpec, type DocumentKind } from '../documents/kinds';
import { pageHref, renderPolicyPage, type PageDocument } from '../documents/policy-page';
import type { DocumentJson } from '../documents/render-document';
import { UID } from '../uids';
import { getService } from '../utils/get-service';
import type { DocumentQuery } from '../validation/query-parameters';

/**
 * The document part (title, sections, version, date, fragment) comes from the same bodies format=html and
 * format=json serve, so the page of ?version=N shows that version's text exactly. The navigation (languages,
 * versions, the other document) is made now: it says what a reader can open today.
 */
export const policyPageBody = async (strapi: Core.Strapi, kind: DocumentKind, query: DocumentQuery): Promise<string> => {
  const policies = getService(strapi, 'policies');
  const json = (JSON.parse(await policies.published(kind, { ...query, format: 'json' })) as { data: DocumentJson }).data;
  const fragment = await policies.published(kind, { ...query, format: 'html' });
  const { organization, locale } = json;
  const { translator, renderer } = getService(strapi, 'engine');
  // A policy for an audience has no versions of its own: its page lists none, and its language links keep the audience.
  const audience = query.options.audience;

  const [{ codes }, versions, row] = await Promise.all([
    getService(strapi, 'resolution').allowedLocales(),
    getService(strapi, 'versions').list({ organization, kind }),
    strapi.db.query(UID.organization).findOne({
      select: ['name'],
      where: { slug: organization, locale, publishedAt: { $notNull: true } },
    }) as Promise<{ name: string } | null>,
  ]);
  const publishedIn = new Set(versions.map((version) => version.locale));
  const link = (route: string, parameters: Record<string, string | number | undefined>) => pageHref(route, { organization, ...parameters });
  const route = kindSpec(kind).route;
  // The privacy policy links the cookie policy and the reverse (a third kind would link the first other one).
  const other = DOCUMENT_KINDS.find((candidate) => candidate !== kind) ?? kind;

  const document: PageDocument = json;
  return renderPolicyPage(renderer, translator.forLocale(locale), document, fragment, {
    organizationName: row?.name ?? organization,
    otherDocument: { kind: other, href: link(kindSpec(other).route, { locale, format: 'page' }) },
    versions: versions
      .filter((version) => version.locale === locale && audience === undefined)
      .map((version) => ({
        number: version.number,
        effectiveAt: version.effectiveAt,
        href: link(route, { locale, format: 'page', version: version.number }),
      })),
    historyHref: link('/versions', { locale, kind }),
    languages: codes
      .filter((code) => code !== locale && publishedIn.has(code))
      .map((code) => ({
        locale: code,
        name: translator.forLocale(code)('page.languageName'),
        href: link(route, { locale: code, format: 'page', audience }),
      })),
  });
};
