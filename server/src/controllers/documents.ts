// Public routes: parse the query, get the rendered document, answer with its ETag (304 when unchanged).
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { PrivacyPluginConfig } from '../config';
import type { RenderedDocument } from '../services/documents';
import { getService } from '../utils/get-service';
import {
  CONSENT_COPY_QUERY,
  CONSENT_EMAIL_QUERY,
  COOKIE_POLICY_QUERY,
  parseDocumentQuery,
  PRIVACY_POLICY_QUERY,
  VERSIONS_QUERY,
  type QuerySpec,
} from '../validation/document-query';

/** `format` names the banner library here; the answer is always JSON. */
export const COOKIE_BANNER_FORMATS = ['vanilla-cookieconsent', 'klaro', 'tarteaucitron'] as const;

/** True when one of the If-None-Match validators (weak or strong) names this ETag. */
export const matchesEtag = (ifNoneMatch: string | undefined, etag: string): boolean =>
  !!ifNoneMatch &&
  (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag));

export const send = (ctx: Context, document: RenderedDocument, cacheControl: string): void => {
  ctx.set('ETag', document.etag);
  ctx.set('Cache-Control', cacheControl);
  ctx.set('X-Content-Type-Options', 'nosniff');
  if (matchesEtag(ctx.get('If-None-Match') || undefined, document.etag)) {
    ctx.status = 304;
    return;
  }
  ctx.type = document.contentType;
  ctx.body = document.bytes;
};

const documentController = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get('plugin::privacy') as PrivacyPluginConfig;
  const documents = () => getService(strapi, 'documents');
  const query = (ctx: Context) => ctx.query as Record<string, unknown>;
  const parse = <F extends string>(spec: QuerySpec<F>, ctx: Context) => parseDocumentQuery(spec, query(ctx), ctx.querystring);
  return {
    async privacyPolicy(ctx: Context) {
      send(ctx, await documents().published('privacy-policy', parse(PRIVACY_POLICY_QUERY, ctx)), config.cacheControl);
    },
    async cookiePolicy(ctx: Context) {
      send(ctx, await documents().published('cookie-policy', parse(COOKIE_POLICY_QUERY, ctx)), config.cacheControl);
    },
    async consentCopy(ctx: Context) {
      send(ctx, await documents().consentCopy(parse(CONSENT_COPY_QUERY, ctx)), config.cacheControl);
    },
    /** Any other method on a public path: a 405 in Strapi's error shape, rather than the router's bare text. */
    methodNotAllowed(ctx: Context) {
      ctx.set('Allow', 'GET, HEAD');
      ctx.throw(405, `${ctx.method} is not allowed on ${ctx.path}: use GET`);
    },
    async cookieBanner(ctx: Context) {
      const parsed = parse({ formats: COOKIE_BANNER_FORMATS }, ctx);
      send(ctx, await documents().cookieBanner({ ...parsed, format: 'json', options: { library: parsed.format } }), config.cacheControl);
    },
    async versions(ctx: Context) {
      send(ctx, await documents().history(parse(VERSIONS_QUERY, ctx)), config.cacheControl);
    },
    async consentEmail(ctx: Context) {
      const kind = String(ctx.params.kind ?? '');
      send(ctx, await documents().consentEmail(kind, parse(CONSENT_EMAIL_QUERY, ctx)), config.cacheControl);
    },
  };
};

export default documentController;
