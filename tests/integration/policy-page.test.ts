// format=page on a real Strapi: a whole HTML5 page per document and locale, frozen versions, ETag/304, its CSP, html-validate.
import request from 'supertest';
import { HtmlValidate } from 'html-validate';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loadFixture, seedFixture } from '../helpers/fixtures';

let app: TestApp;
const get = (path: string) => request(app.server).get(path);

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:document'] });
const messagesOf = async (html: string): Promise<string[]> =>
  (await validator.validateString(html)).results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));

const DOCUMENTS = [
  ['policy', 'cookie-policy'],
  ['cookie-policy', 'policy'],
] as const;

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, loadFixture('acme'));
});

afterAll(async () => {
  await app?.stop();
});

describe.each(DOCUMENTS)('GET /api/privacy/%s?format=page', (route, otherRoute) => {
  test.each(['en', 'fr'])('in %s: a whole page around the html fragment, with its navigation', async (locale) => {
    const other = locale === 'en' ? 'fr' : 'en';
    const response = await get(`/api/privacy/${route}?organization=acme&locale=${locale}&format=page`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CSP);
    // Handlebars writes '=' in attributes as &#x3D;: undone here so the links read as written.
    const page = response.text.replace(/&#x3D;/g, '=');
    expect(page.startsWith('<!doctype html>\n<html lang="' + locale + '">')).toBe(true);
    expect(page).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
    expect(page).toMatch(/<meta name="description" content="[^"]*Acme[^"]*">/);
    expect(page).toContain('<p class="organization">Acme');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
    expect(page).toContain('@media (prefers-color-scheme:dark)');
    expect(page).toContain('@media print');

    // The document itself is the html fragment, byte for byte, split around the table of contents.
    const fragment = (await get(`/api/privacy/${route}?organization=acme&locale=${locale}&format=html`)).text;
    const json = (await get(`/api/privacy/${route}?organization=acme&locale=${locale}`)).body.data;
    const [opening, rest] = [fragment.slice(0, fragment.indexOf('</h1>') + 5), fragment.slice(fragment.indexOf('</h1>') + 6)];
    expect(page).toContain(opening);
    expect(page).toContain(rest.trimEnd());
    expect(page).toContain(`<title>${json.title}</title>`);

    // Table of contents: one link per section id of the fragment, in order.
    const ids = [...fragment.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    const toc = page.slice(page.indexOf('class="toc"'), page.indexOf('</nav>', page.indexOf('class="toc"')));
    expect([...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(ids);
    expect(ids.length).toBeGreaterThan(3);

    // Version and date; the other document, the other language and every version, as links to pages.
    expect(page).toMatch(
      locale === 'en' ? /Version 1, in force since \d{1,2} \w+ \d{4}\./ : /Version 1, en vigueur depuis le [^<]+\d{4}\./
    );
    expect(page).toContain(`href="${otherRoute}?organization=acme&amp;locale=${locale}&amp;format=page"`);
    expect(page).toContain(`href="${route}?organization=acme&amp;locale=${other}&amp;format=page" hreflang="${other}" lang="${other}"`);
    expect(page).toContain(`href="${route}?organization=acme&amp;locale=${locale}&amp;format=page&amp;version=1" aria-current="page"`);
    expect(page).toContain(`href="versions?organization=acme&amp;locale=${locale}&amp;kind=`);

    expect(await messagesOf(page)).toEqual([]);
  });

  test('?version=1 is the frozen version as a page; ETag and 304 as for every format', async () => {
    const url = `/api/privacy/${route}?organization=acme&locale=fr&format=page&version=1`;
    const first = await get(url);
    expect(first.status).toBe(200);
    expect(first.headers['content-security-policy']).toBe(CSP);
    const frozen = (await get(`/api/privacy/${route}?organization=acme&locale=fr&format=html&version=1`)).text;
    expect(first.text).toContain(frozen.slice(frozen.indexOf('</h1>') + 6).trimEnd());
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const again = await get(url).set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text).toBeFalsy();
    expect((await get(url).set('If-None-Match', '"other"')).status).toBe(200);
    const missing = await get(`/api/privacy/${route}?organization=acme&locale=fr&format=page&version=99`);
    expect(missing.status).toBe(404);
  });
});

test("only format=page carries the page's Content-Security-Policy; a bad format names the parameter", async () => {
  // Other formats keep the one Strapi's security middleware sends.
  const html = await get('/api/privacy/policy?organization=acme&locale=en&format=html');
  expect(html.headers['content-security-policy']).toBeDefined();
  expect(html.headers['content-security-policy']).not.toBe(CSP);
  const bad = await get('/api/privacy/policy?organization=acme&format=pages');
  expect(bad.status).toBe(400);
  expect(bad.body.error.message).toBe('format must be one of json, html, markdown, text, jsonld, page');
});

test('GraphQL serves the same page as REST (its format enum comes from the registry)', async () => {
  const rest = await get('/api/privacy/cookie-policy?organization=acme&locale=fr&format=page');
  const response = await request(app.server)
    .post('/graphql')
    .send({ query: '{ cookiePolicy(organization: "acme", locale: fr, format: page) { body } }' });
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data.cookiePolicy.body).toBe(rest.text);
});

describe('consent copy links the hosted page when the organization has no policyUrl', () => {
  test('with server.url set: policyUrl kept when set, the page linked when empty', async () => {
    app.strapi.config.set('server.url', 'https://cms.example');
    const before = await get('/api/privacy/consent-copy?organization=acme&locale=en');
    expect(before.status).toBe(200);
    expect(JSON.stringify(before.body)).toContain('https://acme.test/privacy');
    expect(JSON.stringify(before.body)).not.toContain('format=page');

    const organizations = documentsOf(app.strapi, 'plugin::privacy.organization');
    const org = await organizations.findFirst({ locale: 'en', filters: { slug: 'acme' } });
    await organizations.update({ documentId: org?.documentId, locale: 'en', data: { policyUrl: null } });
    await organizations.publish({ documentId: org?.documentId, locale: 'en' });

    const page = 'https://cms.example/api/privacy/policy?organization=acme&locale=en&format=page';
    const kit = (await get('/api/privacy/consent-copy?organization=acme&locale=en')).body.data;
    expect(kit.notices.length).toBeGreaterThan(0);
    for (const notice of kit.notices) expect(notice.notice.join(' ')).toContain(page);
    const email = await get('/api/privacy/consent-copy/emails/double-opt-in?organization=acme&locale=en&format=text');
    expect(email.text).toContain(page);
  });
});
