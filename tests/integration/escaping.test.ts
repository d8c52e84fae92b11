// Editors' text is data: HTML, Handlebars, i18next and Markdown syntax in any field comes out inert in every format.
import request from 'supertest';
import { marked } from 'marked';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loadFixture, seedFixture } from '../helpers/fixtures';
import { mergeTagsIn } from '../helpers/merge-tags';

let app: TestApp;
const fixture = loadFixture('hostile');

const fetchDocument = async (kind: 'policy' | 'cookie-policy', format: string, locale = 'en'): Promise<string> => {
  const response = await request(app.server).get(`/api/privacy/${kind}?organization=hostile&locale=${locale}&format=${format}`);
  expect(response.status).toBe(200);
  return response.text;
};

/** Tags an editor could have smuggled in; the documents' own markup uses none of them. */
const FORBIDDEN_TAGS = /<\s*(script|img|svg|iframe|style|b|strong|em|del|code|blockquote|ol)\b/i;
/** An event handler or style attribute, or a javascript: link, inside a tag (as text between tags they are harmless). */
const DANGEROUS_ATTRIBUTES = /<[^>]*(\s(on\w+|style)\s*=|href\s*=\s*"\s*javascript:)[^>]*>/i;

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, fixture);
});

afterAll(async () => {
  await app?.stop();
});

describe.each(['en', 'fr'])('in %s', (locale) => {
  test.each([['policy'], ['cookie-policy']] as const)('%s as HTML has no smuggled tag or attribute, and shows the text', async (kind) => {
    const html = await fetchDocument(kind, 'html', locale);
    expect(html).not.toMatch(FORBIDDEN_TAGS);
    expect(html).not.toMatch(DANGEROUS_ATTRIBUTES);
    expect(html).toContain('&lt;script&gt;alert(&#x27;');
    const inJson = JSON.parse(await fetchDocument(kind, 'json', locale)).data.html;
    expect(inJson).toBe(html);
  });

  test.each([['policy'], ['cookie-policy']] as const)('%s as Markdown renders to HTML without smuggled markup', async (kind) => {
    const markdown = await fetchDocument(kind, 'markdown', locale);
    const rendered = await marked.parse(markdown);
    expect(rendered).not.toMatch(FORBIDDEN_TAGS);
    expect(rendered).not.toMatch(DANGEROUS_ATTRIBUTES);
    expect(rendered).not.toMatch(/<a href="javascript/i);
    // Only the document's own headings: one h1, then h2 and h3 from sections and purposes.
    expect(rendered.match(/<h1/g)).toHaveLength(1);
  });

  test("Handlebars and i18next syntax in editors' text is printed, not run", async () => {
    const data = JSON.parse(await fetchDocument('policy', 'json', locale)).data;
    const text = JSON.stringify(data.sections);
    expect(data.title).toContain("{{constructor.constructor('return process')()}}");
    expect(text).toContain("{{{triple}}} {{> partial}} {{lookup . 'constructor'}}");
    expect(text).toContain('$t(privacyPolicy.title) {{name}}');
    const plain = await fetchDocument('policy', 'text', locale);
    expect(plain).toContain('{{#each this}}{{/each}} $t(privacyPolicy.title) {{name}}');
  });

  test('text keeps the words and nothing else', async () => {
    const plain = await fetchDocument('policy', 'text', locale);
    expect(plain).toContain("Evil <script>alert('name')</script> Corp");
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(plain).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

test('the markdown table keeps its columns when a cell holds a pipe', async () => {
  const markdown = await fetchDocument('cookie-policy', 'markdown');
  const row = markdown.split('\n').find((line) => line.includes('evil'));
  expect(row).toBeDefined();
  expect((row as string).split(/(?<!\\)\|/).length - 2).toBe(5);
});

/** The greeting's conditional on the first name, as each tool writes it (README, "The greeting"), once per part. */
const GREETING_CONDITIONAL: Record<string, string[]> = {
  generic: ['{{#if first_name}}', '{{else}}', '{{/if}}'],
  brevo: ['{% if contact.FIRSTNAME %}', '{% else %}', '{% endif %}'],
  sendinblue: [],
  mailchimp: ['*|IF:FNAME|*', '*|ELSE:|*', '*|END:IF|*'],
  hubspot: ['{% if contact.firstname %}', '{% else %}', '{% endif %}'],
};

describe('merge tags', () => {
  test.each(['generic', 'brevo', 'sendinblue', 'mailchimp', 'hubspot'])(
    "an editor's {{…}} never reaches %s as a merge tag: the e-mails hold only their own placeholders and greeting, and the text reads as typed",
    async (esp) => {
      const response = await request(app.server).get(`/api/privacy/consent-copy?organization=hostile&locale=en&esp=${esp}`);
      expect(response.status).toBe(200);
      const emails = response.body.data.emails as Array<{
        kind: string;
        subject: string;
        html: string;
        text: string;
        placeholders: Array<{ tag: string }>;
      }>;
      expect(emails).toHaveLength(4);
      for (const email of emails) {
        const own = new Set(email.placeholders.map((p) => p.tag));
        for (const part of [email.subject, email.html, email.text]) {
          const others = mergeTagsIn(part).filter((tag) => !own.has(tag));
          // The subject has no greeting; the HTML and text parts have it once, and nothing else.
          expect(others).toEqual(part === email.subject ? [] : GREETING_CONDITIONAL[esp]);
        }
        expect(email.text.replace(/\u200B/g, '')).toContain("{{constructor.constructor('return process')()}}");
      }
      const b2b = emails.find((email) => email.kind === 'b2b-information');
      expect(b2b?.text.replace(/\u200B/g, '')).toContain("{{{triple}}} {{> partial}} {{lookup . 'constructor'}}");
    }
  );
});
