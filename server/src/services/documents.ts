// Renders and caches everything public: policies, consent copy and e-mails. The cache is dropped whenever any instance changes an entry.
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { buildCookiePolicy } from '../documents/cookie-policy';
import { loadFacts, type EntryStatus } from '../documents/load-facts';
import type { PrivacyFacts } from '../documents/facts';
import type { DocumentKind, DocumentModel } from '../documents/model';
import { buildPrivacyPolicy } from '../documents/privacy-policy';
import { contentHash, countWords, createRenderer, readingMinutes, type Renderer } from '../documents/render';
import { privacyPolicyJsonLd } from '../documents/jsonld';
import { createTranslator, type Translate } from '../documents/translator';
import { buildEmail, EMAIL_KINDS, type EmailKind } from '../consent/emails';
import { emailText } from '../consent/email-text';
import type { Esp } from '../consent/esp';
import { buildFormNotices } from '../consent/form-notices';
import type { PrivacyPluginConfig } from '../config';
import { UID } from '../uids';
import { LruCache } from '../utils/lru-cache';
import { invalidParameter, type DocumentFormat, type DocumentQuery } from '../validation/document-query';

export interface RenderedDocument {
  body: string;
  contentType: string;
  /** Strong validator: the hash of exactly these bytes. */
  etag: string;
}

export type EmailFormat = 'json' | 'html' | 'text';

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

const REVISION_KEY = { type: 'plugin', name: 'privacy', key: 'revision' } as const;

const sha256 = (value: string): string => `sha256:${crypto.createHash('sha256').update(value).digest('hex')}`;

const rendered = (body: string, format: DocumentFormat): RenderedDocument => ({
  body,
  contentType: CONTENT_TYPES[format],
  etag: `"${crypto.createHash('sha256').update(body).digest('base64url')}"`,
});

interface I18nLocale {
  code: string;
}

/** The policy a piece of consent copy was generated with, so whoever records a consent can store which one the person saw. */
interface Proof {
  policyVersion: number | null;
  policyHash: string;
}

const policyModel = (t: Translate, facts: PrivacyFacts): DocumentModel =>
  buildPrivacyPolicy(t, facts, { cookiePolicyUrl: facts.organization.cookiePolicyUrl, version: null });

const documentBody = (renderer: Renderer, t: Translate, kind: DocumentKind, facts: PrivacyFacts, format: DocumentFormat): string => {
  const model = kind === 'privacy-policy' ? policyModel(t, facts) : buildCookiePolicy(t, facts);
  const hash = contentHash(model);
  switch (format) {
    case 'html':
      return renderer.html(model);
    case 'markdown':
      return renderer.markdown(model);
    case 'text':
      return renderer.text(model);
    case 'jsonld':
      return JSON.stringify(privacyPolicyJsonLd(facts, { title: model.title, hash, version: null, url: facts.organization.policyUrl }));
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

const emailJson = (renderer: Renderer, t: Translate, facts: PrivacyFacts, kind: EmailKind, esp: Esp, proof: Proof) => {
  const email = buildEmail(t, facts, kind, esp);
  const html = renderer.emailHtml(email);
  const text = emailText(t, email);
  return {
    kind,
    subject: email.subject,
    preheader: email.preheader,
    html,
    text,
    placeholders: email.placeholders,
    proof: { ...proof, copyHash: sha256(JSON.stringify([email.subject, email.preheader, html, text])) },
  };
};

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
    if (!codes.includes(requested)) throw invalidParameter('locale', `locale must be one of ${codes.join(', ')}`, requested);
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
      throw invalidParameter(
        'organization',
        slugs.length === 0
          ? 'organization is required, and no organization is published yet: publish one in the Content Manager'
          : `organization is required when there are several: choose one of ${slugs.join(', ')}`
      );
    }
    if (!slugs.includes(requested)) {
      throw new errors.NotFoundError(
        `organization '${requested}' was not found${slugs.length ? `: known organizations are ${slugs.join(', ')}` : ''}`
      );
    }
    return requested;
  };

  /** The facts a request names, or the error that says which parameter is wrong. */
  const factsFor = async (query: DocumentQuery<string>, status: EntryStatus): Promise<PrivacyFacts> => {
    const locale = await resolveLocale(query.locale);
    const slug = await resolveOrganization(query.organization, status);
    const facts = await loadFacts(strapi, { slug, locale, status });
    if (!facts) throw new errors.NotFoundError(`organization '${slug}' has no ${status} version in locale '${locale}'`);
    return facts;
  };

  const proofOf = (t: Translate, facts: PrivacyFacts): Proof => ({ policyVersion: null, policyHash: contentHash(policyModel(t, facts)) });

  /** Serves from the cache while the database's revision marker is the one the cache was filled under. */
  const cached = async (key: string, produce: () => Promise<RenderedDocument>): Promise<RenderedDocument> => {
    const current = (await strapi.store.get(REVISION_KEY)) ?? null;
    if (current !== cachedRevision) {
      cache.clear();
      cachedRevision = current;
    }
    const hit = cache.get(key);
    if (hit) return hit;
    const fresh = await produce();
    cache.set(key, fresh);
    return fresh;
  };

  const queryKey = (query: DocumentQuery<string>): string =>
    [query.organization ?? '', query.locale ?? '', query.format, ...Object.entries(query.options).map(([k, v]) => `${k}=${v}`)].join('|');

  const renderDocument = async (kind: DocumentKind, query: DocumentQuery, status: EntryStatus): Promise<RenderedDocument> => {
    const facts = await factsFor(query, status);
    return rendered(documentBody(renderer, translator.forLocale(facts.locale), kind, facts, query.format), query.format);
  };

  return {
    /** A policy built from published entries. */
    published(kind: DocumentKind, query: DocumentQuery): Promise<RenderedDocument> {
      return cached(`${kind}|${queryKey(query)}`, () => renderDocument(kind, query, 'published'));
    },

    /** The same policy built from draft entries, never cached: for the admin preview. */
    draft(kind: DocumentKind, query: DocumentQuery): Promise<RenderedDocument> {
      return renderDocument(kind, query, 'draft');
    },

    /** The consent copy kit: form notices and the four e-mails, in the merge-tag syntax of one e-mail tool. */
    consentCopy(query: DocumentQuery<'json'>): Promise<RenderedDocument> {
      return cached(`consent-copy|${queryKey(query)}`, async () => {
        const facts = await factsFor(query, 'published');
        const t = translator.forLocale(facts.locale);
        const esp = query.options.esp as Esp;
        const proof = proofOf(t, facts);
        const notices = buildFormNotices(t, facts).map((notice) => {
          const copyHash = sha256(JSON.stringify(notice));
          return { ...notice, html: renderer.formNoticeHtml({ ...notice, proof: { ...proof, copyHash } }), proof: { ...proof, copyHash } };
        });
        const emails = EMAIL_KINDS.map((kind) => emailJson(renderer, t, facts, kind, esp, proof));
        return rendered(
          JSON.stringify({ data: { organization: facts.organization.slug, locale: facts.locale, esp, proof, notices, emails } }),
          'json'
        );
      });
    },

    /** One consent e-mail, as JSON or as its HTML or text part alone. */
    consentEmail(kind: string, query: DocumentQuery<EmailFormat>): Promise<RenderedDocument> {
      if (!(EMAIL_KINDS as readonly string[]).includes(kind)) {
        throw new errors.NotFoundError(`e-mail kind '${kind.slice(0, 50)}' does not exist: kinds are ${EMAIL_KINDS.join(', ')}`);
      }
      return cached(`consent-email|${kind}|${queryKey(query)}`, async () => {
        const facts = await factsFor(query, 'published');
        const t = translator.forLocale(facts.locale);
        const email = emailJson(renderer, t, facts, kind as EmailKind, query.options.esp as Esp, proofOf(t, facts));
        if (query.format === 'html') return rendered(email.html, 'html');
        if (query.format === 'text') return rendered(email.text, 'text');
        return rendered(JSON.stringify({ data: { organization: facts.organization.slug, locale: facts.locale, ...email } }), 'json');
      });
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
