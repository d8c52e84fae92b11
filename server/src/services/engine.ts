// The pieces every renderer shares, created once at startup: the translations, the compiled templates, the engine's fingerprint.
import type { Core } from '@strapi/strapi';
import { createRenderer, type Renderer } from '../documents/render';
import { createTranslator, type Translator } from '../documents/translator';
import type { PrivacyFacts } from '../documents/facts';
import type { DocumentKind } from '../documents/model';
import { engineFingerprint, sourceHash } from '../documents/source-hash';

const createEngineService = (_: { strapi: Core.Strapi }) => {
  const translator: Translator = createTranslator();
  const renderer: Renderer = createRenderer();
  const fingerprint = engineFingerprint();
  return {
    translator,
    renderer,

    /** What a document is made from (facts and engine): equal source hashes mean equal documents. */
    sourceHash: (kind: DocumentKind, facts: PrivacyFacts): string => sourceHash(fingerprint, kind, facts),
  };
};

export type EngineService = ReturnType<typeof createEngineService>;
export default createEngineService;
