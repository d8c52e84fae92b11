// Every public output of three companies (the demo, the acme fixture, the hostile fixture), compared byte for byte with
// tests/golden/: a restructuring must leave them identical, and a deliberate wording change shows up as a reviewed diff.
// `UPDATE_GOLDEN=1 npx jest tests/integration/golden.test.ts` rewrites the files after such a change.
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loadFixture, seedFixture } from '../helpers/fixtures';
import { demoData } from '../helpers/seed';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';

const GOLDEN_DIR = path.join(__dirname, '..', 'golden');
const ESPS = ['generic', 'brevo', 'sendinblue', 'mailchimp', 'hubspot'];
const EMAIL_KINDS = ['double-opt-in', 're-permission', 'b2b-information', 'unsubscribe-confirmation'];
const LOCALES = ['fr', 'en'];
const DOCUMENT_FIELDS =
  'organization locale kind title version effectiveAt hash wordCount readingMinutes sections { key heading lead items groups { heading items } table { columns rows } } html markdown text body';

let app: TestApp;
let admin: AdminSession;

/** What changes from one run to the next: today's date (ISO, as a day, and written out) and Strapi's random document ids. */
const normalize = (body: string): string => {
  const today = new Date();
  // Both the plain Intl forms and the typeset ones ("1er décembre", British "1 December").
  const written = [...LOCALES, 'en-GB'].map((locale) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(today)
  );
  written.push(...written.filter((date) => /^1 /.test(date)).map((date) => date.replace(/^1 /, '1er ')));
  written.sort((a, b) => b.length - a.length);
  let out = body.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, '<ISO-DATE>');
  for (const date of written) out = out.split(date).join('<DATE>');
  // The register's "updated" column is a day (YYYY-MM-DD), the day the fixtures were saved: today, UTC.
  out = out.split(today.toISOString().slice(0, 10)).join('<ISO-DAY>');
  return out.replace(/\b[a-z0-9]{24}\b/g, '<DOCUMENT-ID>');
};

const outputsOf = async (slug: string): Promise<Array<[string, string]>> => {
  const outputs: Array<[string, string]> = [];
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await request(app.server)
      .get(url)
      .set(headers)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });
    outputs.push([`GET ${url} → ${response.status} ${response.headers['content-type']}`, String(response.body)]);
  };
  for (const locale of LOCALES) {
    const q = `organization=${slug}&locale=${locale}`;
    for (const format of ['json', 'html', 'markdown', 'text', 'jsonld']) await get(`/api/privacy/policy?${q}&format=${format}`);
    for (const format of ['json', 'html', 'markdown', 'text']) await get(`/api/privacy/cookie-policy?${q}&format=${format}`);
    await get(`/api/privacy/policy?${q}&version=1&format=html`);
    for (const esp of ESPS) await get(`/api/privacy/consent-copy?${q}&esp=${esp}`);
    for (const kind of EMAIL_KINDS) {
      for (const format of ['json', 'html', 'text'])
        await get(`/api/privacy/consent-copy/emails/${kind}?${q}&format=${format}&esp=mailchimp`);
    }
    for (const library of ['vanilla-cookieconsent', 'klaro', 'tarteaucitron'])
      await get(`/api/privacy/cookie-banner?${q}&format=${library}`);
    await get(`/api/privacy/versions?${q}`);
    await get(`/privacy/register?${q}&format=json`, admin.auth);
    await get(`/privacy/register?${q}&format=csv`, admin.auth);
    await get(`/privacy/report?organization=${slug}&lang=${locale}`, admin.auth);
    for (const kind of ['privacy-policy', 'cookie-policy']) await get(`/privacy/preview?${q}&kind=${kind}`, admin.auth);
    const graphql = await request(app.server)
      .post('/graphql')
      .send({
        query: `query($o: String, $l: PrivacyLocale) {
          privacyPolicy(organization: $o, locale: $l, format: markdown) { ${DOCUMENT_FIELDS} }
          cookiePolicy(organization: $o, locale: $l) { ${DOCUMENT_FIELDS} }
          consentCopy(organization: $o, locale: $l, esp: hubspot) { organization locale esp proof { policyVersion policyHash copyHash }
            notices { form purposes checkboxes { name purpose label checked required } optOut notice html proof { policyVersion policyHash copyHash } }
            emails { kind subject preheader html text placeholders { name tag native note } proof { policyVersion policyHash copyHash } } }
          consentEmail(kind: b2b_information, organization: $o, locale: $l) { kind subject preheader html text placeholders { name tag native note } proof { policyHash copyHash } }
          policyVersions(organization: $o, locale: $l) { organization kind locale version effectiveAt hash materialChange note changeSummary }
        }`,
        variables: { o: slug, l: locale },
      });
    outputs.push([`POST /graphql (${slug}, ${locale}) → ${graphql.status}`, JSON.stringify(graphql.body, null, 1)]);
  }
  return outputs;
};

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, demoData());
  await seedFixture(app, loadFixture('acme'));
  await seedFixture(app, loadFixture('hostile'));
  admin = await loginAsSuperAdmin(app);
});

afterAll(async () => {
  await app?.stop();
});

test.each(['courrielia', 'acme', 'hostile'])('every public output of %s is the same as in tests/golden', async (slug) => {
  const text = (await outputsOf(slug)).map(([title, body]) => `=== ${title}\n${normalize(body)}\n`).join('\n');
  const file = path.join(GOLDEN_DIR, `${slug}.txt`);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, text);
  }
  const expected = fs.readFileSync(file, 'utf8');
  // Compared section by section, so a failure names the first output that differs rather than a 2 MB string.
  const sections = (all: string) => all.split(/^(?==== )/m);
  const actual = sections(text);
  const golden = sections(expected);
  for (let i = 0; i < Math.max(actual.length, golden.length); i += 1) expect(actual[i]).toBe(golden[i]);
});
