// Renders one document of one organization and locale in every format at once: what is cached, and what a version freezes.
import type { PrivacyFacts } from './facts';
import type { DocumentKind, DocumentModel } from './model';
import { buildCookiePolicy } from './cookie-policy';
import { CONTENT_ONLY, type Edition } from './edition';
import { privacyPolicyJsonLd } from './jsonld';
import { buildPrivacyPolicy } from './privacy-policy';
import { contentHash, countWords, readingMinutes, type Renderer } from './render';
import type { Translate } from './translator';

import type { DocumentFormat } from '../validation/document-query';

export type { DocumentFormat };

export interface RenderedBodies {
  /** The hash of the content alone (no version number, no date): equal hashes mean an unchanged document. */
  hash: string;
  edition: Edition;
  bodies: Partial<Record<DocumentFormat, string>>;
}

export const buildDocument = (t: Translate, kind: DocumentKind, facts: PrivacyFacts, edition: Edition): DocumentModel =>
  kind === 'privacy-policy'
    ? buildPrivacyPolicy(t, facts, { cookiePolicyUrl: facts.organization.cookiePolicyUrl, edition })
    : buildCookiePolicy(t, facts, edition);

export const documentHash = (t: Translate, kind: DocumentKind, facts: PrivacyFacts): string =>
  contentHash(buildDocument(t, kind, facts, CONTENT_ONLY));

/** `hash` may be passed when the caller already computed it (it builds the content-only model once more otherwise). */
export const renderDocumentBodies = (
  renderer: Renderer,
  t: Translate,
  kind: DocumentKind,
  facts: PrivacyFacts,
  edition: Edition,
  hash: string = documentHash(t, kind, facts)
): RenderedBodies => {
  const model = buildDocument(t, kind, facts, edition);
  const html = renderer.html(model);
  const text = renderer.text(model);
  const wordCount = countWords(text);
  const json = JSON.stringify({
    data: {
      organization: model.organization,
      locale: model.locale,
      kind: model.kind,
      version: edition.version,
      effectiveAt: edition.effectiveAt,
      hash,
      title: model.title,
      wordCount,
      readingMinutes: readingMinutes(wordCount),
      sections: model.sections,
      html,
    },
  });
  const bodies: RenderedBodies['bodies'] = { json, html, markdown: renderer.markdown(model), text };
  if (kind === 'privacy-policy') {
    bodies.jsonld = JSON.stringify(
      privacyPolicyJsonLd(facts, { title: model.title, hash, version: edition.version, effectiveAt: edition.effectiveAt, url: facts.organization.policyUrl })
    );
  }
  return { hash, edition, bodies };
};
