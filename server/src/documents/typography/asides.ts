// Parenthetical asides ("Matomo (hébergé en France)") that never double, repeat or nest parentheses.

/** Lower case, no accents, no plural s or x: "Équipes internes" and "équipe interne" are the same words. */
const wordsOf = (value: string): string[] =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => (word.length > 3 ? word.replace(/[sx]$/, '') : word));

/**
 * The pieces of a value with its own parentheses opened up: "Matomo (auto-hébergé)" gives "Matomo" and
 * "auto-hébergé". Commas the editor typed are left alone ("1,5 Go" is one piece of text, not two).
 */
const pieces = (value: string): string[] =>
  value
    .split(/[()]/)
    .map((piece) => piece.replace(/^[\s,;]+|[\s,;]+$/g, ''))
    .filter((piece) => piece !== '');

/**
 * The text of an aside made of several parts, such as "(provider, party)": empty parts dropped, inner parentheses
 * flattened into commas, a part that repeats an earlier one dropped. `aside(['Matomo (auto-hébergé)', 'nous'])` is
 * "Matomo, auto-hébergé, nous". Empty when no part has text.
 */
export const aside = (parts: readonly string[]): string => {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const piece of parts.flatMap(pieces)) {
    const key = wordsOf(piece).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(piece);
  }
  return kept.join(', ');
};

/** Every word of the aside already said by the main text ("Courrielia (équipes internes)" and "équipe interne"). */
const repeats = (main: string, text: string): boolean => {
  const said = new Set(wordsOf(main));
  const words = wordsOf(text);
  return words.length > 0 && words.every((word) => said.has(word));
};

/**
 * The main text with an aside: "Courrielia (équipe interne)". When the main text already has parentheses the aside
 * follows after a comma ("Matomo (auto-hébergé), nous"), so that a reader never meets ") (" or a parenthesis inside
 * another; an aside whose words the main text already says is left out. The aside may be a list of parts, as `aside`.
 */
export const withAside = (main: string, extra: string | readonly string[]): string => {
  const text = aside(typeof extra === 'string' ? [extra] : extra);
  const head = main.trimEnd();
  if (text === '' || repeats(head, text)) return main;
  if (head === '') return text;
  return /[()]/.test(head) ? `${head}, ${text}` : `${head} (${text})`;
};
