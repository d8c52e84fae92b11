// The one check of the addresses editors type: only http(s) — and mailto where the field may name a mailbox — reach an output.

/** Where a field's address may lead: a web page, or (a rights request, a DPO's contact form) a web page or a mailbox. */
export type UrlKind = 'web' | 'web-or-mailto';

const SCHEMES: Record<UrlKind, readonly string[]> = {
  web: ['http:', 'https:'],
  'web-or-mailto': ['http:', 'https:', 'mailto:'],
};

/**
 * The address as typed when its scheme is allowed and it parses as a URL, else null: `javascript:`, `data:`,
 * `vbscript:`, a relative path or a scheme hidden behind spaces never become a link, a `url` in JSON-LD or a banner's
 * policy link. The value is not normalized, so an accepted address prints exactly as the editor wrote it.
 */
export const safeUrl = (value: string | null, kind: UrlKind = 'web'): string | null => {
  if (value === null) return null;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value)?.[1]?.toLowerCase();
  if (!scheme || !SCHEMES[kind].includes(scheme) || !URL.canParse(value)) return null;
  if (scheme !== 'mailto:' && !/^https?:\/\/[^/\s]/i.test(value)) return null;
  return value;
};
