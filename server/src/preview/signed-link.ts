// Links to the Content Manager preview of a document: signed and short-lived, so the page needs no admin session of its own.
import crypto from 'crypto';

export interface PreviewTarget {
  organization: string;
  locale: string;
  kind: string;
  status: 'draft' | 'published';
}

/** How long a preview link works. The Content Manager asks for a new one each time the preview opens or reloads. */
export const PREVIEW_LINK_TTL_MS = 60 * 60 * 1000;

/** A key of its own, derived from the admin's JWT secret: a preview signature can sign nothing else. */
const keyOf = (secret: string): Buffer => crypto.createHmac('sha256', secret).update('strapi-plugin-privacy preview link v1').digest();

const payloadOf = (target: PreviewTarget, expires: number): string =>
  [target.organization, target.locale, target.kind, target.status, String(expires)].join('\n');

export const signPreview = (secret: string, target: PreviewTarget, expires: number): string =>
  crypto.createHmac('sha256', keyOf(secret)).update(payloadOf(target, expires)).digest('base64url');

/** The query string of a preview link (relative to /api/privacy/preview). */
export const previewQuery = (secret: string, target: PreviewTarget, now = Date.now()): string => {
  const expires = now + PREVIEW_LINK_TTL_MS;
  const search = new URLSearchParams({ ...target, expires: String(expires), signature: signPreview(secret, target, expires) });
  return search.toString();
};

export type PreviewCheck = { ok: true } | { ok: false; reason: 'expired' | 'signature' };

/** Whether a link was signed with this secret for exactly these values and is still valid. */
export const checkPreview = (secret: string, target: PreviewTarget, expires: number, signature: string, now = Date.now()): PreviewCheck => {
  const expected = Buffer.from(signPreview(secret, target, expires));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  if (!Number.isFinite(expires) || expires < now) return { ok: false, reason: 'expired' };
  return { ok: true };
};
