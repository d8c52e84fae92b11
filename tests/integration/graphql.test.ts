// The documents through GraphQL on a real Strapi: same text as REST, typed enums, GraphQL errors (never a 500), no draft, and a plugin that loads without GraphQL.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loadFixture, seedFixture } from '../helpers/fixtures';

let app: TestApp;

const gql = async (query: string, variables: Record<string, unknown> = {}) =>
  request(app.server).post('/graphql').send({ query, variables });

const DOCUMENT_FIELDS =
  'organization locale kind title version effectiveAt hash wordCount readingMinutes sections { key heading items groups { heading items } table { columns rows } } html markdown text body';

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, loadFixture('acme'));
});

afterAll(async () => {
  await app?.stop();
});

describe.each(['fr', 'en'])('in %s', (locale) => {
  test.each([
    ['privacyPolicy', '/api/privacy/policy'],
    ['cookiePolicy', '/api/privacy/cookie-policy'],
  ])('%s has the same text as REST', async (field, path) => {
    const response = await gql(
      `query($locale: PrivacyLocale) { ${field}(organization: "acme", locale: $locale, format: html) { ${DOCUMENT_FIELDS} } }`,
      { locale }
    );
    expect(response.body.errors).toBeUndefined();
    const doc = response.body.data[field];
    const rest = await request(app.server).get(`${path}?organization=acme&locale=${locale}`);
    const { html, ...json } = rest.body.data;
    expect(doc.html).toBe(html);
    const shape = (sections: Array<Record<string, unknown>>) =>
      sections.map((s) => [s.key, s.heading, s.items, s.groups ?? null, s.table ?? null]);
    expect(shape(doc.sections)).toEqual(shape(json.sections));
    expect(doc).toMatchObject({
      organization: 'acme',
      locale,
      title: json.title,
      version: json.version,
      hash: json.hash,
      wordCount: json.wordCount,
    });
    expect(doc.kind).toBe(field === 'privacyPolicy' ? 'privacy_policy' : 'cookie_policy');
    expect(doc.body).toBe((await request(app.server).get(`${path}?organization=acme&locale=${locale}&format=html`)).text);
    expect(doc.markdown).toBe((await request(app.server).get(`${path}?organization=acme&locale=${locale}&format=markdown`)).text);
    expect(doc.text).toBe((await request(app.server).get(`${path}?organization=acme&locale=${locale}&format=text`)).text);
  });

  test('consentCopy and consentEmail match REST for an e-mail tool', async () => {
    const response = await gql(
      `query($locale: PrivacyLocale) {
        consentCopy(organization: "acme", locale: $locale, esp: brevo) { esp proof { policyHash policyVersion } notices { form checkboxes { name label checked required } optOut notice html } emails { kind subject html text } }
        consentEmail(kind: double_opt_in, organization: "acme", locale: $locale, esp: mailchimp) { kind subject preheader html text placeholders { name tag native note } proof { policyHash copyHash } }
      }`,
      { locale }
    );
    expect(response.body.errors).toBeUndefined();
    const rest = (await request(app.server).get(`/api/privacy/consent-copy?organization=acme&locale=${locale}&esp=brevo`)).body.data;
    expect(response.body.data.consentCopy.emails.map((e: { subject: string }) => e.subject)).toEqual(
      rest.emails.map((e: { subject: string }) => e.subject)
    );
    expect(response.body.data.consentCopy.notices[0].html).toBe(rest.notices[0].html);
    const email = (
      await request(app.server).get(`/api/privacy/consent-copy/emails/double-opt-in?organization=acme&locale=${locale}&esp=mailchimp`)
    ).body.data;
    expect(response.body.data.consentEmail).toMatchObject({
      kind: 'double_opt_in',
      subject: email.subject,
      html: email.html,
      text: email.text,
    });
  });
});

test('policyVersions lists the history like REST', async () => {
  const response = await gql(
    '{ policyVersions(organization: "acme", kind: privacy_policy, locale: en) { kind locale version hash materialChange changeSummary } }'
  );
  expect(response.body.errors).toBeUndefined();
  const rest = (await request(app.server).get('/api/privacy/versions?organization=acme&kind=privacy-policy&locale=en')).body.data;
  expect(response.body.data.policyVersions.map((v: { version: number; hash: string }) => [v.version, v.hash])).toEqual(
    rest.map((v: { version: number; hash: string }) => [v.version, v.hash])
  );
});

test.each([
  [
    'an unknown organization',
    '{ privacyPolicy(organization: "nobody") { title } }',
    "organization 'nobody' was not found",
    'STRAPI_NOT_FOUND_ERROR',
  ],
  [
    'a malformed organization',
    '{ cookiePolicy(organization: "a b") { title } }',
    "organization must be an organization's slug",
    'BAD_USER_INPUT',
  ],
  [
    'jsonld for cookies',
    '{ cookiePolicy(organization: "acme", format: jsonld) { title } }',
    'format must be one of json, html, markdown, text',
    'BAD_USER_INPUT',
  ],
])('%s is a GraphQL error with the REST message', async (_, query, message, code) => {
  const response = await gql(query);
  expect(response.status).toBeLessThan(500);
  expect(response.body.errors[0].message).toContain(message);
  expect(response.body.errors[0].extensions.code).toBe(code);
});

test('a locale outside the enum is refused by GraphQL itself, with a 400', async () => {
  const response = await gql('{ privacyPolicy(organization: "acme", locale: de) { title } }');
  expect(response.status).toBe(400);
  expect(response.body.errors[0].message).toMatch(/PrivacyLocale/);
});

test('a draft is never visible through GraphQL', async () => {
  const org = await documentsOf(app.strapi, 'plugin::privacy.organization').findFirst({ locale: 'en', filters: { slug: 'acme' } });
  const retention = await documentsOf(app.strapi, 'plugin::privacy.retention-rule').findFirst({
    locale: 'en',
    filters: { label: 'Three years' },
  });
  await documentsOf(app.strapi, 'plugin::privacy.purpose').create({
    locale: 'en',
    data: { organization: org?.documentId, name: 'Draft-only secret', legalBasis: 'consent', retention: retention?.documentId },
  });
  const response = await gql('{ privacyPolicy(organization: "acme", locale: en) { text } }');
  expect(response.body.data.privacyPolicy.text).not.toContain('Draft-only secret');
});

describe('the cost of one request', () => {
  const aliases = (count: number, field = 'privacyPolicy(organization: "acme", locale: en) { title }') =>
    Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

  test('300 aliases of privacyPolicy, which would serialize the document 300 times, are refused before any resolver runs', async () => {
    const response = await gql(`{ ${aliases(300)} }`);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0].message).toMatch(/asks for 300 privacy documents.*at most 10 are allowed per operation/);
    expect(response.body.errors[0].message).toContain('graphqlMaxDocumentsPerRequest');
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('unknown organizations count too: 2,000 aliases of policyVersions are refused as a whole, with no data', async () => {
    const response = await gql(`{ ${aliases(2000, 'policyVersions(organization: "nobody") { version }')} }`);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors[0].message).toMatch(/asks for 2000 privacy documents/);
  });

  test('aliases hidden in fragments and inline fragments are counted, a fragment spread twice once', async () => {
    const query = `{ ...F ...F ... on Query { ${aliases(3, 'cookiePolicy { title }')} } }
      fragment F on Query { ${aliases(8, 'consentCopy(organization: "acme") { esp }').replace(/a(\d+):/g, 'f$1:')} }`;
    const response = await gql(query);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/asks for 11 privacy documents/);
  });

  test('the limit itself is allowed: 10 documents in one operation, with other fields beside them', async () => {
    const response = await gql(`{ __typename ${aliases(10)} }`);
    expect(response.body.errors).toBeUndefined();
    expect(Object.keys(response.body.data)).toHaveLength(11);
    expect(response.body.data.a9.title).toBe(response.body.data.a0.title);
  });

  test('a fragment cycle is a validation error (400), not a stack overflow in the depth rule (500)', async () => {
    const response = await gql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/Cannot spread fragment "A" within itself via "B"/);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const selfCycle = await gql('{ ...A privacyPolicy { title } } fragment A on Query { privacyPolicy { title } ...A }');
    expect(selfCycle.status).toBe(400);
    expect(selfCycle.body.errors[0].message).toMatch(/Cannot spread fragment "A" within itself/);
  });
});

describe('without the GraphQL plugin', () => {
  test('the plugin loads and serves REST', async () => {
    await app.stop();
    app = undefined as unknown as TestApp;
    const bare = await startTestApp({ GRAPHQL_ENABLED: 'false' });
    try {
      expect(bare.strapi.plugin('graphql')).toBeUndefined();
      await seedFixture(bare, loadFixture('acme'));
      const rest = await request(bare.server).get('/api/privacy/policy?organization=acme&locale=en');
      expect(rest.status).toBe(200);
      expect([404, 405]).toContain((await request(bare.server).post('/graphql').send({ query: '{ __typename }' })).status);
    } finally {
      await bare.stop();
    }
  });
});
