// Unit: the e-mails' greeting reads "Bonjour Camille," with a first name and "Bonjour," without one, in each e-mail
// tool's own conditional syntax, in the text part and the HTML part; an editor's text cannot add a conditional.
import fc from 'fast-check';
import { buildEmail, EMAIL_KINDS } from '../../server/src/consent/emails';
import { emailText } from '../../server/src/consent/email-text';
import { ESPS, type Esp } from '../../server/src/consent/esp';
import { createRenderer } from '../../server/src/documents/render';
import { createTranslator } from '../../server/src/documents/translator';
import { factsArbitrary } from '../helpers/facts-arbitrary';
import { mergeTagsIn } from '../helpers/merge-tags';

const translator = createTranslator();
const renderer = createRenderer();
const facts = fc.sample(factsArbitrary, { numRuns: 1, seed: 7 })[0];

/**
 * What each tool does with the greeting for a contact whose first name is `name` ('' when empty), written here from
 * the tools' documentation (sources in the README) and independently of the plugin's registry.
 */
const SEND: Record<Esp, (greeting: string, name: string) => string> = {
  // Handlebars: {{#if x}}…{{else}}…{{/if}}, an empty string is false.
  generic: (g, name) =>
    g
      .replace(/\{\{#if first_name\}\}([\s\S]*?)\{\{else\}\}([\s\S]*?)\{\{\/if\}\}/g, (_, yes: string, no: string) => (name ? yes : no))
      .replace(/\{\{first_name\}\}/g, name),
  // Brevo's template language: {% if contact.FIRSTNAME %}…{% else %}…{% endif %}.
  brevo: (g, name) =>
    g
      .replace(/\{% if contact\.FIRSTNAME %\}([\s\S]*?)\{% else %\}([\s\S]*?)\{% endif %\}/g, (_, yes: string, no: string) =>
        name ? yes : no
      )
      .replace(/\{\{ contact\.FIRSTNAME \}\}/g, name),
  // Sendinblue's former syntax: plain substitution, nothing conditional.
  sendinblue: (g, name) => g.replace(/%FIRSTNAME%/g, name),
  // Mailchimp's conditional merge tags: *|IF:FNAME|*…*|ELSE:|*…*|END:IF|*.
  mailchimp: (g, name) =>
    g
      .replace(/\*\|IF:FNAME\|\*([\s\S]*?)\*\|ELSE:\|\*([\s\S]*?)\*\|END:IF\|\*/g, (_, yes: string, no: string) => (name ? yes : no))
      .replace(/\*\|FNAME\|\*/g, name),
  // HubL: {% if contact.firstname %}…{% else %}…{% endif %}.
  hubspot: (g, name) =>
    g
      .replace(/\{% if contact\.firstname %\}([\s\S]*?)\{% else %\}([\s\S]*?)\{% endif %\}/g, (_, yes: string, no: string) =>
        name ? yes : no
      )
      .replace(/\{\{ contact\.firstname \}\}/g, name),
};

/** What the reader sees, trailing spaces aside (an empty tag at the end of a line leaves one). */
const EXPECTED: Record<string, Record<'named' | 'unnamed', Record<Esp | 'default', string>>> = {
  fr: {
    named: { default: 'Bonjour Camille,', sendinblue: 'Bonjour, Camille' } as Record<Esp | 'default', string>,
    unnamed: { default: 'Bonjour,', sendinblue: 'Bonjour,' } as Record<Esp | 'default', string>,
  },
  en: {
    named: { default: 'Hello Camille,', sendinblue: 'Hello, Camille' } as Record<Esp | 'default', string>,
    unnamed: { default: 'Hello,', sendinblue: 'Hello,' } as Record<Esp | 'default', string>,
  },
};

const expected = (locale: string, which: 'named' | 'unnamed', esp: Esp): string =>
  EXPECTED[locale][which][esp] ?? EXPECTED[locale][which].default;

const greetingLineOfHtml = (html: string): string => {
  const match = /<p style="margin:0 0 16px 0;">([^<]*)<\/p>/.exec(html);
  if (!match) throw new Error('no greeting paragraph');
  return match[1];
};

describe.each(['fr', 'en'])('the greeting in %s', (locale) => {
  const t = translator.forLocale(locale);
  test.each([...ESPS])('%s: with the first name, and without it, in the text and the HTML part', (esp) => {
    for (const kind of EMAIL_KINDS) {
      const email = buildEmail(t, { ...facts, locale }, kind, esp);
      const textLine = emailText(t, email).split('\n')[0];
      const htmlLine = greetingLineOfHtml(renderer.emailHtml(email));
      for (const line of [textLine, htmlLine]) {
        expect(SEND[esp](line, 'Camille').trimEnd()).toBe(expected(locale, 'named', esp));
        expect(SEND[esp](line, '').trimEnd()).toBe(expected(locale, 'unnamed', esp));
      }
    }
  });
});

test("each tool's greeting is written in its own syntax", () => {
  const t = translator.forLocale('fr');
  const greeting = (esp: Esp) => buildEmail(t, facts, 'double-opt-in', esp).greeting;
  expect(greeting('generic')).toBe('{{#if first_name}}Bonjour {{first_name}},{{else}}Bonjour,{{/if}}');
  expect(greeting('brevo')).toBe('{% if contact.FIRSTNAME %}Bonjour {{ contact.FIRSTNAME }},{% else %}Bonjour,{% endif %}');
  expect(greeting('sendinblue')).toBe('Bonjour, %FIRSTNAME%');
  expect(greeting('mailchimp')).toBe('*|IF:FNAME|*Bonjour *|FNAME|*,*|ELSE:|*Bonjour,*|END:IF|*');
  expect(greeting('hubspot')).toBe('{% if contact.firstname %}Bonjour {{ contact.firstname }},{% else %}Bonjour,{% endif %}');
});

test("an editor's text cannot open, close or answer a conditional of any tool", () => {
  const injected = [
    '{{#if first_name}}A{{else}}B{{/if}}',
    '{% if contact.FIRSTNAME %}A{% else %}B{% endif %}',
    '{% if contact.firstname %}A{% endif %}',
    '*|IF:FNAME|*A*|ELSE:|*B*|END:IF|*',
    '*|IFNOT:FNAME|*A*|END:IF|*',
    '{{/if}} {% endif %} *|END:IF|*',
  ].join(' ');
  const hostile = {
    ...facts,
    organization: { ...facts.organization, name: injected, tradeName: injected, address: injected },
    purposes: facts.purposes.map((purpose) => ({ ...purpose, name: injected, description: injected, emailFrequency: injected })),
  };
  const t = translator.forLocale('en');
  for (const esp of ESPS) {
    for (const kind of EMAIL_KINDS) {
      const email = buildEmail(t, hostile, kind, esp);
      const clean = buildEmail(t, facts, kind, esp);
      for (const [part, cleanPart] of [
        [renderer.emailHtml(email), renderer.emailHtml(clean)],
        [emailText(t, email), emailText(t, clean)],
      ]) {
        // Exactly the merge tags of the same e-mail without the injected text: the greeting's, and the placeholders'.
        expect(mergeTagsIn(part).sort()).toEqual(mergeTagsIn(cleanPart).sort());
        // And the injected text still reads as typed (only zero-width spaces were added).
        expect(part.replace(/\u200B/g, '')).toContain('*|IF:FNAME|*A*|ELSE:|*B*|END:IF|*');
      }
    }
  }
});
