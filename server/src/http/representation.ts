// The HTTP edge: a body becomes bytes with its media type and strong ETag once, and is sent with 304 when unchanged.
import crypto from 'crypto';
import type { Context } from 'koa';
import { MEDIA_TYPES, type OutputFormat } from '../documents/formats';

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

/** The characters that end or confuse an inline `<script>` (`</script`, `<!--`) or, in old engines, a JS string. */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON (and JSON-LD) that a page may inline in `<script type="application/ld+json">` as served: `<`, `>`, `&`,
 * U+2028 and U+2029 as `\u` escapes. They can only occur inside strings of a JSON text, so the value is unchanged.
 */
export const scriptSafeJson = (json: string): string =>
  json.replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

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
