// Renders and caches the public documents; the cache is dropped whenever any instance changes an entry of the plugin.
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { buildCookiePolicy } from '../documents/cookie-policy';
import { loadFacts, type EntryStatus } from '../documents/load-facts';
import type { PrivacyFacts } from '../documents/facts';
import type { DocumentKind, DocumentModel } from '../documents/model';
import { buildPrivacyPolicy } from '../documents/privacy-policy';
import { contentHash, countWords, createRenderer, readingMinutes } from '../documents/render';
import { privacyPolicyJsonLd } from '../documents/jsonld';
import { createTranslator } from '../documents/translator';
import type { PrivacyPluginConfig } from '../config';
import { UID } from '../uids';
import { LruCache } from '../utils/lru-cache';
import type { DocumentFormat, DocumentQuery } from '../validation/document-query';

export interface RenderedDocument {
  body: string;
  contentType: string;
  /** Strong validator: the hash of exactly these bytes. */
  etag: string;
}

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

const REVISION_KEY = { type: 'plugin', name: 'privacy', key: 'revision' } as const;

interface I18nLocale {
  code: string;
}

const createDocumentsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const translator = createTranslator();
  const renderer = createRenderer();
  const config = strapi.config.get('plugin::privacy') as PrivacyPluginConfig;
  const cache = new LruCache<string, RenderedDocument>(config.cacheMaxEntries);
  let cachedRevision: unknown = undefined;

  /** Locales a reader may ask for: enabled in Strapi's i18n and backed by a translation file. */
  const allowedLocales = async (): Promise<{ codes: string[]; defaultCode: string }> => {
    const i18n = strapi.plugin('i18n').service('locales');
    const enabled = ((await i18n.find()) as I18nLocale[]).map((l) => l.code);
    const codes = enabled.filter((code) => translator.languages.includes(code));
    const strapiDefault = (await i18n.getDefaultLocale()) as string;
    return { codes, defaultCode: codes.includes(strapiDefault) ? strapiDefault : (codes[0] ?? 'en') };
  };

  const resolveLocale = async (requested: string | undefined): Promise<string> => {
    const { codes, defaultCode } = await allowedLocales();
    if (requested === undefined) return defaultCode;
    if (!codes.includes(requested)) {
      const message = `locale must be one of ${codes.join(', ')}`;
      throw new errors.ValidationError(message, { errors: [{ path: ['locale'], message, name: 'ValidationError', value: requested }] });
    }
    return requested;
  };

  const organizationSlugs = async (status: EntryStatus): Promise<string[]> => {
    const rows = (await strapi.db.query(UID.organization).findMany({
      select: ['slug'],
      where: status === 'published' ? { publishedAt: { $notNull: true } } : { publishedAt: { $null: true } },
    })) as Array<{ slug: string }>;
    return [...new Set(rows.map((row) => row.slug))].sort();
  };

  const resolveOrganization = async (requested: string | undefined, status: EntryStatus): Promise<string> => {
    const slugs = await organizationSlugs(status);
    if (requested === undefined) {
      if (slugs.length === 1) return slugs[0];
      const message =
        slugs.length === 0
          ? 'organization is required, and no organization is published yet: publish one in the Content Manager'
          : `organization is required when there are several: choose one of ${slugs.join(', ')}`;
      throw new errors.ValidationError(message, { errors: [{ path: ['organization'], message, name: 'ValidationError', value: null }] });
    }
    if (!slugs.includes(requested)) {
      throw new errors.NotFoundError(
        `organization '${requested}' was not found${slugs.length ? `: known organizations are ${slugs.join(', ')}` : ''}`
      );
    }
    return requested;
  };

  const revision = async (): Promise<unknown> => (await strapi.store.get(REVISION_KEY)) ?? null;

  const modelOf = (kind: DocumentKind, facts: PrivacyFacts): DocumentModel => {
    const t = translator.forLocale(facts.locale);
    return kind === 'privacy-policy'
      ? buildPrivacyPolicy(t, facts, { cookiePolicyUrl: facts.organization.cookiePolicyUrl, version: null })
      : buildCookiePolicy(t, facts);
  };

  const serialize = (kind: DocumentKind, facts: PrivacyFacts, format: DocumentFormat): string => {
    const model = modelOf(kind, facts);
    const hash = contentHash(model);
    switch (format) {
      case 'html':
        return renderer.html(model);
      case 'markdown':
        return renderer.markdown(model);
      case 'text':
        return renderer.text(model);
      case 'jsonld':
        return JSON.stringify(
          privacyPolicyJsonLd(facts, { title: model.title, hash, version: null, url: facts.organization.policyUrl })
        );
      case 'json': {
        const wordCount = countWords(renderer.text(model));
        return JSON.stringify({
          data: {
            organization: model.organization,
            locale: model.locale,
            kind: model.kind,
            version: null,
            effectiveAt: model.effectiveAt,
            hash,
            title: model.title,
            wordCount,
            readingMinutes: readingMinutes(wordCount),
            sections: model.sections,
            html: renderer.html(model),
          },
        });
      }
    }
  };

  const render = async (kind: DocumentKind, query: DocumentQuery, status: EntryStatus): Promise<RenderedDocument> => {
    const locale = await resolveLocale(query.locale);
    const slug = await resolveOrganization(query.organization, status);
    const facts = await loadFacts(strapi, { slug, locale, status });
    if (!facts) {
      throw new errors.NotFoundError(`organization '${slug}' has no ${status} version in locale '${locale}'`);
    }
    const body = serialize(kind, facts, query.format);
    return {
      body,
      contentType: CONTENT_TYPES[query.format],
      etag: `"${crypto.createHash('sha256').update(body).digest('base64url')}"`,
    };
  };

  return {
    /** A document built from published entries, served from the cache while no entry has changed. */
    async published(kind: DocumentKind, query: DocumentQuery): Promise<RenderedDocument> {
      const current = await revision();
      if (current !== cachedRevision) {
        cache.clear();
        cachedRevision = current;
      }
      const key = `${kind}|${query.organization ?? ''}|${query.locale ?? ''}|${query.format}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const rendered = await render(kind, query, 'published');
      cache.set(key, rendered);
      return rendered;
    },

    /** The same document built from draft entries, never cached: for the admin preview. */
    draft(kind: DocumentKind, query: DocumentQuery): Promise<RenderedDocument> {
      return render(kind, query, 'draft');
    },

    /** Called after any write to the plugin's entries, on whichever instance made it. */
    async invalidate(): Promise<void> {
      const next = crypto.randomUUID();
      await strapi.store.set({ ...REVISION_KEY, value: next });
      cache.clear();
      cachedRevision = next;
    },

    cacheSize: () => cache.size,
  };
};

export type DocumentsService = ReturnType<typeof createDocumentsService>;
export default createDocumentsService;
