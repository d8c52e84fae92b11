// Unit: French and English typography of inserted values, examples of each rule and of its exceptions.
import {
  NARROW_NO_BREAK_SPACE as NNBSP,
  NO_BREAK_SPACE as NBSP,
  aside,
  elide,
  formatLongDate,
  frenchParticle,
  frenchSpacing,
  hasBadFrenchSpace,
  isVowelSound,
  lowerFirstCommonWord,
  lowerFirstInList,
  readability,
  withAside,
} from '../../server/src/documents/typography';

describe('elide', () => {
  test.each([
    ['de', 'Atelier Boréal', 'd’Atelier Boréal'],
    ['de', 'Courrielia', 'de Courrielia'],
    ['que', 'Atelier', 'qu’Atelier'],
    ['le', 'organisme', 'l’organisme'],
    ['la', 'entreprise', 'l’entreprise'],
    ['je', 'accepte', 'j’accepte'],
    ['ne', 'utilise', 'n’utilise'],
    ['se', 'inscrire', 's’inscrire'],
    ['me', 'envoyer', 'm’envoyer'],
    ['te', 'écrire', 't’écrire'],
    ['jusque', 'au 1er juin', 'jusqu’au 1er juin'],
    ['lorsque', 'il', 'lorsqu’il'],
    ['puisque', 'elle', 'puisqu’elle'],
  ] as const)('%s + %s gives %s', (particle, value, expected) => {
    expect(elide(particle, value)).toBe(expected);
  });

  test('uses the typographic apostrophe U+2019 and keeps the capital of a particle that starts a sentence', () => {
    expect(elide('de', 'Orange')).toBe('d\u2019Orange');
    expect(elide('De', 'Orange')).toBe('D’Orange');
    expect(elide('Que', 'Brevo')).toBe('Que Brevo');
  });

  test.each([
    'Atelier',
    'ÉcoLab',
    'Île-de-France',
    'Ôtop',
    'Ursaf',
    'Œuvre',
    'Æther',
    'À la carte',
    'Âge',
    'Ïle',
    'Ümit',
    'ébène',
    'IBM',
    'EDF',
    'OVHcloud',
  ])('elides before the vowel letter of %s', (value) => {
    expect(isVowelSound(value)).toBe(true);
    expect(elide('de', value)).toBe(`d’${value}`);
  });

  test.each(['Hélène', 'hôtel', 'Hôpital Nord', 'histoire', 'humour', 'héroïne', 'Hygiène Plus', 'HEC', 'Haïti'])(
    'elides before the mute h of %s',
    (value) => {
      expect(elide('de', value)).toBe(`d’${value}`);
    }
  );

  test.each([
    'hache',
    'Haie Vive',
    'haine',
    'hall',
    'Halte',
    'hamac',
    'Hameau du Lac',
    'hamster',
    'hanche',
    'handicap',
    'hangar',
    'hareng',
    'haricot',
    'harpe',
    'hasard',
    'hausse',
    'Haut Débit',
    'hauteur',
    'Havre de Paix',
    'hérisson',
    'Héros',
    'HEROS',
    'hêtre',
    'hibou',
    'hiboux',
    'hiérarchie',
    'hockey',
    'homard',
    'honte',
    'Hors-série',
    'houx',
    'huit',
    'huitième',
    'hurler',
    'hutte',
    'Hollande',
    'Hongrie',
    'Hachette',
    'Hanovre',
    'Havane',
    'hamburger',
    'handball',
    'harem',
    'hargne',
    'hernie',
    'hippie',
    'hit',
    'hobby',
    'holding',
    'hot-dog',
    'hublot',
    'hue',
    'Hyundai',
    'Hautes-Alpes',
  ])('does not elide before the aspirated h of %s', (value) => {
    expect(isVowelSound(value)).toBe(false);
    expect(elide('de', value)).toBe(`de ${value}`);
  });

  test('an inflected form of a listed word keeps its h aspirated, and the short lists do not inflect', () => {
    for (const value of ['haies', 'huées', 'hautes', 'hameaux']) expect(elide('de', value)).toBe(`de ${value}`);
    expect(elide('de', 'ouïe')).toBe('d’ouïe');
  });

  test('y: a vowel before a consonant (Yves), a consonant before a vowel (Yahoo, yaourt, yacht, yoga)', () => {
    expect(elide('de', 'Yves')).toBe('d’Yves');
    expect(elide('de', 'Yvelines Numérique')).toBe('d’Yvelines Numérique');
    for (const value of ['Yahoo', 'yaourt', 'yacht', 'yoga', 'Yémen']) expect(elide('de', value)).toBe(`de ${value}`);
    expect(elide('la', 'Yonne')).toBe('l’Yonne');
  });

  test('never before a digit, a sign or a consonant, nor before a vowel word that refuses elision', () => {
    for (const value of ['3F', '« X »', '@home', '#hashtag', ' Atelier', '(Atelier)', 'Brevo', 'Matomo', 'HTML', 'onze', 'OUI.sncf']) {
      expect(elide('de', value)).toBe(`de ${value}`);
    }
    expect(elide('de', '')).toBe('de');
  });

  test('frenchParticle gives the one-argument function an i18next formatter needs', () => {
    const de = frenchParticle('de');
    expect(de('Atelier Boréal')).toBe('d’Atelier Boréal');
    expect(de('Courrielia')).toBe('de Courrielia');
  });
});

describe('frenchSpacing', () => {
  test('an ordinary space before : becomes U+00A0, before ; ? ! U+202F', () => {
    expect(frenchSpacing('Finalités : mesure ; envoi ? oui ! non')).toBe(
      `Finalités${NBSP}: mesure${NNBSP}; envoi${NNBSP}? oui${NNBSP}! non`
    );
  });

  test('several spaces or a tab become one no-break space', () => {
    expect(frenchSpacing('Vraiment   ?')).toBe(`Vraiment${NNBSP}?`);
    expect(frenchSpacing('Note\t: voir')).toBe(`Note${NBSP}: voir`);
  });

  test('inserts the missing space between a word and a mark that ends a clause', () => {
    expect(frenchSpacing('Bonjour! Ça va? Oui; merci: voilà')).toBe(`Bonjour${NNBSP}! Ça va${NNBSP}? Oui${NNBSP}; merci${NBSP}: voilà`);
    expect(frenchSpacing('Vraiment?!')).toBe(`Vraiment${NNBSP}?!`);
    expect(frenchSpacing('Quoi!!')).toBe(`Quoi${NNBSP}!!`);
  });

  test('inserts nothing after another mark, a digit, or inside a word', () => {
    for (const text of ['Quoi...?', 'à 10:30', 'ratio 16:9', 'mailto:dpo@a.fr', 'page?id=1', 'Note:voir', '3!']) {
      expect(frenchSpacing(text)).toBe(text);
    }
  });

  test('leaves addresses, merge tags, placeholders, HTML tags and entities alone', () => {
    for (const text of [
      'https://x.fr/?a=1',
      'Voir https://x.fr/page?',
      'écrivez à dpo@atelier.fr!',
      'Bonjour {{ contact.FIRSTNAME }}!',
      'Bonjour {{ contact.FIRSTNAME | default : "ami" }}',
      'Bonjour *|FNAME|*!',
      'Bonjour %FIRSTNAME%!',
      'Cliquez [UNSUBSCRIBE]!',
      '{% if contact.OPTIN %}oui{% endif %}',
      'Bonjour {name}!',
      '<a style="color:red; margin:0">x</a>',
      'Prix&nbsp; x',
    ]) {
      expect(frenchSpacing(text)).toBe(text);
    }
  });

  test('a space typed between a merge tag or an address and a mark is still made no-break', () => {
    expect(frenchSpacing('Bonjour {{ contact.FIRSTNAME }} !')).toBe(`Bonjour {{ contact.FIRSTNAME }}${NNBSP}!`);
    expect(frenchSpacing('Site : https://x.fr ?')).toBe(`Site${NBSP}: https://x.fr${NNBSP}?`);
  });

  test('guillemets get U+00A0 inside, typed or missing', () => {
    expect(frenchSpacing('«x»')).toBe(`«${NBSP}x${NBSP}»`);
    expect(frenchSpacing('« Accepter »')).toBe(`«${NBSP}Accepter${NBSP}»`);
    expect(frenchSpacing('«{{ sender }}»')).toBe(`«${NBSP}{{ sender }}${NBSP}»`);
    expect(frenchSpacing('«»')).toBe('«»');
  });

  test('keeps no-break spaces already typed, and a mark that starts a line', () => {
    expect(frenchSpacing(`Oui${NBSP}!`)).toBe(`Oui${NBSP}!`);
    expect(frenchSpacing('Liste\n : suite')).toBe('Liste\n : suite');
  });

  test('insertMissing: false only replaces typed spaces, for editors’ text such as "Yahoo!"', () => {
    expect(frenchSpacing('Yahoo! Mail', { insertMissing: false })).toBe('Yahoo! Mail');
    expect(frenchSpacing('Yahoo ! Mail', { insertMissing: false })).toBe(`Yahoo${NNBSP}! Mail`);
  });
});

describe('hasBadFrenchSpace', () => {
  test('true for an ordinary space before ; : ! ? or inside guillemets, and for guillemets with no space', () => {
    for (const text of ['Oui !', 'Oui ?', 'a ; b', 'a : b', '« x»', '«x »', '«x»']) expect(hasBadFrenchSpace(text)).toBe(true);
  });

  test('false for correct French, for a mark with no space (it may be a name), and for addresses', () => {
    for (const text of [`Oui${NNBSP}!`, `a${NBSP}: b`, `«${NBSP}x${NBSP}»`, 'Yahoo!', 'https://x.fr/?a=1', 'à 10:30', 'Hello world.']) {
      expect(hasBadFrenchSpace(text)).toBe(false);
    }
  });
});

describe('lowerFirstCommonWord', () => {
  test.each([
    ['Adresse e-mail', 'adresse e-mail'],
    ['Adresse IP', 'adresse IP'],
    ['Nom', 'nom'],
    ['Prénom', 'prénom'],
    ['Données de navigation', 'données de navigation'],
    ['Jusqu’à 3 ans', 'jusqu’à 3 ans'],
    ["Jusqu'à la fin du contrat", "jusqu'à la fin du contrat"],
    ['Mesurer l’audience', 'mesurer l’audience'],
    ['Envoyer la newsletter', 'envoyer la newsletter'],
    ['L’adresse postale', 'l’adresse postale'],
    ['Suivi des commandes', 'suivi des commandes'],
    ['Une fois par an', 'une fois par an'],
  ])('fr: %s becomes %s', (value, expected) => {
    expect(lowerFirstCommonWord(value, 'fr')).toBe(expected);
  });

  test.each([
    'Google Analytics',
    'Matomo',
    'LinkedIn',
    'Brevo',
    'CNIL',
    'iPhone',
    'Paris',
    'Google',
    'Courrielia',
    'Paris et sa région',
    'Google pour les statistiques',
    'Le Monde',
    'La Poste',
    'L’Oréal',
    'Jean-Pierre Martin',
    'Windows x64 seulement',
    'Atelier Boréal',
    '',
  ])('fr: the name %s stays as it is', (value) => {
    expect(lowerFirstCommonWord(value, 'fr')).toBe(value);
  });

  test('en: common words lowered, names kept', () => {
    expect(lowerFirstCommonWord('Email address', 'en')).toBe('email address');
    expect(lowerFirstCommonWord('Name', 'en-GB')).toBe('name');
    expect(lowerFirstCommonWord('The data you give us', 'en')).toBe('the data you give us');
    expect(lowerFirstCommonWord('The Guardian', 'en')).toBe('The Guardian');
    expect(lowerFirstCommonWord('Mailchimp', 'en')).toBe('Mailchimp');
  });

  test('other languages are left alone: German capitalises nouns', () => {
    expect(lowerFirstCommonWord('Name und Adresse', 'de')).toBe('Name und Adresse');
  });

  test('lowerFirstInList applies the rule to each value', () => {
    expect(lowerFirstInList(['Adresse e-mail', 'Nom', 'Google Analytics'], 'fr')).toEqual(['adresse e-mail', 'nom', 'Google Analytics']);
  });
});

describe('withAside and aside', () => {
  test('a plain main text gets the aside in parentheses', () => {
    expect(withAside('Courrielia', 'équipe interne')).toBe('Courrielia (équipe interne)');
  });

  test('an aside the main text already says is left out, so nothing is doubled', () => {
    expect(withAside('Courrielia (équipes internes)', 'équipe interne')).toBe('Courrielia (équipes internes)');
  });

  test('a main text with parentheses takes the aside after a comma', () => {
    expect(withAside('Matomo (auto-hébergé)', 'nous')).toBe('Matomo (auto-hébergé), nous');
  });

  test('an aside with its own parentheses is flattened into commas, never nested', () => {
    expect(withAside('Analyse d’audience', ['Matomo (auto-hébergé)', 'nous'])).toBe('Analyse d’audience (Matomo, auto-hébergé, nous)');
    expect(aside(['Matomo (auto-hébergé)', 'nous'])).toBe('Matomo, auto-hébergé, nous');
  });

  test('empty or repeated parts are dropped; editors’ commas are kept', () => {
    expect(aside(['Brevo', '', '  ', 'brevo', 'sous-traitant'])).toBe('Brevo, sous-traitant');
    expect(aside(['1,5 Go'])).toBe('1,5 Go');
    expect(withAside('Courrielia', ['', ' '])).toBe('Courrielia');
  });
});

describe('formatLongDate', () => {
  test('French: 1er for the first of the month only', () => {
    expect(formatLongDate('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(formatLongDate('2026-12-02', 'fr')).toBe('2 décembre 2026');
    expect(formatLongDate('2026-12-21', 'fr')).toBe('21 décembre 2026');
    expect(formatLongDate('2026-12-01', 'fr-CA')).toBe('1er décembre 2026');
  });

  test('English is British for a bare "en", as given otherwise', () => {
    expect(formatLongDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatLongDate('2026-12-01', 'en-US')).toBe('December 1, 2026');
  });

  test('other languages use Intl’s long date', () => {
    expect(formatLongDate('2026-12-01', 'de')).toBe('1. Dezember 2026');
  });

  test('dates are read in UTC', () => {
    expect(formatLongDate('2026-12-01T23:30:00Z', 'fr')).toBe('1er décembre 2026');
    expect(formatLongDate('2026-12-02T00:30:00+01:00', 'fr')).toBe('1er décembre 2026');
  });

  test('refuses what is not an ISO date or names a day that does not exist', () => {
    expect(() => formatLongDate('1 décembre 2026', 'fr')).toThrow(/not an ISO 8601 date: write it as 2026-12-01/);
    expect(() => formatLongDate('2026-02-30', 'fr')).toThrow(/has no day 30/);
  });
});

describe('readability', () => {
  test('French: Kandel and Moles on a sentence with known counts', () => {
    // nous (1) u-ti-li-sons (4) vos (1) don-nées (2): 207 − 1.015 × 4 − 73.6 × 8 / 4 = 55.74
    expect(readability('Nous utilisons vos données.', 'fr')).toEqual({
      formula: 'kandel-moles',
      score: 55.7,
      words: 4,
      sentences: 1,
      syllables: 8,
    });
  });

  test('English: Flesch on two sentences with known counts', () => {
    // 14 words, 2 sentences, 17 syllables (da-ta, im-prove, ser-vice): 206.835 − 1.015 × 7 − 84.6 × 17 / 14 = 97.0
    expect(readability('The cat sat on the mat. We use your data to improve the service.', 'en')).toEqual({
      formula: 'flesch',
      score: 97,
      words: 14,
      sentences: 2,
      syllables: 17,
    });
  });

  test.each([
    ['privacy', 3],
    ['information', 4],
    ['cookies', 2],
    ['simple', 2],
    ['makes', 1],
    ['houses', 2],
    ['played', 1],
    ['wanted', 2],
    ['table', 2],
    ['people', 2],
    ['smile', 1],
  ])('English syllables: %s has %i', (word, count) => {
    expect(readability(word, 'en')?.syllables).toBe(count);
  });

  test.each([
    ['données', 2],
    ['adresse', 2],
    ['utilisées', 4],
    ['réalité', 4],
    ['naïf', 2],
    ['créée', 2],
    ['information', 4],
    ['oiseau', 2],
    ['reçu', 2],
  ])('French syllables: %s has %i', (word, count) => {
    expect(readability(word, 'fr')?.syllables).toBe(count);
  });

  test('figures and acronyms count one syllable; list lines count as sentences', () => {
    expect(readability('CNIL 2026', 'fr')).toMatchObject({ words: 2, syllables: 2, sentences: 1 });
    expect(readability('Adresse e-mail\nNom\nPrénom', 'fr')).toMatchObject({ words: 4, sentences: 3 });
  });

  test('null for a language without a formula, or a text without a word', () => {
    expect(readability('Wir verwenden Cookies.', 'de')).toBeNull();
    expect(readability(' … ', 'fr')).toBeNull();
  });
});
