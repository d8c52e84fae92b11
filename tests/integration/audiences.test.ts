// Data-subject categories on a real Strapi: the save rule's 400, the record and the JSON-LD, the policy for the public
// (purposes only about employees, candidates or supplier-contacts left out) and the policies per audience (?audience=).
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { documentsOf } from '../helpers/documents';
import { seedFixture, type Fixture } from '../helpers/fixtures';
import { demoData } from '../helpers/seed';
import { UID } from '../../server/src/uids';

let app: TestApp;
let admin: AdminSession;
const SLUG = 'audiences';
/** The demo again with no category on any purpose: documents as before categories existed. */
const BARE = 'audiences-bare';
const ALLOWED =
  'customers, prospects, subscribers, website-visitors, employees, candidates, supplier-contacts, client-contacts, children, other';

const docs = (uid: string) => documentsOf(app.strapi, uid);
const get = (url: string) => request(app.server).get(url);
const policy = (query: string) => get(`/api/privacy/policy?organization=${SLUG}&${query}`);

const demoAs = (slug: string, withCategories: boolean): Fixture => {
  const data = demoData();
  data.organization.slug = slug;
  data.organization.name = `Courrielia ${slug}`;
  if (!withCategories) for (const purpose of data.purposes) delete purpose.dataSubjectCategories;
  return data;
};

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, demoAs(SLUG, true));
  await seedFixture(app, demoAs(BARE, false));
});

afterAll(async () => {
  await app?.stop();
});

describe('the policy for the public', () => {
  test('leaves out the purpose only about candidates, and keeps every other purpose', async () => {
    const text = (await policy('locale=en&format=text')).text;
    expect(text).not.toContain('Recruitment');
    expect(text).not.toContain('CV and cover letter');
    for (const name of ['Newsletter', 'Creating and managing your customer account', 'B2B prospecting', 'Invoicing and accounting']) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain('Candidates: 2 years after the last contact');
  });

  test('keeps every purpose that has no category, the candidates one included', async () => {
    const text = (await get(`/api/privacy/policy?organization=${BARE}&locale=en&format=text`)).text;
    expect(text).toContain('Recruitment');
    expect(text).toContain('Candidates: 2 years after the last contact');
  });

  test('its JSON-LD carries the slugs of the categories beside the free-text lines', async () => {
    const jsonld = JSON.parse((await policy('locale=en&format=jsonld')).text);
    const handlings = jsonld['dpv:hasPersonalDataHandling'] as Array<{ 'dpv:hasPurpose': { name: string }; 'dpv:hasDataSubject': unknown }>;
    const account = handlings.find((h) => h['dpv:hasPurpose'].name === 'Creating and managing your customer account');
    expect(account?.['dpv:hasDataSubject']).toEqual([
      { '@type': 'dpv:DataSubject', name: 'Customers and their users' },
      { '@type': 'dpv:DataSubject', identifier: 'customers' },
      { '@type': 'dpv:DataSubject', identifier: 'client-contacts' },
    ]);
    expect(handlings.map((h) => h['dpv:hasPurpose'].name)).not.toContain('Recruitment');
  });

  test('an organization with no category gets its JSON-LD as before: free-text lines only', async () => {
    const jsonld = JSON.parse((await get(`/api/privacy/policy?organization=${BARE}&locale=en&format=jsonld`)).text);
    const subjects = jsonld['dpv:hasPersonalDataHandling'].flatMap((h: Record<string, unknown[]>) => h['dpv:hasDataSubject']);
    expect(subjects.every((s: Record<string, unknown>) => Object.keys(s).sort().join() === '@type,name')).toBe(true);
  });
});

describe('?audience=', () => {
  test('candidates: the recruitment purpose alone, its retention and recipient, titled for them, with no version number', async () => {
    const response = await policy('locale=en&audience=candidates');
    expect(response.status).toBe(200);
    const { data } = response.body;
    expect(data.title).toBe('Courrielia privacy policy: Job candidates');
    expect(data.version).toBeNull();
    const text = (await policy('locale=en&audience=candidates&format=text')).text;
    expect(text).toContain('Recruitment');
    expect(text).toContain('Candidates: 2 years after the last contact');
    expect(text).toContain('Nordhéberg');
    expect(text).not.toContain('Newsletter');
    expect(text).not.toContain('PipeHarbor');
  });

  test('in French, with the French title', async () => {
    const response = await policy('locale=fr&audience=candidates');
    expect(response.status).toBe(200);
    expect(response.body.data.title).toBe('Politique de confidentialité de Courrielia\u202f: Candidats');
  });

  test('customers: the purposes whose categories include customers, not the others', async () => {
    const text = (await policy('locale=en&audience=customers&format=text')).text;
    expect(text).toContain('Creating and managing your customer account');
    expect(text).toContain('Invoicing and accounting');
    expect(text).not.toContain('Newsletter');
    expect(text).not.toContain('Recruitment');
  });

  test('an unknown audience is a 400 naming audience and listing the allowed values', async () => {
    const response = await policy('audience=staff');
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['audience']);
    expect(response.body.error.message).toBe(`audience must be one of ${ALLOWED}`);
  });

  test('an audience no purpose has is a 404 that says so', async () => {
    const response = await policy('locale=en&audience=children');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain("has the data-subject category 'children'");
  });

  test('an audience of an organization with no category is a 404 too', async () => {
    expect((await get(`/api/privacy/policy?organization=${BARE}&audience=candidates`)).status).toBe(404);
  });

  test('with version is a 400 naming version: audience policies have no versions', async () => {
    const response = await policy('audience=candidates&version=1');
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['version']);
  });

  test('the cookie policy has no audience parameter', async () => {
    const response = await get(`/api/privacy/cookie-policy?organization=${SLUG}&audience=candidates`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/unknown parameter 'audience'/);
  });

  test('format=page keeps the audience in its language links and lists no version', async () => {
    const response = await policy('locale=en&audience=candidates&format=page');
    expect(response.status).toBe(200);
    expect(response.text).toContain('Recruitment');
    // The page's links are HTML-escaped ('=' as &#x3D;).
    expect(response.text).toMatch(/hreflang="fr"[^>]*audience&#x3D;candidates|audience&#x3D;candidates[^>]*hreflang="fr"/);
    expect(response.text).not.toContain('version=1');
  });

  test('GraphQL takes the same argument', async () => {
    const response = await request(app.server)
      .post('/graphql')
      .send({ query: `{ privacyPolicy(organization: "${SLUG}", locale: en, audience: candidates) { title version text } }` });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.privacyPolicy).toMatchObject({ title: 'Courrielia privacy policy: Job candidates', version: null });
    expect(response.body.data.privacyPolicy.text).toContain('Recruitment');
  });
});

describe('versions', () => {
  test("the public policy's version history names neither the candidates-only purpose nor its retention rule", async () => {
    const history = (await get(`/api/privacy/versions?organization=${SLUG}&locale=en`)).text;
    expect(history).toContain('Newsletter');
    expect(history).not.toContain('Recruitment');
    expect(history).not.toContain('Candidates: 2 years after the last contact');
  });

  test('a change to the candidates-only purpose records no public version, and the audience policy shows it at once', async () => {
    const before = await app.strapi.db.query(UID.policyVersion as never).count({ where: { organization: SLUG } });
    const recruitment = await docs(UID.purpose).findFirst({ locale: 'en', filters: { key: 'recruitment', organization: { slug: SLUG } } });
    await docs(UID.purpose).update({
      documentId: recruitment?.documentId,
      locale: 'en',
      data: { description: 'Reviewing applications and holding interviews.' },
    });
    await docs(UID.purpose).publish({ documentId: recruitment?.documentId, locale: 'en' });
    await app.strapi.plugin('privacy').service('versions').recordChanges([SLUG]);
    expect(await app.strapi.db.query(UID.policyVersion as never).count({ where: { organization: SLUG } })).toBe(before);
    expect((await policy('locale=en&audience=candidates&format=text')).text).toContain('Reviewing applications and holding interviews.');
  });
});

describe('the record of processing', () => {
  test("names the categories before the editor's lines, and its JSON carries the slugs", async () => {
    const record = await get(`/privacy/register?organization=${SLUG}&locale=en&format=json`).set(admin.auth);
    const rows = record.body.data.rows as Array<{ purpose: string; dataSubjects: string; dataSubjectCategories?: string[] }>;
    const recruitment = rows.find((row) => row.purpose === 'Recruitment');
    expect(recruitment?.dataSubjects).toBe('Job candidates; Applicants for a job or an internship');
    expect(recruitment?.dataSubjectCategories).toEqual(['candidates']);
    const account = rows.find((row) => row.purpose === 'Creating and managing your customer account');
    expect(account?.dataSubjects).toBe('Customers; Contacts at clients; Customers and their users');
    // A line that only repeats a category's name is not said twice.
    expect(rows.find((row) => row.purpose === 'Newsletter')?.dataSubjects).toBe('Subscribers');
  });

  test('with no category, the column and the row are as before', async () => {
    const record = await get(`/privacy/register?organization=${BARE}&locale=en&format=json`).set(admin.auth);
    const recruitment = record.body.data.rows.find((row: { purpose: string }) => row.purpose === 'Recruitment');
    expect(recruitment.dataSubjects).toBe('Applicants for a job or an internship');
    expect(recruitment).not.toHaveProperty('dataSubjectCategories');
  });
});

describe('the completeness report', () => {
  const dataSubjectWarnings = async (slug: string): Promise<string[]> => {
    const response = await get(`/privacy/report?organization=${slug}&lang=en`).set(admin.auth);
    expect(response.status).toBe(200);
    return (response.body.data.items as Array<{ code: string; entry: string }>)
      .filter((item) => item.code === 'dataSubjects')
      .map((item) => item.entry);
  };
  const clearLines = async (slug: string): Promise<void> => {
    const purpose = await docs(UID.purpose).findFirst({ locale: 'en', filters: { key: 'white-paper', organization: { slug } } });
    await docs(UID.purpose).update({ documentId: purpose?.documentId, locale: 'en', data: { dataSubjects: '' } });
  };

  test('does not ask for data subjects on a purpose whose categories name them, and still does without', async () => {
    await clearLines(SLUG);
    await clearLines(BARE);
    expect(await dataSubjectWarnings(SLUG)).toEqual([]);
    expect(await dataSubjectWarnings(BARE)).toEqual(['White paper downloads']);
  });
});

describe('the save rule', () => {
  test.each([
    ['an unknown category', 'customers, staff', /"staff" is not a category.*allowed categories are customers, prospects, /],
    ['another separator', 'customers; prospects', /is not a list of categories.*allowed categories are customers, prospects, /],
    ['capitals', 'Customers', /is not a list of categories.*allowed categories are customers, prospects, /],
    ['a repeated category', 'children, children', /names 'children' twice/],
  ])('%s is refused with a 400 naming dataSubjectCategories, and nothing is stored', async (_case, dataSubjectCategories, message) => {
    const organization = await docs(UID.organization).findFirst({ locale: 'en', filters: { slug: SLUG } });
    const before = await docs(UID.purpose).count({ locale: 'en' });
    const response = await request(app.server)
      .post(`/content-manager/collection-types/${UID.purpose}?locale=en`)
      .set(admin.auth)
      .send({ organization: organization?.documentId, name: 'Bad categories', legalBasis: 'consent', dataSubjectCategories });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['dataSubjectCategories']);
    expect(response.body.error.message).toMatch(message);
    expect(await docs(UID.purpose).count({ locale: 'en' })).toBe(before);
  });

  test('an update that breaks it is refused too', async () => {
    const newsletter = await docs(UID.purpose).findFirst({ locale: 'en', filters: { key: 'newsletter', organization: { slug: SLUG } } });
    const error = await docs(UID.purpose)
      .update({ documentId: newsletter?.documentId, locale: 'en', data: { dataSubjectCategories: 'subscriber' } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationError' });
    expect((error as { details: { errors: Array<{ path: string[] }> } }).details.errors[0].path).toEqual(['dataSubjectCategories']);
  });

  test('is shared by the locales: changed in English, the French entry has it', async () => {
    const invoicing = await docs(UID.purpose).findFirst({ locale: 'en', filters: { key: 'invoicing', organization: { slug: SLUG } } });
    await docs(UID.purpose).update({
      documentId: invoicing?.documentId,
      locale: 'en',
      data: { dataSubjectCategories: 'customers, other' },
    });
    const french = await docs(UID.purpose).findOne({ documentId: invoicing?.documentId, locale: 'fr' });
    expect(french?.dataSubjectCategories).toBe('customers, other');
  });
});
