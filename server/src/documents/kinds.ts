// The registry of generated documents: each kind's builder, its edition section, its formats and its public names.
// Routes, query validators, GraphQL fields and enums, OpenAPI paths, version recording and the admin lists derive from it.
import type { PrivacyFacts } from './facts';
import { policyView } from './data-subjects';
import { DOCUMENT_FORMATS, type DocumentFormat } from './formats';
import type { Edition } from './edition';
import { buildCookiePolicy, cookiePolicyChanges } from './cookie-policy';
import { privacyPolicyJsonLd, type JsonLdMeta } from './jsonld';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentModel, type Section } from './model';
import { buildPrivacyPolicy, privacyPolicyChanges } from './privacy-policy';
import type { Translate } from './translator';

export { DOCUMENT_KINDS, type DocumentKind };

export interface DocumentKindSpec {
  /** The whole document of one edition. */
  build(t: Translate, facts: PrivacyFacts, edition: Edition): DocumentModel;
  /** The one section that depends on the edition (number and date), rebuilt per edition from the content-only model. */
  changes(t: Translate, facts: PrivacyFacts, edition: Edition): Section | null;
  /** Linked data served as format=jsonld; a kind without it has no jsonld format. */
  jsonLd?: (facts: PrivacyFacts, meta: JsonLdMeta) => unknown;
  /** The public path under /api/privacy. */
  route: string;
  /** The controller handler, the users-permissions action (plugin::privacy.documents.<name>) and the GraphQL field. */
  name: string;
  /** One line for OpenAPI. */
  summary: string;
  /** Accepts ?audience=<data-subject category>: the document for that audience alone, served live (see data-subjects.ts). */
  audiences?: boolean;
}

export const DOCUMENT_KIND_SPECS = {
  'privacy-policy': {
    // The purposes of its audience (the public unless `audience` names one): see data-subjects.ts.
    build: (t, facts, edition) =>
      buildPrivacyPolicy(t, policyView(facts), { cookiePolicyUrl: facts.organization.cookiePolicyUrl, edition }),
    changes: privacyPolicyChanges,
    jsonLd: (facts, meta) => privacyPolicyJsonLd(policyView(facts), meta),
    route: '/policy',
    name: 'privacyPolicy',
    summary: 'The privacy policy (GDPR Art. 13 and 14)',
    audiences: true,
  },
  'cookie-policy': {
    build: buildCookiePolicy,
    changes: cookiePolicyChanges,
    route: '/cookie-policy',
    name: 'cookiePolicy',
    summary: 'The cookie policy',
  },
} satisfies Record<DocumentKind, DocumentKindSpec>;

export const kindSpec = (kind: DocumentKind): DocumentKindSpec => DOCUMENT_KIND_SPECS[kind];

/** The formats a kind is served in: all of them, less jsonld for a kind without linked data. */
export const formatsOf = (kind: DocumentKind): readonly DocumentFormat[] =>
  DOCUMENT_FORMATS.filter((format) => format !== 'jsonld' || kindSpec(kind).jsonLd !== undefined);
