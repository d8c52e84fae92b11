// Lower-cases the capital an editor typed at the start of a value that our sentence continues mid-sentence.

type CaseLanguage = 'fr' | 'en';

/**
 * Common words editors start such values with ("Adresse e-mail", "Mesurer l’audience", "Email address"): lowered
 * whatever follows, since a following name keeps its own capital ("adresse IP", "mesurer l’audience de Matomo").
 */
const COMMON_WORDS = {
  fr: [
    'adresse',
    'nom',
    'prénom',
    'numéro',
    'date',
    'données',
    'donnée',
    'identifiant',
    'identifiants',
    'historique',
    'informations',
    'information',
    'coordonnées',
    'fonction',
    'entreprise',
    'société',
    'téléphone',
    'courriel',
    'jusqu’à',
    "jusqu'à",
    'durée',
    'faire',
    'développer',
    'mesurer',
    'améliorer',
    'envoyer',
    'gérer',
    'répondre',
    'suivre',
    'analyser',
    'personnaliser',
    'sécuriser',
    'statistiques',
    'photo',
    'âge',
    'sexe',
    'genre',
    'langue',
    'pays',
    'ville',
    'préférences',
    'contenu',
    'messages',
    'newsletter',
    'lettre',
    'cookies',
    'traceurs',
  ],
  en: [
    'name',
    'first',
    'last',
    'full',
    'email',
    'e-mail',
    'address',
    'phone',
    'telephone',
    'date',
    'data',
    'history',
    'information',
    'job',
    'company',
    'until',
    'send',
    'sending',
    'manage',
    'managing',
    'measure',
    'measuring',
    'improve',
    'improving',
    'answer',
    'reply',
    'analyse',
    'analyze',
    'age',
    'gender',
    'language',
    'country',
    'city',
    'preferences',
    'content',
    'messages',
    'newsletter',
    'cookies',
    'usage',
  ],
} satisfies Record<CaseLanguage, string[]>;

/**
 * Determiners: lowered only when the next word is lower case too, so titles keep their article ("Le Monde",
 * "La Poste", "The Guardian").
 */
const DETERMINERS = {
  fr: ['un', 'une', 'le', 'la', 'les', 'des', 'du', 'l’', "l'"],
  en: ['a', 'an', 'the'],
} satisfies Record<CaseLanguage, string[]>;

/**
 * Names an editor may type followed only by lower-case words ("Paris et sa région", "Google pour les
 * statistiques"): the several-words rule would lower them, so they are never lowered by it.
 */
const KNOWN_NAMES = new Set([
  'google',
  'matomo',
  'brevo',
  'sendinblue',
  'mailchimp',
  'mailjet',
  'hubspot',
  'salesforce',
  'microsoft',
  'apple',
  'amazon',
  'meta',
  'facebook',
  'instagram',
  'twitter',
  'youtube',
  'vimeo',
  'stripe',
  'paypal',
  'shopify',
  'cloudflare',
  'hotjar',
  'axeptio',
  'didomi',
  'ovh',
  'ovhcloud',
  'scaleway',
  'courrielia',
  'intercom',
  'zendesk',
  'crisp',
  'calendly',
  'typeform',
  'slack',
  'zoom',
  'paris',
  'lyon',
  'marseille',
  'toulouse',
  'bordeaux',
  'lille',
  'nantes',
  'strasbourg',
  'rennes',
  'bruxelles',
  'genève',
  'luxembourg',
  'montréal',
  'québec',
  'london',
  'dublin',
  'france',
  'europe',
  'belgique',
  'suisse',
  'canada',
]);

const lexicon = (words: Record<CaseLanguage, string[]>): Record<CaseLanguage, ReadonlySet<string>> => ({
  fr: new Set(words.fr),
  en: new Set(words.en),
});
const COMMON = lexicon(COMMON_WORDS);
const DETERMINER = lexicon(DETERMINERS);

/** One capital then only lower-case letters, hyphens or apostrophes; a trailing comma or colon is allowed. */
const CAPITALISED = /^(\p{Lu}[\p{Ll}\p{M}'’-]*)[,;:.]?$/u;
const HAS_CAPITAL = /\p{Lu}/u;
const DIGIT_LETTER_MIX = /\p{L}.*\p{N}|\p{N}.*\p{L}/u;

const caseLanguage = (locale: string): CaseLanguage | undefined => {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return language === 'fr' || language === 'en' ? language : undefined;
};

/** The word as the lexicons spell it: lower case, composed accents; "Jusqu’à" and "Jusqu'à" both found. */
const lexiconKey = (word: string): string => word.normalize('NFC').toLowerCase();

/** "Le" in "L’adresse": an elided determiner is the part up to the apostrophe, kept with it. */
const elidedDeterminer = (word: string): string | undefined => /^(\p{L}['’])\p{L}/u.exec(word)?.[1];

/**
 * The value with its first letter lowered when it is a common word an editor capitalised, not a name: the first
 * word is Capitalised, and either it is on the language's list of common words, or the value has several words,
 * none of them with a capital or a digit–letter mix ("Google Analytics", "Windows x64" stay), and the first is
 * not a known name. Other languages are returned unchanged: German capitalises every noun.
 */
export const lowerFirstCommonWord = (value: string, locale: string): string => {
  const language = caseLanguage(locale);
  if (language === undefined) return value;
  const words = value.trim().split(/\s+/);
  const first = CAPITALISED.exec(words[0])?.[1];
  if (first === undefined) return value;
  const key = lexiconKey(first);
  const rest = words.slice(1);
  const restIsLowerCase = rest.length > 0 && rest.every((word) => !HAS_CAPITAL.test(word) && !DIGIT_LETTER_MIX.test(word));
  const elided = elidedDeterminer(key);
  const isCommon =
    COMMON[language].has(key) ||
    (elided !== undefined && DETERMINER[language].has(elided) && !HAS_CAPITAL.test(first.slice(2))) ||
    (DETERMINER[language].has(key) && rest.length > 0 && !HAS_CAPITAL.test(rest[0]));
  const isPlainPhrase = restIsLowerCase && !KNOWN_NAMES.has(key);
  if (!isCommon && !isPlainPhrase) return value;
  return value.replace(/\p{Lu}/u, (capital) => capital.toLocaleLowerCase(language));
};

/** Each value of a list inserted mid-sentence ("Données utilisées : adresse e-mail, nom, prénom"). */
export const lowerFirstInList = (values: readonly string[], locale: string): string[] =>
  values.map((value) => lowerFirstCommonWord(value, locale));
