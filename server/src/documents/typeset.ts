// Each language's typesetting, applied once to every sentence we write and to every text an editor typed.
import { APOSTROPHE, frenchSpacing } from './typography';

/**
 * A straight apostrophe between two letters becomes the typographic one (l'e-mail → l’e-mail), except inside an
 * e-mail address or a web address, where it is part of the address.
 */
export const typographicApostrophes = (text: string): string =>
  text.includes("'")
    ? text
        .split(/(\s+)/)
        .map((token) => (/@|:\/\//.test(token) ? token : token.replace(/(?<=\p{L})'(?=\p{L})/gu, APOSTROPHE)))
        .join('')
    : text;

/**
 * French: no-break spaces before : ; ! ? and inside « » (docs/typography.md), and typographic apostrophes; English:
 * typographic apostrophes. Other languages are left as written.
 */
const TYPESETTERS: Record<string, (text: string) => string> = {
  // Only spaces already typed are turned into no-break ones: "Yahoo!" is a name, not an exclamation to space out.
  fr: (text) => frenchSpacing(typographicApostrophes(text), { insertMissing: false }),
  en: typographicApostrophes,
};

const asWritten = (text: string): string => text;

export const typesetterFor = (locale: string): ((text: string) => string) => TYPESETTERS[locale] ?? asWritten;

/** Every string in a value (the facts an editor typed), typeset; other values as they are. */
export const typesetDeep = <T>(value: T, typeset: (text: string) => string): T => {
  if (typeof value === 'string') return typeset(value) as T;
  if (Array.isArray(value)) return value.map((item) => typesetDeep(item, typeset)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typesetDeep(item, typeset)])) as T;
  }
  return value;
};
