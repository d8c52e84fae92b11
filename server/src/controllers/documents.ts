// Public document routes: parse the query, get the rendered document, answer with its ETag (304 when unchanged).
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { DocumentKind } from '../documents/model';
import type { PrivacyPluginConfig } from '../config';
import type { RenderedDocument } from '../services/documents';
import { getService } from '../utils/get-service';
import { parseDocumentQuery } from '../validation/document-query';

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
  ctx.body = document.body;
};

const documentController = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get('plugin::privacy') as PrivacyPluginConfig;
  const serve = (kind: DocumentKind) => async (ctx: Context) => {
    const query = parseDocumentQuery(kind, ctx.query as Record<string, unknown>);
    send(ctx, await getService(strapi, 'documents').published(kind, query), config.cacheControl);
  };
  return {
    privacyPolicy: serve('privacy-policy'),
    cookiePolicy: serve('cookie-policy'),
  };
};

export default documentController;
