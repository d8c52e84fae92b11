// Editors' text inside the consent e-mails must not read as a merge tag to the e-mail tool that sends them.
import type { PrivacyFacts } from '../documents/facts';

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Breaks every merge-tag opener of the supported tools with an invisible zero-width space, so a tool never expands
 * what an editor typed: `{{`, `{%` and `{#` (generic Handlebars/Liquid, Brevo, HubSpot HubL), `*|` (Mailchimp),
 * `%NAME%` and `[NAME]` (Sendinblue's former syntax). The text reads the same; only the tool's parser sees the break.
 */
export const mergeInert = (value: string): string =>
  value
    .replace(/\{(?=[{%#])/g, `{${ZERO_WIDTH_SPACE}`)
    .replace(/\*(?=\|)/g, `*${ZERO_WIDTH_SPACE}`)
    .replace(/%(?=[A-Za-z_][A-Za-z0-9_]*%)/g, `%${ZERO_WIDTH_SPACE}`)
    .replace(/\[(?=[A-Za-z_][A-Za-z0-9_]*\])/g, `[${ZERO_WIDTH_SPACE}`);

/**
 * In a web address a zero-width space would break the link: there, the characters that open a merge tag are
 * percent-encoded instead (a browser sends them encoded anyway), and so is whatever would make a `%NAME%` tag
 * (a percent-escape such as `%C3` is left as it is). E-mail addresses are left as typed.
 */
const URL_KEYS = new Set(['website', 'policyUrl', 'cookiePolicyUrl', 'rightsRequestUrl', 'contactFormUrl', 'emailLogoUrl']);
const EMAIL_KEYS = new Set(['email', 'rightsContactEmail']);

const ENCODED: Record<string, string> = { '{': '%7B', '}': '%7D', '|': '%7C', '[': '%5B', ']': '%5D' };

const percentEncoded = (chars: string): string =>
  [...chars].map((char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('');

export const mergeInertUrl = (value: string): string =>
  value
    // Braces first: their escapes (%7B…) could otherwise close a %NAME% pattern that the next steps must see.
    .replace(/[{}|[\]]/g, (char) => ENCODED[char])
    .replace(/%(?![0-9A-Fa-f]{2})(?=[A-Za-z_][A-Za-z0-9_]*%)/g, '%25')
    // An escape starting with a letter, then letters or digits up to the next % (`%A00%`), reads as a %NAME% tag:
    // encode those characters too (an encoded letter or digit is the same address, RFC 3986 2.3): `%A0%30%`.
    .replace(/(%[A-Fa-f][0-9A-Fa-f])([A-Za-z0-9_]+)(?=%)/g, (_, escape: string, chars: string) => escape + percentEncoded(chars));

const inert = (value: unknown, key: string | null): unknown => {
  if (typeof value === 'string') {
    if (key !== null && URL_KEYS.has(key)) return mergeInertUrl(value);
    return key !== null && EMAIL_KEYS.has(key) ? value : mergeInert(value);
  }
  if (Array.isArray(value)) return value.map((item) => inert(item, null));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inert(v, k)]));
  }
  return value;
};

/** The facts with every editor-typed text and web address made merge-inert, for the e-mails. */
export const mergeInertFacts = (facts: PrivacyFacts): PrivacyFacts => inert(facts, null) as PrivacyFacts;
