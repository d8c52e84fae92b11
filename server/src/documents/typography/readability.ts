// Reading-ease scores of our documents' text: Flesch for English, Kandel and Moles' adaptation for French.

export type ReadabilityFormula = 'flesch' | 'kandel-moles';

export interface ReadabilityScore {
  formula: ReadabilityFormula;
  /** Higher is easier; about 60 to 70 is plain language. Rounded to one decimal. */
  score: number;
  words: number;
  sentences: number;
  syllables: number;
}

interface Formula {
  name: ReadabilityFormula;
  base: number;
  perWordsPerSentence: number;
  perSyllablesPerWord: number;
  syllables: (word: string) => number;
}

/**
 * English syllables, the usual heuristic: vowel groups, less a silent final e (but "-le" after a consonant is
 * heard: "sim-ple"), a silent "-es" or "-ed" (makes, used, played; not houses, wanted), and a leading y.
 */
const englishSyllables = (word: string): number => {
  const letters = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (letters.length <= 3) return 1;
  const withoutEnding = letters
    .replace(/([^aeiouy])es$/, (_match, consonant: string) => ('sxzcg'.includes(consonant) ? `${consonant}es` : consonant))
    .replace(/([^aeioutd])ed$/, '$1');
  const withoutSilentE = /[^aeiouy]le$/.test(withoutEnding) ? withoutEnding : withoutEnding.replace(/([^aeiouy])e$/, '$1');
  return Math.max(1, withoutSilentE.replace(/^y/, '').match(/[aeiouy]+/g)?.length ?? 0);
};

const FRENCH_VOWELS = 'aeiouyàâäéèêëîïôöùûüÿœæ';

/**
 * French syllables: vowel groups (ou, eau, oi, ai count once), split where French hears two vowels (é before a vowel:
 * ré-a-li-té; a vowel with a diaeresis: na-ïf), less a mute final e or es (don-nées, a-dresse).
 */
const frenchSyllables = (word: string): number => {
  const groups = (text: string): number => text.match(new RegExp(`[${FRENCH_VOWELS}]+`, 'g'))?.length ?? 0;
  const letters = word.toLowerCase().replace(new RegExp(`[^a-zçñ${FRENCH_VOWELS}]`, 'g'), '');
  // Split before counting, so that the mute e of "créée" or "données" is a group of its own and can be dropped.
  const split = letters.replace(/é(?=[aeiouyàâéèêîôû])/g, 'é-').replace(/([aeiouy])(?=[ïüë])/g, '$1-');
  const count = (text: string): number => text.split('-').reduce((total, part) => total + groups(part), 0);
  const withoutMuteEnding = split.replace(/es?$/, '');
  return Math.max(1, count(split) > 1 && count(withoutMuteEnding) > 0 ? count(withoutMuteEnding) : count(split));
};

const FORMULAS: Readonly<Partial<Record<string, Formula>>> = {
  // Flesch (1948), "A new readability yardstick".
  en: { name: 'flesch', base: 206.835, perWordsPerSentence: 1.015, perSyllablesPerWord: 84.6, syllables: englishSyllables },
  // Kandel and Moles (1958), Flesch's formula refitted to French.
  fr: { name: 'kandel-moles', base: 207, perWordsPerSentence: 1.015, perSyllablesPerWord: 73.6, syllables: frenchSyllables },
};

/** A word: letters or digits, with inner apostrophes and hyphens ("l’adresse", "e-mail" are one word, as Flesch counts). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** A sentence ends at . ! ? or … followed by a space, or at a line break: a list item or a heading is one. */
const SENTENCE_END = /[.!?…]+(?=\s|$)|\n/u;

/** A token of digits or an acronym is read as one unit: Flesch counts figures and abbreviations as one syllable. */
const isFigureOrAcronym = (word: string): boolean => /^\p{N}+$/u.test(word) || /^\p{Lu}{2,}$/u.test(word);

/**
 * The reading-ease score of a text: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word for English
 * (Flesch), 207 − 1.015 × words per sentence − 73.6 × syllables per word for French (Kandel and Moles). Null for a
 * language with no formula here, and for a text without a word. Syllables are counted by heuristic, so read the
 * score as a trend between versions of a text, not a measure to the decimal.
 */
export const readability = (text: string, locale: string): ReadabilityScore | null => {
  const formula = FORMULAS[locale.toLowerCase().split(/[-_]/)[0]];
  if (formula === undefined) return null;
  const sentenceWords = text
    .split(SENTENCE_END)
    .map((sentence) => sentence.match(WORD) ?? [])
    .filter((sentence) => sentence.length > 0);
  const words = sentenceWords.flat();
  if (words.length === 0) return null;
  const syllables = words.reduce((count, word) => count + (isFigureOrAcronym(word) ? 1 : formula.syllables(word)), 0);
  const raw =
    formula.base -
    formula.perWordsPerSentence * (words.length / sentenceWords.length) -
    formula.perSyllablesPerWord * (syllables / words.length);
  // `|| 0` turns a rounded −0 into 0.
  return { formula: formula.name, score: Math.round(raw * 10) / 10 || 0, words: words.length, sentences: sentenceWords.length, syllables };
};
