// French elision of a particle before an editor's value: "de" + "Atelier Boréal" gives "d’Atelier Boréal".

/** The typographic apostrophe (U+2019), the one French typography uses for elision. */
export const APOSTROPHE = '\u2019';

/**
 * The particles that elide before a vowel sound. `ce` is left out on purpose: it elides only before forms of être
 * and before ça (c’est, c’était), and before a noun it becomes the determiner `cet` (cet hôtel), so it never elides
 * before an inserted value. `si` (s’il) elides only before il and ils, never before a value either.
 */
export const ELIDABLE_PARTICLES = ['de', 'que', 'le', 'la', 'je', 'me', 'te', 'se', 'ne', 'jusque', 'lorsque', 'puisque'] as const;
export type ElidableParticle = (typeof ELIDABLE_PARTICLES)[number];
/** A particle as written in the sentence: capitalised when it starts one ("D’Atelier Boréal…"). */
export type Particle = ElidableParticle | Capitalize<ElidableParticle>;

/** Lower case without accents, so that an editor's "HEROS" or "Héros" finds "héros" on the lists. */
const fold = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold));

/**
 * Words whose h is aspirated: no elision before them (le hasard, de Hongrie). Sources: the lists cited in
 * docs/typography.md; loanwords and brands (hashtag, holding, Hyundai) follow usage, as no list has them. Folding
 * accents is safe here: no word with a mute h differs from one of these only by its accents. Left out after checking: humour, Haïti, héroïne, hôtel (mute h),
 * and Halloween, whose h the OQLF and the Language Portal of Canada call mute ("le soir d’Halloween").
 */
const ASPIRATED_H = folded([
  'hache',
  'hachette',
  'hacker',
  'hackeur',
  'haie',
  'haillon',
  'haine',
  'haïr',
  'hais',
  'hait',
  'hall',
  'halle',
  'halte',
  'hamac',
  'hamburger',
  'hameau',
  'hamster',
  'hanche',
  'handball',
  'hand-ball',
  'handicap',
  'hangar',
  'hanter',
  'harceler',
  'harcèlement',
  'hardi',
  'hareng',
  'harem',
  'hargne',
  'haricot',
  'harnais',
  'harpe',
  'hasard',
  'hashtag',
  'hâte',
  'hausse',
  'haut',
  'hautbois',
  'hauteur',
  'havre',
  'hennir',
  'hernie',
  'héron',
  'héros',
  'hérisson',
  'hêtre',
  'heurt',
  'hibou',
  'hiérarchie',
  'hippie',
  'hisser',
  'hit',
  'hobby',
  'hockey',
  'holding',
  'hold-up',
  'homard',
  'hongrois',
  'honte',
  'honteux',
  'hoquet',
  'horde',
  'hors',
  'hot-dog',
  'hotte',
  'houblon',
  'houille',
  'houle',
  'housse',
  'houx',
  'hublot',
  'hue',
  'huer',
  'huée',
  'huit',
  'huitaine',
  'huitième',
  'hurlement',
  'hurler',
  'hussard',
  'hutte',
  // Proper names that keep their h aspirated.
  'Hachette',
  'Hambourg',
  'Honduras',
  'Hanovre',
  'Havane',
  'Hollande',
  'Hongrie',
  'Hyundai',
]);

/** Words that start with a vowel letter and still refuse elision (le onze, le oui, le ouistiti). */
const VOWEL_WITHOUT_ELISION = folded(['onze', 'onzième', 'oui', 'ouistiti']);

/** Words in y + vowel that do elide, against the rule that y + vowel is a consonant sound (l’Yonne, d’yeux). */
const Y_VOWEL_WITH_ELISION = folded(['yeux', 'yeuse', 'Yonne', 'Yeu']);

const VOWEL = /^[aeiouœæ]/;
const VOWEL_OR_Y = /^[aeiouyœæ]/;
const CONSONANT = /^[b-df-hj-np-tv-xz]/;
const FIRST_WORD = /^[\p{L}'’-]+/u;

/** The word whole or before its first hyphen or apostrophe ("hors" in "hors-série"). */
const heads = (word: string): string[] => [word, word.split(/[-'’]/)[0]];

/** Exactly a listed word: the short lists do not inflect, as "ouïe" (l’ouïe) is not a form of "oui". */
const isListed = (list: ReadonlySet<string>, word: string): boolean => heads(word).some((candidate) => list.has(candidate));
/** A word of the h aspiré list or one of its inflections (haute, hautes, hameaux, haies). */
const isAspiratedH = (word: string): boolean =>
  heads(word).some((candidate) =>
    [
      candidate,
      ...['s', 'x', 'e', 'es'].map((ending) => (candidate.endsWith(ending) ? candidate.slice(0, -ending.length) : candidate)),
    ].some((form) => ASPIRATED_H.has(form))
  );

/**
 * Whether a value starts with a vowel sound, the condition for elision: a vowel letter (any accent, either case, œ,
 * æ), a mute h (h then a vowel, not on the h aspiré list), or y before a consonant (Yves). Never a digit or a sign:
 * "3F" reads "trois", "« X »" and "@home" are not words, and guessing how they are read is not worth a wrong apostrophe.
 * An acronym is read letter by letter, so one starting with a vowel letter elides (d’IBM, d’EDF).
 */
export const isVowelSound = (value: string): boolean => {
  if (!/^\p{L}/u.test(value)) return false;
  const word = FIRST_WORD.exec(fold(value))?.[0] ?? '';
  if (VOWEL.test(word)) return !isListed(VOWEL_WITHOUT_ELISION, word);
  if (word.startsWith('h')) return VOWEL_OR_Y.test(word.slice(1)) && !isAspiratedH(word);
  if (word.startsWith('y')) return CONSONANT.test(word.slice(1)) || isListed(Y_VOWEL_WITH_ELISION, word);
  return false;
};

/**
 * The particle and the value joined as French writes them: "d’Atelier Boréal", "de Courrielia", "qu’Atelier".
 * The value is inserted unchanged; only the particle loses its last vowel.
 */
export const elide = (particle: Particle, value: string): string => {
  if (value === '') return particle;
  return isVowelSound(value) ? `${particle.slice(0, -1)}${APOSTROPHE}${value}` : `${particle} ${value}`;
};

/**
 * The same as a one-argument function, for an i18next formatter or a template helper that receives only the value:
 * `i18n.services.formatter.add('de', (value) => frenchParticle('de')(value))` then "{{sender, de}}".
 */
export const frenchParticle =
  (particle: Particle) =>
  (value: string): string =>
    elide(particle, value);
