// The merge tags of each e-mail tool for the three placeholders the consent e-mails need, and its way of writing
// "only when the first name is set" for the greeting (sources in the README).
// Adding a tool is one entry in ESP_TAGS: the list below, the query validators, GraphQL, OpenAPI and the admin derive from it.
export type PlaceholderName = 'first_name' | 'confirm_url' | 'unsubscribe_url';

export interface Placeholder {
  name: PlaceholderName;
  /** What to paste: the tool's own tag, or our generic one when the tool has none. */
  tag: string;
  /** False when the tool has no tag of its own for this link and the marketer must map it. */
  native: boolean;
  note?: string;
}

/**
 * The tool's own conditional on the first name: `ifSet` + text with the name + `otherwise` + text without it + `end`
 * reads "Hello Camille," for a contact with a first name and "Hello," for one without.
 */
export interface FirstNameCondition {
  ifSet: string;
  otherwise: string;
  end: string;
}

interface EspTags {
  first_name: string;
  /** null: the tool has no conditional; the greeting then puts the name last ("Hello, Camille"), see greetingNote. */
  firstNameIf: FirstNameCondition | null;
  /** Why the greeting is written as it is, where the tool has a limit the marketer must know. */
  greetingNote?: string;
  unsubscribe_url: string;
  /** null: the tool has no merge tag for a confirmation link. */
  confirm_url: string | null;
  confirmNote?: string;
}

const GENERIC: EspTags = {
  first_name: '{{first_name}}',
  // Handlebars' built-in if: an empty string, null or a missing field takes the else branch.
  firstNameIf: { ifSet: '{{#if first_name}}', otherwise: '{{else}}', end: '{{/if}}' },
  unsubscribe_url: '{{unsubscribe_url}}',
  confirm_url: '{{confirm_url}}',
};

export const ESP_TAGS = {
  generic: GENERIC,
  brevo: {
    first_name: '{{ contact.FIRSTNAME }}',
    firstNameIf: { ifSet: '{% if contact.FIRSTNAME %}', otherwise: '{% else %}', end: '{% endif %}' },
    unsubscribe_url: '{{ unsubscribe }}',
    confirm_url: '{{ doubleoptin }}',
  },
  sendinblue: {
    first_name: '%FIRSTNAME%',
    firstNameIf: null,
    greetingNote:
      "Sendinblue's former syntax has no conditional and no default value: the greeting puts the first name last, after a comma, so that it reads correctly with the name and without it.",
    unsubscribe_url: '[UNSUBSCRIBE]',
    confirm_url: '[DOUBLEOPTIN]',
  },
  mailchimp: {
    first_name: '*|FNAME|*',
    firstNameIf: { ifSet: '*|IF:FNAME|*', otherwise: '*|ELSE:|*', end: '*|END:IF|*' },
    unsubscribe_url: '*|UNSUB|*',
    confirm_url: null,
    confirmNote:
      'Mailchimp has no merge tag for a confirmation link: its own opt-in confirmation e-mail carries the button. Replace {{confirm_url}} with the link your form or automation gives.',
  },
  hubspot: {
    first_name: '{{ contact.firstname }}',
    firstNameIf: { ifSet: '{% if contact.firstname %}', otherwise: '{% else %}', end: '{% endif %}' },
    greetingNote:
      'HubSpot evaluates an if around a personalization token in an e-mail only in a module with programmable e-mail turned on. Elsewhere, replace the greeting with the plain token.',
    unsubscribe_url: '{{ unsubscribe_link }}',
    confirm_url: null,
    confirmNote:
      'HubSpot has no personalization token for a confirmation link: its double opt-in e-mail is sent by HubSpot itself. Replace {{confirm_url}} with the link your form or workflow gives.',
  },
} satisfies Record<string, EspTags>;

export type Esp = keyof typeof ESP_TAGS;

/** The supported e-mail tools, in the registry's order ('generic' first: the default). */
export const ESPS = Object.keys(ESP_TAGS) as readonly Esp[];

export const placeholderFor = (esp: Esp, name: PlaceholderName): Placeholder => {
  const tags: EspTags = ESP_TAGS[esp];
  if (name === 'confirm_url' && tags.confirm_url === null) {
    return { name, tag: GENERIC.confirm_url as string, native: false, note: tags.confirmNote };
  }
  return { name, tag: tags[name] as string, native: true };
};

/**
 * The greeting in the tool's syntax: its conditional picks the text with the first name or the text without it.
 * A tool without a conditional gets `nameLast`, which reads correctly either way. The texts are the plugin's
 * translations, never editors' text, so the only merge tags are the tool's own.
 */
export const greetingFor = (
  esp: Esp,
  texts: { named: (tag: string) => string; unnamed: string; nameLast: (tag: string) => string }
): string => {
  const tags: EspTags = ESP_TAGS[esp];
  const condition = tags.firstNameIf;
  if (condition === null) return texts.nameLast(tags.first_name);
  return `${condition.ifSet}${texts.named(tags.first_name)}${condition.otherwise}${texts.unnamed}${condition.end}`;
};
