// Property: whatever an editor types, in any field that reaches output, no format runs it: no smuggled tag or attribute,
// no interpreted template expression, no spreadsheet formula. Pure rendering, so thousands of runs stay fast.
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { marked } from 'marked';
import { parse as parseCsv } from 'csv-parse/sync';
import { renderDocumentBodies } from '../../server/src/documents/render-document';
import { createRenderer } from '../../server/src/documents/render';
import { createTranslator } from '../../server/src/documents/translator';
import { plainLine } from '../../server/src/documents/escape';
import { renderPolicyPage, type PageNavigation } from '../../server/src/documents/policy-page';
import { factsArbitrary } from '../helpers/facts-arbitrary';
import { mergeTagsIn } from '../helpers/merge-tags';
import { buildEmail, EMAIL_KINDS } from '../../server/src/consent/emails';
import { emailText } from '../../server/src/consent/email-text';
import { ESP_TAGS, ESPS } from '../../server/src/consent/esp';
import { buildFormNotices } from '../../server/src/consent/form-notices';
import { buildRecordOfProcessing, recordOfProcessingCsv } from '../../server/src/report/record-of-processing';
import { represent, textOf } from '../../server/src/http/representation';

/**
 * JSON as served (through the HTTP edge) may be inlined in `<script type="application/ld+json">`: nothing in it ends
 * the script or opens a comment, no raw U+2028/U+2029, and it parses to the same value.
 */
const assertInlineSafeJson = (format: 'json' | 'jsonld', json: string): void => {
  const served = textOf(represent(format, json));
  expect(served).not.toMatch(/<\/script|<!--|<script/i);
  expect(served).not.toMatch(/[\u2028\u2029<>&]/);
  expect(JSON.parse(served)).toEqual(JSON.parse(json));
};

/** Every `url` in the linked data is a web address (a `javascript:` website never becomes one). */
const urlsIn = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(urlsIn)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => (key === 'url' && typeof inner === 'string' ? [inner] : urlsIn(inner)))
      : [];

const renderer = createRenderer();
const translator = createTranslator();

const DOCUMENT_TAGS = new Set([
  'article',
  'h1',
  'h2',
  'h3',
  'section',
  'p',
  'ul',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'fieldset',
  'label',
  'input',
  'div',
  'html',
  'head',
  'meta',
  'title',
  'body',
]);
const ATTRIBUTES = new Set([
  'class',
  'id',
  'data-section',
  'lang',
  'href',
  'scope',
  'type',
  'name',
  'value',
  'data-policy-hash',
  'data-wording-hash',
  'role',
  'width',
  'cellpadding',
  'cellspacing',
  'border',
  'style',
  'align',
  'charset',
  'content',
]);
const SAFE_HREF = /^(https?:\/\/|mailto:|\{\{|\*\||\[|%)/;
// An e-mail may show the organization's logo: one <img>, its source an https address.
const EMAIL_TAGS = new Set([...DOCUMENT_TAGS, 'img']);
const EMAIL_ATTRIBUTES = ['src', 'alt'];
// format=page adds its landmarks, its table of contents and its stylesheet, and links within the plugin's routes.
const PAGE_TAGS = new Set([...DOCUMENT_TAGS, 'header', 'nav', 'main', 'footer', 'ol', 'style']);
const PAGE_ATTRIBUTES = ['aria-label', 'aria-labelledby', 'aria-current', 'hreflang'];
const PAGE_HREF = new RegExp(`${SAFE_HREF.source}|^#privacy-[a-z-]+$|^(policy|cookie-policy|versions)\\?[\\w=&-]+$`);

/** Every tag and attribute of an HTML string; fails on anything the plugin's own templates never write. */
const assertOnlyOwnMarkup = (html: string, allowedStyles: Set<string>, tags = DOCUMENT_TAGS, safeHref = SAFE_HREF): void => {
  const problems: string[] = [];
  const allowedAttributes =
    tags === PAGE_TAGS
      ? new Set([...ATTRIBUTES, ...PAGE_ATTRIBUTES])
      : tags === EMAIL_TAGS
        ? new Set([...ATTRIBUTES, ...EMAIL_ATTRIBUTES])
        : ATTRIBUTES;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!tags.has(name)) problems.push(`tag <${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (!allowedAttributes.has(attribute)) problems.push(`attribute ${attribute} on <${name}>`);
          if (attribute === 'href' && !safeHref.test(value)) problems.push(`href ${value}`);
          if (attribute === 'src' && !/^https:\/\//.test(value)) problems.push(`src ${value}`);
          if (attribute === 'style' && !allowedStyles.has(value)) problems.push(`style ${value}`);
        }
      },
      onprocessinginstruction(name) {
        if (name.toLowerCase() !== '!doctype') problems.push(`instruction ${name}`);
      },
      oncomment(data) {
        problems.push(`comment ${data}`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.write(html);
  parser.end();
  expect(problems).toEqual([]);
};

/** Text with the typesetting undone (no-break spaces as spaces, typographic apostrophes as straight ones), to compare with what was typed. */
/**
 * Our typography undone, for comparing editor text as typed with its print: no-break spaces and typographic
 * apostrophes back to plain ones, and runs of spaces as one (French spacing turns "a  !" into "a\u202f!").
 */
const untypeset = (text: string): string =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2019/g, "'")
    .replace(/ {2,}/g, ' ');

const stylesOf = (html: string): Set<string> => new Set([...html.matchAll(/style="([^"]*)"/g)].map((m) => m[1]));
const MARKDOWN_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'br']);

// The styles the e-mail template itself writes (read from a benign rendering, without and with the brand colour the
// arbitrary facts may carry): nothing else may appear in a style attribute.
const sampleFacts = fc.sample(factsArbitrary, { numRuns: 1, seed: 1 })[0];
const emailStyles = new Set(
  [null, '#0b7a75'].flatMap((brandColor) =>
    EMAIL_KINDS.flatMap((kind) => [
      ...stylesOf(
        renderer.emailHtml(
          buildEmail(
            translator.forLocale('en'),
            { ...sampleFacts, organization: { ...sampleFacts.organization, brandColor, emailLogoUrl: 'https://cdn.test/logo.png' } },
            kind,
            'generic'
          )
        )
      ),
    ])
  )
);

/** The page's navigation, with the organization's name as an editor typed it (the rest is made from slugs and numbers). */
const navigationOf = (organizationName: string): PageNavigation => ({
  organizationName,
  otherDocument: { kind: 'cookie-policy', href: 'cookie-policy?organization=acme&locale=fr&format=page' },
  versions: [{ number: 2, effectiveAt: '2026-11-29T10:00:00.000Z', href: 'policy?organization=acme&format=page&version=2' }],
  historyHref: 'versions?organization=acme&kind=privacy-policy',
  languages: [{ locale: 'fr', name: 'Français', href: 'policy?organization=acme&locale=fr&format=page' }],
});

const styleSheetsOf = (html: string): string[] => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
// The stylesheet the page template writes (from a benign rendering): the only <style> a page may hold.
const pageStyleSheet = styleSheetsOf(
  renderPolicyPage(
    renderer,
    translator.forLocale('en'),
    { kind: 'privacy-policy', locale: 'en', title: 'T', version: 1, effectiveAt: '2026-11-29T10:00:00.000Z', sections: [] },
    '<article><h1>T</h1></article>\n',
    navigationOf('Acme')
  )
);

test('every format of every output stays inert for any editor text', () => {
  fc.assert(
    fc.property(factsArbitrary, fc.constantFrom(...ESPS), (facts, esp) => {
      const t = translator.forLocale(facts.locale);
      for (const kind of ['privacy-policy', 'cookie-policy'] as const) {
        const { bodies } = renderDocumentBodies(renderer, t, kind, facts, { version: 2, effectiveAt: '2026-11-29T10:00:00.000Z' });
        assertOnlyOwnMarkup(bodies.html as string, new Set());
        expect(JSON.parse(bodies.json as string).data.html).toBe(bodies.html);
        assertOnlyOwnMarkup(marked.parse(bodies.markdown as string, { async: false }), new Set(), MARKDOWN_TAGS);
        // Template syntax in a name is printed as it was typed, not run (typography aside: no-break spaces, apostrophes).
        expect(untypeset(bodies.text ?? '')).toContain(untypeset(plainLine(facts.organization.tradeName ?? '')).trim());
        assertInlineSafeJson('json', bodies.json as string);
        if (bodies.jsonld) {
          assertInlineSafeJson('jsonld', bodies.jsonld);
          for (const url of urlsIn(JSON.parse(bodies.jsonld))) expect(url).toMatch(/^https?:\/\/[^/\s]/i);
        }
        // The hosted page: the fragment and JSON as stored, and the organization's name in the header and description.
        const page = renderPolicyPage(
          renderer,
          t,
          JSON.parse(bodies.json as string).data,
          bodies.html as string,
          navigationOf(facts.organization.name)
        );
        assertOnlyOwnMarkup(page, new Set(), PAGE_TAGS, PAGE_HREF);
        expect(styleSheetsOf(page)).toEqual(pageStyleSheet);
        expect(page.match(/<\/html>/g)).toHaveLength(1);
      }
      for (const kind of EMAIL_KINDS) {
        const email = buildEmail(t, facts, kind, esp);
        const html = renderer.emailHtml(email);
        const text = emailText(t, email);
        assertOnlyOwnMarkup(html, emailStyles, EMAIL_TAGS);
        // The text reads as typed (merge-inert only adds invisible zero-width spaces).
        expect(untypeset(text.replace(/\u200B/g, ''))).toContain(untypeset(plainLine(facts.organization.tradeName ?? '')).trim());
        // The only merge tags, in any tool's syntax, are the e-mail's own placeholders and its greeting's conditional.
        const condition = ESP_TAGS[esp].firstNameIf;
        const own = new Set([...email.placeholders.map((placeholder) => placeholder.tag), ...(condition ? Object.values(condition) : [])]);
        for (const part of [html, text, email.subject, email.preheader])
          expect(mergeTagsIn(part).filter((tag) => !own.has(tag))).toEqual([]);
      }
      for (const notice of buildFormNotices(t, facts)) {
        const html = renderer.formNoticeHtml({ ...notice, proof: { policyHash: 'sha256:x', copyHash: 'sha256:y' } });
        assertOnlyOwnMarkup(html, new Set());
        expect(html).not.toMatch(/\schecked\b/);
      }
      const records = parseCsv(recordOfProcessingCsv(t, buildRecordOfProcessing(t, facts)), { bom: true }) as string[][];
      for (const cell of records.flat()) expect(cell).not.toMatch(/^[\s\u200B-\u200F\uFEFF]*[=+\-@]|^[\t\r]/);
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) }
  );
});
