// The merge tags of each e-mail tool for the three placeholders the consent e-mails need (sources in the README).
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

interface EspTags {
  first_name: string;
  unsubscribe_url: string;
  /** null: the tool has no merge tag for a confirmation link. */
  confirm_url: string | null;
  confirmNote?: string;
}

const GENERIC: EspTags = { first_name: '{{first_name}}', unsubscribe_url: '{{unsubscribe_url}}', confirm_url: '{{confirm_url}}' };

export const ESP_TAGS = {
  generic: GENERIC,
  brevo: { first_name: '{{ contact.FIRSTNAME }}', unsubscribe_url: '{{ unsubscribe }}', confirm_url: '{{ doubleoptin }}' },
  sendinblue: { first_name: '%FIRSTNAME%', unsubscribe_url: '[UNSUBSCRIBE]', confirm_url: '[DOUBLEOPTIN]' },
  mailchimp: {
    first_name: '*|FNAME|*',
    unsubscribe_url: '*|UNSUB|*',
    confirm_url: null,
    confirmNote:
      'Mailchimp has no merge tag for a confirmation link: its own opt-in confirmation e-mail carries the button. Replace {{confirm_url}} with the link your form or automation gives.',
  },
  hubspot: {
    first_name: '{{ contact.firstname }}',
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
