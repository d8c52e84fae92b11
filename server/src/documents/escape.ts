// Escaping for each output: editors' text reaches HTML and Markdown only through these functions.
const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

export const escapeHtml = (value: string): string => value.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c]);

const URL_OR_EMAIL = /(https?:\/\/[^\s<>"'`]+)|([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
const TRAILING_PUNCTUATION = /[.,;:!?)»]+$/;

/**
 * Escaped text in which web addresses and e-mail addresses become links (http, https and mailto only). With a
 * `#rrggbb` colour (an e-mail's brand colour), each link carries it inline; any other value is ignored.
 */
export const linkifyHtml = (value: string, linkColor: string | null = null): string => {
  const style = linkColor !== null && /^#[0-9a-f]{6}$/i.test(linkColor) ? ` style="color:${linkColor};"` : '';
  let out = '';
  let last = 0;
  for (const match of value.matchAll(URL_OR_EMAIL)) {
    const start = match.index ?? 0;
    let target = match[0];
    const trailing = TRAILING_PUNCTUATION.exec(target)?.[0] ?? '';
    target = target.slice(0, target.length - trailing.length);
    const href = match[1] ? target : `mailto:${target}`;
    out += escapeHtml(value.slice(last, start)) + `<a href="${escapeHtml(href)}"${style}>${escapeHtml(target)}</a>` + escapeHtml(trailing);
    last = start + match[0].length;
  }
  return out + escapeHtml(value.slice(last));
};

// eslint-disable-next-line no-control-regex -- finding control characters is this expression's job
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Plain text without control characters, on one line. */
export const plainLine = (value: string): string => value.replace(CONTROL_CHARACTERS, '').replace(/\s*\r?\n\s*/g, ' ');

/**
 * Markdown that shows exactly the given text: HTML is turned into entities (a Markdown renderer passes raw HTML through),
 * inline markers are backslash-escaped, and a line never starts as a heading, quote or list.
 */
export const escapeMarkdown = (value: string): string =>
  plainLine(value)
    // Leading spaces would turn a list item or paragraph into an indented code block.
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~{}]/g, (c) => `\\${c}`)
    .replace(/^([#+-]|\d+[.)])/, (marker: string) => `\\${marker}`);

/** The characters that end or confuse an inline `<script>` (`</script`, `<!--`) or, in old engines, a JS string. */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON (and JSON-LD) that a page may inline in `<script type="application/ld+json">` as served: `<`, `>`, `&`,
 * U+2028 and U+2029 as `\u` escapes. They can only occur inside strings of a JSON text, so the value is unchanged.
 * Also what a generated script embeds its data with, so the script stays safe to inline.
 */
export const scriptSafeJson = (json: string): string =>
  json.replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
