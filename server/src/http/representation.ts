// The HTTP edge: a body becomes bytes with its media type and strong ETag once, and is sent with 304 when unchanged.
import crypto from 'crypto';
import type { Context } from 'koa';
import { scriptSafeJson } from '../documents/escape';
import { MEDIA_TYPES, type OutputFormat } from '../documents/formats';

// The escaping is a lower layer's (generated scripts use it too); re-exported for the edge's callers.
export { scriptSafeJson };

export interface Representation {
  /** The body, encoded once as UTF-8: what is cached, counted against cacheMaxBytes and sent as is. */
  bytes: Buffer;
  contentType: string;
  /** Strong validator: the hash of exactly these bytes. */
  etag: string;
  /** For a JSON body, the value it serializes: GraphQL and the admin read it rather than parse the bytes again. */
  data?: unknown;
  /** Headers of this format alone (the page's Content-Security-Policy). */
  headers?: Record<string, string>;
}

const JSON_FORMATS: ReadonlySet<OutputFormat> = new Set(['json', 'jsonld']);

/**
 * A hosted page runs nothing and loads nothing: no script, no frame, no form, no external style or font; images only
 * from https or data: (for a logo an organization may add later). Its style is the inline <style> element.
 */
export const PAGE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const FORMAT_HEADERS: Partial<Record<OutputFormat, Record<string, string>>> = {
  page: { 'Content-Security-Policy': PAGE_CONTENT_SECURITY_POLICY },
};

export const represent = (format: OutputFormat, text: string, data?: unknown): Representation => {
  // Here rather than where a body is built: bytes frozen in a version before this escaping are served escaped too.
  const body = JSON_FORMATS.has(format) ? scriptSafeJson(text) : text;
  const bytes = Buffer.from(body, 'utf8');
  const etag = `"${crypto.createHash('sha256').update(bytes).digest('base64url')}"`;
  const headers = FORMAT_HEADERS[format];
  return { bytes, contentType: MEDIA_TYPES[format], etag, ...(data === undefined ? {} : { data }), ...(headers ? { headers } : {}) };
};

/** `{ data: value }` as JSON, keeping the value beside its bytes. */
export const representData = (value: unknown): Representation => represent('json', JSON.stringify({ data: value }), value);

/** The body as a string, for GraphQL, which returns text rather than bytes. */
export const textOf = (representation: Representation): string => representation.bytes.toString('utf8');

/** True when one of the If-None-Match validators (weak or strong) names this ETag. */
export const matchesEtag = (ifNoneMatch: string | undefined, etag: string): boolean =>
  !!ifNoneMatch &&
  (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag));

export const send = (ctx: Context, representation: Representation, cacheControl: string): void => {
  ctx.set('ETag', representation.etag);
  ctx.set('Cache-Control', cacheControl);
  ctx.set('X-Content-Type-Options', 'nosniff');
  for (const [name, value] of Object.entries(representation.headers ?? {})) ctx.set(name, value);
  if (matchesEtag(ctx.get('If-None-Match') || undefined, representation.etag)) {
    ctx.status = 304;
    return;
  }
  ctx.type = representation.contentType;
  ctx.body = representation.bytes;
};
