// The pieces every renderer shares, created once at startup: the translations, the compiled templates, the engine's fingerprint.
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { PrivacyPluginConfig } from '../config';
import { templatesDir } from '../documents/package-root';
import { createRenderer, type Renderer } from '../documents/render';
import { createTranslator, type Translator } from '../documents/translator';
import type { PrivacyFacts } from '../documents/facts';
import type { DocumentKind } from '../documents/model';
import { engineFingerprint, sourceHash } from '../documents/source-hash';

const createEngineService = ({ strapi }: { strapi: Core.Strapi }) => {
  const dir = (strapi.config.get('plugin::privacy') as PrivacyPluginConfig | undefined)?.templatesDir ?? templatesDir();
  const translator: Translator = createTranslator(path.join(dir, 'locales'));
  const renderer: Renderer = createRenderer(dir);
  const fingerprint = engineFingerprint(undefined, dir);
  return {
    translator,
    renderer,

    /** What a document is made from (facts and engine): equal source hashes mean equal documents. */
    sourceHash: (kind: DocumentKind, facts: PrivacyFacts): string => sourceHash(fingerprint, kind, facts),
  };
};

export type EngineService = ReturnType<typeof createEngineService>;
export default createEngineService;
