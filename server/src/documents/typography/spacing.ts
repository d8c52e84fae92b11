// French spaces before high punctuation and inside guillemets, leaving addresses, times and merge tags untouched.

/** U+00A0, a word space that does not break: before the colon and inside guillemets. */
export const NO_BREAK_SPACE = '\u00A0';
/** U+202F, the "espace fine insécable": before the semicolon, the question mark and the exclamation mark. */
export const NARROW_NO_BREAK_SPACE = '\u202F';

const SPACE_BEFORE: Readonly<Record<string, string>> = {
  ':': NO_BREAK_SPACE,
  ';': NARROW_NO_BREAK_SPACE,
  '?': NARROW_NO_BREAK_SPACE,
  '!': NARROW_NO_BREAK_SPACE,
};

/**
 * Spans whose characters are not French prose, so not one of their spaces is touched: web, mail and phone
 * addresses, the merge tags of the supported e-mail tools ({{ }}, {% %}, {# #}, *| |*, %NAME%, [NAME]), {name}
 * placeholders, HTML tags and entities (a space in "&nbsp;" would break it), and numbers with a separator inside
 * (10:30, 16:9, 1,5). Each pattern is matched on its own and the spans joined, so that a merge tag inside an
 * address ("https://x.fr/?id={{ contact.ID }}") is protected whole even where the address stops at its space.
 */
const PROTECTED: readonly RegExp[] = [
  String.raw`(?:https?|ftp):\/\/[^\s<>"'«»]+`,
  String.raw`\bwww\.[^\s<>"'«»]+`,
  String.raw`\b(?:mailto|tel):[^\s<>"'«»]+`,
  String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`,
  String.raw`\{\{[\s\S]*?\}\}`,
  String.raw`\{%[\s\S]*?%\}`,
  String.raw`\{#[\s\S]*?#\}`,
  String.raw`\*\|[\s\S]*?\|\*`,
  String.raw`%[A-Za-z_][A-Za-z0-9_]*%`,
  String.raw`\[[A-Za-z_][A-Za-z0-9_]*\]`,
  String.raw`\{[A-Za-z_$][\w.$-]*\}`,
  String.raw`<[^<>]*>`,
  String.raw`&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);`,
  String.raw`\d+(?:[:.,/]\d+)+`,
].map((pattern) => new RegExp(pattern, 'g'));
const ADDRESS = /^(?:(?:https?|ftp|mailto|tel):|www\.)/i;
// As in escape.ts: a full stop or a question mark after an address ends the sentence, not the address.
const TRAILING_PUNCTUATION = /[.,;:!?)»]+$/;

const isOrdinarySpace = (c: string): boolean => c === ' ' || c === '\t';
const isHorizontalSpace = (c: string): boolean => isOrdinarySpace(c) || c === NO_BREAK_SPACE || c === NARROW_NO_BREAK_SPACE;
const isWhitespace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/** What may follow a mark for a missing space to be inserted before it: the mark must end a clause ("Quoi?!" too). */
const endsClause = (next: string | undefined): boolean => next === undefined || isWhitespace(next) || '»)]"’?!'.includes(next);

const protectedMask = (text: string): boolean[] => {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const pattern of PROTECTED) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const token = ADDRESS.test(match[0]) ? match[0].replace(TRAILING_PUNCTUATION, '') : match[0];
      mask.fill(true, start, start + token.length);
    }
  }
  return mask;
};

/** The space a run of spaces should become, or the run itself when it is not next to one of the marks. */
const respace = (text: string, mask: readonly boolean[], start: number, end: number): string => {
  const run = text.slice(start, end);
  // Existing no-break spaces are left as the editor or translator chose them: both widths are accepted practice.
  if (![...run].some(isOrdinarySpace)) return run;
  const before = text[start - 1];
  const after = text[end];
  // A mark at the start of a line has no word to stay with.
  if (before === undefined || before === '\n' || before === '\r') return run;
  if (after !== undefined && !mask[end] && after in SPACE_BEFORE) return SPACE_BEFORE[after];
  if (after === '»' && !mask[end]) return NO_BREAK_SPACE;
  if (before === '«' && !mask[start - 1] && after !== undefined && after !== '\n' && after !== '\r') return NO_BREAK_SPACE;
  return run;
};

export interface FrenchSpacingOptions {
  /**
   * Also insert the space where none was typed ("Bonjour!" → "Bonjour !"). On by default for our own wording;
   * pass false for text an editor typed, where "Yahoo!" is a name and not an exclamation.
   */
  insertMissing?: boolean;
}

/**
 * French spacing: an ordinary space (or several, or tabs) before ; ? ! becomes U+202F, before : U+00A0, after « and
 * before » U+00A0. A missing space is inserted inside guillemets always, and before ; : ? ! only between a letter of
 * prose and a mark that ends a clause. Only spaces change, and applying it twice gives the same text as once.
 */
export const frenchSpacing = (text: string, options: FrenchSpacingOptions = {}): string => {
  const insertMissing = options.insertMissing ?? true;
  const mask = protectedMask(text);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (mask[i]) {
      out += c;
      i += 1;
      continue;
    }
    if (isHorizontalSpace(c)) {
      let end = i;
      while (end < text.length && !mask[end] && isHorizontalSpace(text[end])) end += 1;
      out += respace(text, mask, i, end);
      i = end;
      continue;
    }
    const previous = text[i - 1];
    if (c in SPACE_BEFORE) {
      if (insertMissing && i > 0 && !mask[i - 1] && isLetter(previous) && endsClause(text[i + 1])) out += SPACE_BEFORE[c];
    } else if (c === '»' && previous !== undefined && !isWhitespace(previous) && previous !== '«') {
      out += NO_BREAK_SPACE;
    }
    out += c;
    const next = text[i + 1];
    if (c === '«' && next !== undefined && !isWhitespace(next) && next !== '»') out += NO_BREAK_SPACE;
    i += 1;
  }
  return out;
};

/**
 * Whether the text has a space French typography would not print: an ordinary space before ; : ! ? or after « or
 * before », or no space at all inside guillemets. A mark with no space before it ("Bonjour!") is not reported,
 * since it cannot be told from a name or an address ("Yahoo!", "x.fr/?a=1"). Defined as "frenchSpacing without
 * insertion would change it", so the check and the fix never disagree.
 */
export const hasBadFrenchSpace = (text: string): boolean => frenchSpacing(text, { insertMissing: false }) !== text;
