// Renders one document of one organization and locale in every format at once: what is cached, and what a version freezes.
import type { PrivacyFacts } from './facts';
import { present, type DocumentKind, type DocumentModel } from './model';
import { CONTENT_ONLY, type Edition } from './edition';
import type { DocumentFormat } from './formats';
import { kindSpec } from './kinds';
import { contentHash, countWords, readingMinutes, type Renderer } from './render';
import type { Translate } from './translator';
import { readability, type ReadabilityScore } from './typography';

export interface RenderedBodies {
  /** The hash of the content alone (no version number, no date): equal hashes mean an unchanged document. */
  hash: string;
  edition: Edition;
  bodies: Partial<Record<DocumentFormat, string>>;
  /** The JSON body as data (bodies.json is its serialization), for readers that want data rather than bytes. */
  json: DocumentJson;
}

/** What format=json carries under `data`. */
export interface DocumentJson {
  organization: string;
  locale: string;
  kind: DocumentKind;
  version: number | null;
  effectiveAt: string | null;
  hash: string;
  title: string;
  wordCount: number;
  readingMinutes: number;
  /** Flesch reading ease (English) or Kandel–Moles (French) of the text: higher reads more easily; null elsewhere. */
  readability: ReadabilityScore | null;
  sections: DocumentModel['sections'];
  html: string;
}

export const buildDocument = (t: Translate, kind: DocumentKind, facts: PrivacyFacts, edition: Edition): DocumentModel =>
  kindSpec(kind).build(t, facts, edition);

/** A document's content alone (no number, no date), and its hash: equal hashes mean an unchanged document. */
export interface DocumentContent {
  model: DocumentModel;
  hash: string;
}

export const documentContent = (t: Translate, kind: DocumentKind, facts: PrivacyFacts): DocumentContent => {
  const model = buildDocument(t, kind, facts, CONTENT_ONLY);
  return { model, hash: contentHash(model) };
};

export const documentHash = (t: Translate, kind: DocumentKind, facts: PrivacyFacts): string => documentContent(t, kind, facts).hash;

/**
 * The model of one edition, from the content-only model: an edition changes only the effective date and the
 * "changes" section (the last one), so the rest is not built twice. Equal to buildDocument(t, kind, facts, edition).
 */
export const withEdition = (
  t: Translate,
  kind: DocumentKind,
  facts: PrivacyFacts,
  content: DocumentModel,
  edition: Edition
): DocumentModel => ({
  ...content,
  effectiveAt: edition.effectiveAt,
  sections: [...content.sections.filter((section) => section.key !== 'changes'), kindSpec(kind).changes(t, facts, edition)].filter(present),
});

/** `content` may be passed when the caller already built it for its hash. */
export const renderDocumentBodies = (
  renderer: Renderer,
  t: Translate,
  kind: DocumentKind,
  facts: PrivacyFacts,
  edition: Edition,
  content: DocumentContent = documentContent(t, kind, facts)
): RenderedBodies => {
  const { hash } = content;
  const model = withEdition(t, kind, facts, content.model, edition);
  const html = renderer.html(model);
  const text = renderer.text(model);
  const wordCount = countWords(text);
  const json: DocumentJson = {
    organization: model.organization,
    locale: model.locale,
    kind: model.kind,
    version: edition.version,
    effectiveAt: edition.effectiveAt,
    hash,
    title: model.title,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    readability: readability(text, model.locale),
    sections: model.sections,
    html,
  };
  const bodies: RenderedBodies['bodies'] = { json: JSON.stringify({ data: json }), html, markdown: renderer.markdown(model), text };
  const { jsonLd } = kindSpec(kind);
  if (jsonLd) {
    const meta = {
      title: model.title,
      hash,
      version: edition.version,
      effectiveAt: edition.effectiveAt,
      url: facts.organization.policyUrl,
    };
    bodies.jsonld = JSON.stringify(jsonLd(facts, meta));
  }
  return { hash, edition, bodies, json };
};
