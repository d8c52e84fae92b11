// Worksheet names a spreadsheet accepts: at most 31 characters, none of [ ] : * ? / \, no quote at either end, unique.

/** Excel's limit, counted in UTF-16 units as exceljs counts it. */
export const SHEET_NAME_MAX = 31;

/** Characters Excel refuses in a sheet name, and control characters, which XML cannot hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is this expression's job
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001F\u007F]/g;

/** Excel keeps this name for its change history, whatever the case. */
const RESERVED = ['history'];

/** The longest start of `value` that fits in `max` UTF-16 units without splitting a character. */
const clip = (value: string, max: number): string => {
  let out = '';
  for (const character of value) {
    if (out.length + character.length > max) break;
    out += character;
  }
  return out;
};

/** No apostrophe first or last, no space at the ends. */
const tidy = (value: string): string =>
  value
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();

/**
 * One valid, unique name per wanted name, in order: forbidden characters become spaces, a long name is cut, and a
 * name already taken (case-insensitively, `reserved` included) gets " (2)", " (3)"… within the 31 characters.
 * A name left empty becomes `${fallback} ${position}`.
 */
export const sheetNames = (wanted: readonly string[], reserved: readonly string[] = [], fallback = 'Sheet'): string[] => {
  const taken = new Set([...RESERVED, ...reserved.map((name) => name.toLowerCase())]);
  return wanted.map((name, index) => {
    const base = tidy(name.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ')) || `${fallback} ${index + 1}`;
    let candidate = tidy(clip(base, SHEET_NAME_MAX)) || `${fallback} ${index + 1}`;
    for (let number = 2; taken.has(candidate.toLowerCase()); number += 1) {
      const suffix = ` (${number})`;
      candidate = `${tidy(clip(base, SHEET_NAME_MAX - suffix.length))}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
};
