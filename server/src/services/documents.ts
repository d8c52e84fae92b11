// Serves everything public: policies (current or a frozen version), consent copy and e-mails, from a cache that follows every write.
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { loadFacts, type EntryStatus } from '../documents/load-facts';
import type { PrivacyFacts } from '../documents/facts';
import type { DocumentKind } from '../documents/model';
import { documentContent, renderDocumentBodies, type DocumentFormat, type RenderedBodies } from '../documents/render-document';
import type { Translate } from '../documents/translator';
import { buildEmail, EMAIL_KINDS, type EmailKind } from '../consent/emails';
import { emailText } from '../consent/email-text';
import type { Esp } from '../consent/esp';
import { buildFormNotices } from '../consent/form-notices';
import { klaroConfig, tarteaucitronConfig, vanillaCookieConsent, type BannerFormat } from '../consent/cookie-banner';
import type { PrivacyPluginConfig } from '../config';
import { getService } from '../utils/get-service';
import type { VersionHead } from './versions';
import { LruCache } from '../utils/lru-cache';
import { invalidParameter, type DocumentQuery } from '../validation/document-query';

export interface RenderedDocument {
  /** The body, encoded once as UTF-8: what is cached, counted against cacheMaxBytes and sent as is. */
  bytes: Buffer;
  contentType: string;
  /** Strong validator: the hash of exactly these bytes. */
  etag: string;
}

/** The body as a string, for GraphQL, which returns text rather than bytes. */
export const textOf = (document: RenderedDocument): string => document.bytes.toString('utf8');

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

const rendered = (body: string, format: DocumentFormat): RenderedDocument => {
  const bytes = Buffer.from(body, 'utf8');
  return { bytes, contentType: CONTENT_TYPES[format], etag: `"${crypto.createHash('sha256').update(bytes).digest('base64url')}"` };
};

/** The policy a piece of consent copy was generated with, so whoever records a consent can store which one the person saw. */
interface Proof {
  policyVersion: number | null;
  policyHash: string;
}

const createDocumentsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => getService(strapi, 'engine');
  const versions = () => getService(strapi, 'versions');
  const config = strapi.config.get('plugin::privacy') as PrivacyPluginConfig;
  const cache = new LruCache<string, RenderedDocument>({
    maxEntries: config.cacheMaxEntries,
    maxWeight: config.cacheMaxBytes,
    // The body, plus a rough allowance for the key, the ETag and the entry itself.
    weigh: (document) => document.bytes.length + 256,
  });
  let cachedRevision: unknown = undefined;

  const resolveLocale = async (requested: string | undefined): Promise<string> => {
    const { codes, defaultCode } = await engine().allowedLocales();
    if (requested === undefined) return defaultCode;
    if (!codes.includes(requested)) throw invalidParameter('locale', `locale must be one of ${codes.join(', ')}`, requested);
    return requested;
  };

  const resolveOrganization = async (requested: string | undefined, status: EntryStatus): Promise<string> => {
    const slugs = await engine().organizationSlugs(status);
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

  /**
   * The latest version of a document, and whether it holds what the facts make now. The source hash settles that
   * without building the document; when it differs, the document's content is built and its hash decides.
   */
  const latestAgainst = async (t: Translate, kind: DocumentKind, facts: PrivacyFacts) => {
    const head = await versions().latestHead(facts.organization.slug, kind, facts.locale);
    const content = head !== null && head.sourceHash === engine().sourceHash(kind, facts) ? null : documentContent(t, kind, facts);
    const hash = content?.hash ?? (head as VersionHead).hash;
    return { head: head?.hash === hash ? head : null, hash, content };
  };

  /** The document as published: the latest version's frozen bytes when it holds this content, otherwise a rendering without a number. */
  const currentBodies = async (kind: DocumentKind, facts: PrivacyFacts): Promise<RenderedBodies> => {
    const t = engine().translator.forLocale(facts.locale);
    const { head, hash, content } = await latestAgainst(t, kind, facts);
    const bodies = head && (await versions().bodiesOf(head.id));
    if (head && bodies) return { hash, edition: { version: head.number, effectiveAt: head.effectiveAt }, bodies };
    const edition = { version: null, effectiveAt: facts.lastChangedAt };
    return renderDocumentBodies(engine().renderer, t, kind, facts, edition, content ?? documentContent(t, kind, facts));
  };

  const proofOf = async (t: Translate, facts: PrivacyFacts): Promise<Proof> => {
    const { head, hash } = await latestAgainst(t, 'privacy-policy', facts);
    return { policyVersion: head?.number ?? null, policyHash: hash };
  };

  let revisionCheckedAt = 0;

  /**
   * Drops the cache when another instance changed an entry (its revision marker differs). Asked at most once per
   * revisionCheckInterval: in between, a hit costs no query. This instance's own writes drop the cache at once.
   */
  const followOtherInstances = async (): Promise<void> => {
    const now = Date.now();
    if (cachedRevision !== undefined && now - revisionCheckedAt < config.revisionCheckInterval) return;
    revisionCheckedAt = now;
    const current = (await strapi.store.get(REVISION_KEY)) ?? null;
    if (current !== cachedRevision) {
      cache.clear();
      cachedRevision = current;
    }
  };

  /** Serves from the cache while no entry has changed. */
  const cached = async (key: string, produce: () => Promise<RenderedDocument>): Promise<RenderedDocument> => {
    await followOtherInstances();
    const hit = cache.get(key);
    if (hit) return hit;
    const fresh = await produce();
    cache.set(key, fresh);
    return fresh;
  };

  const queryKey = (query: DocumentQuery<string>): string =>
    [
      query.organization ?? '',
      query.locale ?? '',
      query.format,
      query.version ?? '',
      ...Object.entries(query.options).map(([k, v]) => `${k}=${v}`),
    ].join('|');

  const bodyIn = (bodies: RenderedBodies['bodies'], format: DocumentFormat): string => {
    const body = bodies[format];
    if (body === undefined) throw invalidParameter('format', `format '${format}' is not available for this document`);
    return body;
  };

  const emailJson = (t: Translate, facts: PrivacyFacts, kind: EmailKind, esp: Esp, proof: Proof) => {
    const { renderer } = engine();
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

  return {
    /** A policy as published now, or the frozen version the query names. */
    published(kind: DocumentKind, query: DocumentQuery): Promise<RenderedDocument> {
      return cached(`${kind}|${queryKey(query)}`, async () => {
        if (query.version !== undefined) {
          const locale = await resolveLocale(query.locale);
          const slug = await resolveOrganization(query.organization, 'published');
          const version = await versions().find(slug, kind, locale, query.version);
          if (!version) throw new errors.NotFoundError(`version ${query.version} of the ${kind} of '${slug}' in '${locale}' does not exist`);
          return rendered(bodyIn(version.content.bodies, query.format), query.format);
        }
        const facts = await factsFor(query, 'published');
        return rendered(bodyIn((await currentBodies(kind, facts)).bodies, query.format), query.format);
      });
    },

    /** The same policy built from draft entries, never cached: for the admin preview. */
    async draft(kind: DocumentKind, query: DocumentQuery): Promise<RenderedBodies> {
      const facts = await factsFor(query, 'draft');
      const t = engine().translator.forLocale(facts.locale);
      return renderDocumentBodies(engine().renderer, t, kind, facts, { version: null, effectiveAt: null });
    },

    /** The consent copy kit: form notices and the four e-mails, in the merge-tag syntax of one e-mail tool. */
    consentCopy(query: DocumentQuery<'json'>): Promise<RenderedDocument> {
      return cached(`consent-copy|${queryKey(query)}`, async () => {
        const facts = await factsFor(query, 'published');
        const t = engine().translator.forLocale(facts.locale);
        const esp = query.options.esp as Esp;
        const proof = await proofOf(t, facts);
        const notices = buildFormNotices(t, facts).map((notice) => {
          const copyHash = sha256(JSON.stringify(notice));
          const withProof = { ...notice, proof: { ...proof, copyHash } };
          return { ...withProof, html: engine().renderer.formNoticeHtml(withProof) };
        });
        const emails = EMAIL_KINDS.map((kind) => emailJson(t, facts, kind, esp, proof));
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
        const t = engine().translator.forLocale(facts.locale);
        const email = emailJson(t, facts, kind as EmailKind, query.options.esp as Esp, await proofOf(t, facts));
        if (query.format === 'html') return rendered(email.html, 'html');
        if (query.format === 'text') return rendered(email.text, 'text');
        return rendered(JSON.stringify({ data: { organization: facts.organization.slug, locale: facts.locale, ...email } }), 'json');
      });
    },

    /** A consent-banner configuration from the published cookies; its revision follows the cookie policy's version. */
    cookieBanner(query: DocumentQuery<'json'>): Promise<RenderedDocument> {
      return cached(`cookie-banner|${queryKey(query)}`, async () => {
        const facts = await factsFor(query, 'published');
        const t = engine().translator.forLocale(facts.locale);
        const latest = await versions().latestHead(facts.organization.slug, 'cookie-policy', facts.locale);
        const context = { t, facts, revision: latest?.number ?? 0 };
        const builders: Record<BannerFormat, () => unknown> = {
          'vanilla-cookieconsent': () => vanillaCookieConsent(context),
          klaro: () => klaroConfig(context),
          tarteaucitron: () => tarteaucitronConfig(context),
        };
        const library = query.options.library as BannerFormat;
        return rendered(JSON.stringify({ data: { organization: facts.organization.slug, locale: facts.locale, format: library, revision: context.revision, config: builders[library]() } }), 'json');
      });
    },

    /** The version history, newest first (all locales unless one is named). */
    history(query: DocumentQuery<'json'>): Promise<RenderedDocument> {
      return cached(`history|${queryKey(query)}`, async () => {
        const slug = await resolveOrganization(query.organization, 'published');
        const locale = query.locale === undefined ? undefined : await resolveLocale(query.locale);
        const kind = query.options.kind === 'all' ? undefined : (query.options.kind as DocumentKind);
        const list = await versions().list({ organization: slug, kind, locale });
        return rendered(JSON.stringify({ data: list.map(({ number, ...rest }) => ({ ...rest, version: number })) }), 'json');
      });
    },

    resolveOrganization,
    resolveLocale,

    /** What the cache holds now: entries, and the bytes counted against cacheMaxBytes. */
    cacheStats: (): { entries: number; bytes: number; maxEntries: number; maxBytes: number } => ({
      entries: cache.size,
      bytes: cache.weight,
      maxEntries: config.cacheMaxEntries,
      maxBytes: config.cacheMaxBytes,
    }),

    /** Called after any write to the plugin's entries, on whichever instance made it. */
    async invalidate(): Promise<void> {
      const next = crypto.randomUUID();
      await strapi.store.set({ ...REVISION_KEY, value: next });
      cache.clear();
      cachedRevision = next;
      revisionCheckedAt = Date.now();
    },

  };
};

export type DocumentsService = ReturnType<typeof createDocumentsService>;
export default createDocumentsService;
