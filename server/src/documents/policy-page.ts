// A hosted policy page: the html fragment of a document inside a whole HTML5 page, with its table of contents and navigation.
import type { DocumentKind, Section } from './model';
import type { Renderer } from './render';
import type { Translate } from './translator';
import { formatLongDate } from './typography';

/** What the page shows of the document: read from its stored JSON body, so a frozen version keeps its own. */
export interface PageDocument {
  kind: DocumentKind;
  locale: string;
  title: string;
  version: number | null;
  effectiveAt: string | null;
  sections: Pick<Section, 'key' | 'heading'>[];
}

/** The links around the document, made at the HTTP edge from what is published now. */
export interface PageNavigation {
  organizationName: string;
  otherDocument: { kind: DocumentKind; href: string };
  /** Every version of this document in this locale, newest first. */
  versions: { number: number; effectiveAt: string; href: string }[];
  /** The version history as JSON (GET /api/privacy/versions). */
  historyHref: string;
  /** The other locales the document is published in, each named in its own language. */
  languages: { locale: string; name: string; href: string }[];
}

/** The values page.html.hbs prints; every string but `fragment` is escaped by Handlebars. */
export interface PageModel {
  locale: string;
  kind: DocumentKind;
  title: string;
  description: string;
  organizationName: string;
  /** The document's own html body, already escaped by document.html.hbs, printed as it is: up to its h1, then the rest. */
  fragment: { opening: string; rest: string };
  edition: string | null;
  toc: { href: string; heading: string }[];
  labels: Record<'toc' | 'languages' | 'versions' | 'history' | 'related' | 'currentVersion', string>;
  otherDocument: { href: string; label: string };
  historyHref: string;
  versions: { href: string; label: string; current: boolean }[];
  languages: PageNavigation['languages'];
}

/** A relative link to one of the plugin's public routes (the page is served under /api/privacy/). */
export const pageHref = (route: string, parameters: Record<string, string | number | undefined>): string => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) search.set(name, String(value));
  return `${route.replace(/^\//, '')}?${search.toString()}`;
};

/** The table of contents goes after the title: the fragment is cut after its first </h1> (all of it is `rest` without one). */
const splitAfterTitle = (fragment: string): PageModel['fragment'] => {
  const end = fragment.indexOf('</h1>');
  if (end < 0) return { opening: '', rest: fragment };
  return { opening: fragment.slice(0, end + '</h1>'.length), rest: fragment.slice(end + '</h1>'.length).replace(/^\n/, '') };
};

export const pageModel = (t: Translate, document: PageDocument, fragment: string, navigation: PageNavigation): PageModel => {
  const date = (iso: string) => formatLongDate(iso, document.locale);
  return {
    locale: document.locale,
    kind: document.kind,
    title: document.title,
    description: t(`page.description.${document.kind}`, { name: navigation.organizationName }),
    organizationName: navigation.organizationName,
    fragment: splitAfterTitle(fragment),
    edition:
      document.version !== null && document.effectiveAt !== null
        ? t('page.edition', { version: document.version, date: date(document.effectiveAt) })
        : document.effectiveAt !== null
          ? t('page.updated', { date: date(document.effectiveAt) })
          : null,
    toc: document.sections.map((section) => ({ href: `#privacy-${section.key}`, heading: section.heading })),
    labels: {
      toc: t('page.toc'),
      languages: t('page.languages'),
      versions: t('page.versions'),
      history: t('page.history'),
      related: t('page.related'),
      currentVersion: t('page.currentVersion'),
    },
    otherDocument: { href: navigation.otherDocument.href, label: t(`page.documentName.${navigation.otherDocument.kind}`) },
    historyHref: navigation.historyHref,
    versions: navigation.versions.map((version) => ({
      href: version.href,
      label: t('page.versionItem', { version: version.number, date: date(version.effectiveAt) }),
      current: version.number === document.version,
    })),
    languages: navigation.languages,
  };
};

export const renderPolicyPage = (
  renderer: Renderer,
  t: Translate,
  document: PageDocument,
  fragment: string,
  navigation: PageNavigation
): string => renderer.page(pageModel(t, document, fragment, navigation));
