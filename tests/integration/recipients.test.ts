// Recipients on a real Strapi: a name per locale (localizedName), several countries (otherCountries) and the EU–US Data
// Privacy Framework, in the policy, the JSON-LD, the record and the report, and the 400s that guard them.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, reportItems as reportOf, type AdminSession } from '../helpers/admin';
import { documentsOf } from '../helpers/documents';
import { seedFixture, type Fixture } from '../helpers/fixtures';
import { demoData } from '../helpers/seed';
import { UID } from '../../server/src/uids';

let app: TestApp;
let admin: AdminSession;
const SLUG = 'recipients-v2';
const DPF = 'eu-us-data-privacy-framework';

const docs = (uid: string) => documentsOf(app.strapi, uid);

/** The demo company under another slug, with the three new fields filled in where a DPO would fill them. */
const fixture = (): Fixture => {
  const data = demoData();
  data.organization.slug = SLUG;
  const recipient = (key: string) => data.recipients.find((r: { key: string }) => r.key === key);
  recipient('sales-team').en.localizedName = 'Courrielia (internal teams)';
  // The CRM is a US company certified under the Data Privacy Framework.
  Object.assign(recipient('crm'), { transferSafeguard: DPF });
  recipient('crm').fr.safeguardDetails = null;
  recipient('crm').en.safeguardDetails = null;
  // The host keeps a copy in Germany (inside the EEA) and one in Canada (outside): a transfer.
  Object.assign(recipient('hosting'), { otherCountries: 'DE, CA', transferSafeguard: 'standard-contractual-clauses' });
  // The accountant's backup is in Belgium: two countries, both in the EEA, no transfer.
  Object.assign(recipient('accountant'), { otherCountries: 'BE' });
  return data;
};

const get = (url: string) => request(app.server).get(url);
const policyText = async (locale: string): Promise<string> => {
  const response = await get(`/api/privacy/policy?organization=${SLUG}&locale=${locale}&format=text`);
  expect(response.status).toBe(200);
  return response.text;
};

/** The completeness report's findings, from the drafts of every locale. */
const reportItems = () => reportOf(app, admin, SLUG);

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, fixture());
});

afterAll(async () => {
  await app?.stop();
});

describe('localizedName', () => {
  test('the English policy names the internal teams in English; the French one keeps the shared name', async () => {
    const english = await policyText('en');
    expect(english).toContain('- Courrielia (internal teams): Our sales and marketing teams, in Lille.');
    expect(english).toContain('Shared with: Courrielia (internal teams), Courrielia Send');
    expect(english).not.toContain('équipes internes');
    const french = await policyText('fr');
    expect(french).toContain('Courrielia (équipes internes)');
    expect(french).not.toContain('internal teams');
  });

  test('the JSON-LD and the Art. 30 record of the locale use it too', async () => {
    const jsonld = await get(`/api/privacy/policy?organization=${SLUG}&locale=en&format=jsonld`);
    expect(jsonld.status).toBe(200);
    const names = JSON.parse(jsonld.text)['dpv:hasPersonalDataHandling'].flatMap((h: Record<string, Array<{ name: string }>>) =>
      h['dpv:hasRecipient'].map((r) => r.name)
    );
    expect(names).toContain('Courrielia (internal teams)');
    expect(names).not.toContain('Courrielia (équipes internes)');
    const record = await get(`/privacy/register?organization=${SLUG}&locale=en&format=json`).set(admin.auth);
    expect(record.status).toBe(200);
    expect(JSON.stringify(record.body.data.rows)).toContain('Courrielia (internal teams)');
    expect(JSON.stringify(record.body.data.rows)).not.toContain('équipes internes');
  });

  test('is stored per locale: the French entry has none, the shared name is unchanged', async () => {
    const [english] = await docs(UID.recipient).findMany({ locale: 'en', filters: { name: 'Courrielia (équipes internes)' } });
    expect(english.localizedName).toBe('Courrielia (internal teams)');
    const french = await docs(UID.recipient).findOne({ documentId: english.documentId, locale: 'fr' });
    expect(french?.localizedName ?? null).toBeNull();
    expect(french?.name).toBe('Courrielia (équipes internes)');
  });
});

describe('the EU–US Data Privacy Framework', () => {
  test('is worded in both languages in the policy: certified, the adequacy decision applies, the decision cited', async () => {
    expect(await policyText('en')).toContain(
      'PipeHarbor Inc., United States: certified under the EU–US Data Privacy Framework (adequacy decision (EU) 2023/1795).'
    );
    expect(await policyText('fr')).toContain(
      'PipeHarbor Inc., États-Unis\u00a0: certifié au titre du Data Privacy Framework UE–États-Unis (décision d’adéquation (UE) 2023/1795).'
    );
  });

  test('is worded in the record of processing too, and the report raises no missing-safeguard error for it', async () => {
    for (const [locale, words] of [
      ['en', 'certified under the EU–US Data Privacy Framework'],
      ['fr', 'certifié au titre du Data Privacy Framework UE–États-Unis'],
    ]) {
      const record = await get(`/privacy/register?organization=${SLUG}&locale=${locale}&format=json`).set(admin.auth);
      expect(JSON.stringify(record.body.data.rows)).toContain(words);
    }
    expect((await reportItems()).filter((item) => item.code === 'transferSafeguard')).toEqual([]);
  });

  test('is refused with a 400 naming transferSafeguard and the article for a recipient outside the US, and nothing is stored', async () => {
    const [organization] = await docs(UID.organization).findMany({ locale: 'en', filters: { slug: SLUG } });
    const before = await docs(UID.recipient).count({ locale: 'en' });
    const response = await request(app.server)
      .post(`/content-manager/collection-types/${UID.recipient}?locale=en`)
      .set(admin.auth)
      .send({ organization: organization.documentId, name: 'Maple Cloud', category: 'processor', country: 'CA', transferSafeguard: DPF });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path)).toEqual([['transferSafeguard']]);
    expect(response.body.error.message).toMatch(/GDPR Art\. 45; Commission Implementing Decision \(EU\) 2023\/1795/);
    expect(await docs(UID.recipient).count({ locale: 'en' })).toBe(before);
  });

  test('is refused on an update that sets it on a French recipient, and allowed once the US is among its countries', async () => {
    const [host] = await docs(UID.recipient).findMany({ locale: 'en', filters: { name: 'Cabinet Vauban' } });
    const error = await docs(UID.recipient)
      .update({ documentId: host.documentId, locale: 'en', data: { transferSafeguard: DPF } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationError' });
    expect((error as { details: { errors: Array<{ path: string[] }> } }).details.errors[0].path).toEqual(['transferSafeguard']);
    expect((error as Error).message).toMatch(/its countries are 'FR', 'BE'/);
    const updated = await docs(UID.recipient).update({
      documentId: host.documentId,
      locale: 'en',
      data: { otherCountries: 'BE, US', transferSafeguard: DPF },
    });
    expect(updated).toMatchObject({ otherCountries: 'BE, US', transferSafeguard: DPF });
  });
});

describe('otherCountries', () => {
  test('a recipient with a country outside the EEA among several is a transfer, and every country is named', async () => {
    expect(await policyText('en')).toContain(
      'Nordhéberg, France, Germany and Canada: protected by the European Commission’s standard contractual clauses.'
    );
    expect(await policyText('fr')).toContain(
      'Nordhéberg, France, Allemagne et Canada\u00a0: protégé par les clauses contractuelles types de la Commission européenne.'
    );
  });

  test('the record of processing lists the same transfer, naming every country', async () => {
    const record = await get(`/privacy/register?organization=${SLUG}&locale=en&format=json`).set(admin.auth);
    const transfers = record.body.data.rows.map((row: { transfers: string }) => row.transfers).join('\n');
    expect(transfers).toContain(
      'Nordhéberg, France, Germany and Canada: protected by the European Commission’s standard contractual clauses.'
    );
    expect(transfers).not.toContain('Cabinet Vauban');
  });

  test('two countries both in the EEA make no transfer', async () => {
    const english = await policyText('en');
    const transfers = english.slice(english.indexOf('Transfers outside the European Economic Area'));
    expect(transfers).not.toContain('Cabinet Vauban');
  });

  test('the JSON-LD lists every country of a recipient that has several, and keeps one as a string', async () => {
    const jsonld = JSON.parse((await get(`/api/privacy/policy?organization=${SLUG}&locale=en&format=jsonld`)).text);
    const recipients = jsonld['dpv:hasPersonalDataHandling'].flatMap((h: Record<string, unknown[]>) => h['dpv:hasRecipient']);
    expect(recipients.find((r: { name: string }) => r.name === 'Nordhéberg')['dpv:hasCountry']).toEqual(['FR', 'DE', 'CA']);
    expect(recipients.find((r: { name: string }) => r.name === 'PipeHarbor Inc.')['dpv:hasCountry']).toBe('US');
  });

  test('a second country outside the EEA without a safeguard is reported, as for the main country', async () => {
    const [organization] = await docs(UID.organization).findMany({ locale: 'en', filters: { slug: SLUG } });
    await docs(UID.recipient).create({
      locale: 'en',
      data: { organization: organization.documentId, name: 'Twin Hosting', category: 'processor', country: 'FR', otherCountries: 'IN' },
    });
    const found = (await reportItems()).filter((item) => item.code === 'transferSafeguard');
    expect(found.map(({ entry, message }) => ({ entry, message }))).toEqual([
      { entry: 'Twin Hosting', message: 'The recipient is outside the EEA (IN) without a transfer safeguard.' },
    ]);
  });

  test.each([
    ['an unknown code', 'DE, XX', /'XX' is not an ISO 3166-1 alpha-2 country code/],
    ['a code ISO does not assign', 'UK', /'UK' is not an ISO 3166-1 alpha-2 country code/],
    ['lower case', 'de', /is not a list of country codes/],
    ['another separator', 'DE; US', /is not a list of country codes/],
    ['a repeated code', 'DE, DE', /names 'DE' twice/],
    ['the main country again', 'DE, FR', /repeats country 'FR'/],
  ])('%s is refused with a 400 naming otherCountries, and nothing is stored', async (_case, otherCountries, message) => {
    const [organization] = await docs(UID.organization).findMany({ locale: 'en', filters: { slug: SLUG } });
    const before = await docs(UID.recipient).count({ locale: 'en' });
    const response = await request(app.server)
      .post(`/content-manager/collection-types/${UID.recipient}?locale=en`)
      .set(admin.auth)
      .send({ organization: organization.documentId, name: 'Bad Codes', category: 'processor', country: 'FR', otherCountries });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['otherCountries']);
    expect(response.body.error.message).toMatch(message);
    expect(await docs(UID.recipient).count({ locale: 'en' })).toBe(before);
  });

  test('is shared by the locales: set in English, the French entry has it', async () => {
    const [host] = await docs(UID.recipient).findMany({ locale: 'en', filters: { name: 'Nordhéberg' } });
    const french = await docs(UID.recipient).findOne({ documentId: host.documentId, locale: 'fr' });
    expect(french?.otherCountries).toBe('DE, CA');
  });
});
