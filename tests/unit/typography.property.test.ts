// Property: the typography rules hold for generated editors' values, not only for the examples we thought of.
import fc from 'fast-check';
import {
  NARROW_NO_BREAK_SPACE as NNBSP,
  NO_BREAK_SPACE as NBSP,
  elide,
  formatLongDate,
  frenchSpacing,
  hasBadFrenchSpace,
  isVowelSound,
  lowerFirstCommonWord,
  readability,
  withAside,
} from '../../server/src/documents/typography';
import { mergeTagsIn } from '../helpers/merge-tags';

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) };

const CONSONANTS = 'bcdfgjklmnpqrstvwxz';
const letters = (alphabet: string, minLength = 0): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength: 8 });
/** What an editor types after the first word of an organization's name. */
const nameEnd = fc.constantFrom('', ' Conseil', ' SAS', '-Lab', ' & Fils', ' (Lyon)', ' 2');
const casing = fc.constantFrom(
  (word: string) => word,
  (word: string) => word.charAt(0).toUpperCase() + word.slice(1),
  (word: string) => word.toUpperCase()
);

/** A name and whether French elides before it, by construction rather than by the code under test. */
type Named = { name: string; elides: boolean };
const named = (name: fc.Arbitrary<string>, elides: boolean): fc.Arbitrary<Named> => name.map((value) => ({ name: value, elides }));

const vowelNames = fc
  .tuple(fc.constantFrom(...'aeiouàâäéèêëîïôöùûüœæAEIOUÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜŒÆ'), letters(CONSONANTS), nameEnd)
  .map(([first, rest, end]) => first + rest + end);
const muteHNames = fc
  .tuple(
    fc.constantFrom(
      'homme',
      'hôtel',
      'hiver',
      'heure',
      'histoire',
      'humour',
      'habitat',
      'hélène',
      'hugo',
      'hôpital',
      'horizon',
      'herbe',
      'huile',
      'hygiène'
    ),
    casing,
    nameEnd
  )
  .map(([word, cased, end]) => cased(word) + end);
const aspiratedHNames = fc
  .tuple(
    fc.constantFrom(
      'hache',
      'haine',
      'hall',
      'hamac',
      'hameau',
      'hangar',
      'hasard',
      'haut',
      'héros',
      'hêtre',
      'hibou',
      'hockey',
      'homard',
      'honte',
      'hors',
      'houx',
      'huit'
    ),
    casing,
    nameEnd
  )
  .map(([word, cased, end]) => cased(word) + end);
const consonantNames = fc
  .tuple(fc.constantFrom(...(CONSONANTS + CONSONANTS.toUpperCase() + 'çÇñÑ')), letters('aeiouébcdrst'), nameEnd)
  .map(([first, rest, end]) => first + rest + end);
const digitNames = fc.tuple(fc.constantFrom(...'0123456789'), letters('aeiou0123456789')).map(([first, rest]) => first + rest);
const yConsonantNames = fc.tuple(fc.constantFrom('Y', 'y'), letters(CONSONANTS, 1), nameEnd).map(([y, rest, end]) => y + rest + end);
const yVowelNames = fc
  .tuple(fc.constantFrom('Y', 'y'), fc.constantFrom('a', 'o', 'u'), letters(CONSONANTS), nameEnd)
  .map(([y, vowel, rest, end]) => y + vowel + rest + end);

describe('elide', () => {
  test('d’Name exactly for names starting with a vowel sound, de Name for every other', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          named(vowelNames, true),
          named(muteHNames, true),
          named(yConsonantNames, true),
          named(aspiratedHNames, false),
          named(consonantNames, false),
          named(digitNames, false),
          named(yVowelNames, false)
        ),
        ({ name, elides }) => {
          expect(isVowelSound(name)).toBe(elides);
          expect(elide('de', name)).toBe(elides ? `d’${name}` : `de ${name}`);
        }
      ),
      runs
    );
  });

  test('for any value, the output is d’ plus the value exactly when isVowelSound says so, and the value is kept whole', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (value) => {
        expect(elide('de', value)).toBe(isVowelSound(value) ? `d’${value}` : `de ${value}`);
        expect(elide('que', value).endsWith(value)).toBe(true);
      }),
      runs
    );
  });
});

/** Pieces of French text, of addresses and of merge tags, so that the generated texts meet every rule. */
const textPiece = fc.constantFrom(
  'a',
  'é',
  'Oui',
  'mot',
  ' ',
  ' ',
  '  ',
  '\t',
  NBSP,
  NNBSP,
  '\n',
  ':',
  ';',
  '?',
  '!',
  '«',
  '»',
  '.',
  ',',
  '...',
  '0',
  '10:30',
  '/',
  '?a=1',
  'https://x.fr/',
  'www.x.fr',
  'dpo@x.fr',
  '{{ contact.FIRSTNAME }}',
  '{{ x | default : "a" }}',
  '{% if x %}',
  '*|FNAME|*',
  '%FIRSTNAME%',
  '[UNSUBSCRIBE]',
  '{name}',
  '&nbsp;',
  '<b>',
  '(',
  ')',
  '"',
  '’'
);
const frenchText = fc.array(textPiece, { maxLength: 30 }).map((pieces) => pieces.join(''));
const withoutSpaces = (text: string): string => text.replace(/[ \t\u00A0\u202F]/g, '');

describe('frenchSpacing', () => {
  test('is idempotent, with and without insertion', () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        const once = frenchSpacing(text);
        expect(frenchSpacing(once)).toBe(once);
        const replaced = frenchSpacing(text, { insertMissing: false });
        expect(frenchSpacing(replaced, { insertMissing: false })).toBe(replaced);
      }),
      runs
    );
  });

  test('changes nothing but spaces (U+0020, tab, U+00A0, U+202F)', () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        expect(withoutSpaces(frenchSpacing(text))).toBe(withoutSpaces(text));
      }),
      runs
    );
  });

  test('leaves every merge tag exactly as typed', () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        expect(mergeTagsIn(frenchSpacing(text))).toEqual(mergeTagsIn(text));
      }),
      runs
    );
  });

  test('leaves no bad space in text made of words and marks separated by ordinary spaces', () => {
    const token = fc.oneof(letters('abcdeéèàôhilmnorstuy', 1), fc.constantFrom(':', ';', '?', '!', '«', '»'));
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 20 }), (tokens) => {
        const text = tokens.join(' ');
        expect(hasBadFrenchSpace(frenchSpacing(text))).toBe(false);
      }),
      runs
    );
  });
});

describe('lowerFirstCommonWord', () => {
  const value = fc
    .array(
      fc.oneof(
        letters('abcdeéhilmnorstu', 1),
        letters('ABCDEÉ', 1),
        fc.constantFrom('Adresse', 'Nom', 'Google', 'LinkedIn', 'x64', 'Le', 'L’adresse')
      ),
      {
        maxLength: 5,
      }
    )
    .map((words) => words.join(' '));

  test('changes at most the case of the first letter, and applying it twice changes nothing more', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('fr', 'en', 'de'), (text, locale) => {
        const lowered = lowerFirstCommonWord(text, locale);
        expect(lowered.toLowerCase()).toBe(text.toLowerCase());
        expect([...lowered].filter((c, i) => c !== [...text][i]).length).toBeLessThanOrEqual(1);
        expect(lowerFirstCommonWord(lowered, locale)).toBe(lowered);
      }),
      runs
    );
  });

  test('never lowers a name followed by a capitalised word', () => {
    const names = fc.tuple(
      fc.constantFrom('Google', 'Atelier', 'Courrielia', 'Brevo', 'Matomo'),
      fc.constantFrom('Analytics', 'Boréal', 'SAS', 'Ireland')
    );
    fc.assert(
      fc.property(names, ([first, second]) => {
        expect(lowerFirstCommonWord(`${first} ${second}`, 'fr')).toBe(`${first} ${second}`);
      }),
      runs
    );
  });
});

describe('withAside', () => {
  const depth = (text: string): number => {
    let level = 0;
    let deepest = 0;
    for (const c of text) {
      if (c === '(') deepest = Math.max(deepest, ++level);
      if (c === ')') level = Math.max(0, level - 1);
    }
    return deepest;
  };
  const piece = fc
    .array(fc.constantFrom('Matomo', 'nous', 'équipe', 'interne', '(', ')', ' ', ',', 'auto-hébergé'), { maxLength: 8 })
    .map((p) => p.join(''));

  test('never nests parentheses and keeps the main text at the start', () => {
    fc.assert(
      fc.property(piece, fc.oneof(piece, fc.array(piece, { maxLength: 4 })), (main, extra) => {
        const result = withAside(main, extra);
        expect(depth(result)).toBeLessThanOrEqual(Math.max(1, depth(main)));
        expect(result.startsWith(main.trimEnd())).toBe(true);
      }),
      runs
    );
  });
});

describe('formatLongDate', () => {
  test('French says 1er exactly on the first of the month, and every language shows the UTC day', () => {
    const dates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dates, (date) => {
        const iso = date.toISOString();
        const day = date.getUTCDate();
        const french = formatLongDate(iso, 'fr');
        expect(french.startsWith(day === 1 ? '1er ' : `${day} `)).toBe(true);
        expect(formatLongDate(iso, 'en').startsWith(`${day} `)).toBe(true);
      }),
      runs
    );
  });
});

describe('readability', () => {
  test('is null or a finite score rounded to one decimal, with consistent counts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('fr', 'en', 'fr-CA', 'en-GB'), (text, locale) => {
        const result = readability(text, locale);
        if (result === null) return;
        expect(Number.isFinite(result.score)).toBe(true);
        expect(Math.round(result.score * 10) / 10).toBe(result.score);
        expect(result.sentences).toBeGreaterThanOrEqual(1);
        expect(result.sentences).toBeLessThanOrEqual(result.words);
        expect(result.syllables).toBeGreaterThanOrEqual(result.words);
      }),
      runs
    );
  });
});
