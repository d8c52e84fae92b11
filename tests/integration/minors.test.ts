// Minors (model v2, GDPR Art. 8) on a real Strapi: parental consent below the age of digital consent in the policy,
// the organization's age (15 in France by default), the report's children rule, and the 400 that guards the age.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, reportLines, type AdminSession } from '../helpers/admin';
import { documentsOf } from '../helpers/documents';
import { seedFixture, type Fixture } from '../helpers/fixtures';
import { demoData } from '../helpers/seed';
import { UID } from '../../server/src/uids';

let app: TestApp;
let admin: AdminSession;
const SLUG = 'minors-v2';

const docs = (uid: string) => documentsOf(app.strapi, uid);

/** The demo company under another slug; its newsletter may reach teenagers. */
const fixture = (): Fixture => {
  const data = demoData();
  data.organization.slug = SLUG;
  data.purposes.find((p: { key: string }) => p.key === 'newsletter').minors = 'may-reach';
  return data;
};

const newsletterItems = async (locale: string): Promise<string[]> => {
  const response = await request(app.server).get(`/api/privacy/policy?organization=${SLUG}&locale=${locale}`);
  expect(response.status).toBe(200);
  const purposes = response.body.data.sections.find((s: { key: string }) => s.key === 'purposes');
  return purposes.groups.find((g: { heading: string }) => g.heading === 'Newsletter').items;
};

const reportCodes = (): Promise<string[]> => reportLines(app, admin, SLUG);

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, fixture());
});

afterAll(async () => {
  await app?.stop();
});

test('a consent purpose that may reach minors asks for parental consent below 15, the French age, in each language', async () => {
  expect(await newsletterItems('en')).toContain('If you are under 15, a holder of parental responsibility must consent too.');
  expect(await newsletterItems('fr')).toContain(
    'Si vous avez moins de 15\u00a0ans, un titulaire de l’autorité parentale doit aussi y consentir.'
  );
  // A purpose that leaves minors alone says nothing of it.
  const response = await request(app.server).get(`/api/privacy/policy?organization=${SLUG}&locale=en&format=text`);
  expect(response.text.match(/holder of parental responsibility/g)).toHaveLength(1);
});

test("the organization's own age of digital consent replaces the default", async () => {
  const [organization] = await docs(UID.organization).findMany({ locale: 'en', filters: { slug: SLUG } });
  for (const locale of ['en', 'fr']) {
    await docs(UID.organization).update({ documentId: organization.documentId, locale, data: { digitalConsentAge: 13 } });
    await docs(UID.organization).publish({ documentId: organization.documentId, locale });
  }
  expect(await newsletterItems('en')).toContain('If you are under 13, a holder of parental responsibility must consent too.');
});

test('an age outside 13 to 16 is refused with a 400 naming digitalConsentAge, and the stored one is kept', async () => {
  const [organization] = await docs(UID.organization).findMany({ locale: 'en', filters: { slug: SLUG } });
  const response = await request(app.server)
    .put(`/content-manager/collection-types/${UID.organization}/${organization.documentId}?locale=en`)
    .set(admin.auth)
    .send({ digitalConsentAge: 12 });
  expect(response.status).toBe(400);
  expect(response.body.error.details.errors[0].path).toEqual(['digitalConsentAge']);
  expect(response.body.error.message).toMatch(/from 13 to 16/);
  const stored = await docs(UID.organization).findOne({ documentId: organization.documentId, locale: 'en' });
  expect(stored?.digitalConsentAge).toBe(13);
});

test('a purpose for children that says minors are not concerned is reported', async () => {
  const [account] = await docs(UID.purpose).findMany({ locale: 'en', filters: { key: 'white-paper' } });
  expect((await reportCodes()).filter((code) => code.startsWith('minors'))).toEqual([]);
  for (const locale of ['en', 'fr']) {
    await docs(UID.purpose).update({
      documentId: account.documentId,
      locale,
      data: { dataSubjectCategories: 'website-visitors, children', minors: 'none' },
    });
  }
  const codes = (await reportCodes()).filter((code) => code.startsWith('minors'));
  expect(codes).toEqual(['minorsUnset White paper downloads en', 'minorsUnset Téléchargement de livres blancs fr']);
});

test('sensitive data name their Art. 9(2) condition, and criminal-offence data are disclosed and reported (Art. 10)', async () => {
  const [invoicing] = await docs(UID.purpose).findMany({ locale: 'en', filters: { key: 'invoicing' } });
  for (const locale of ['en', 'fr']) {
    await docs(UID.purpose).update({
      documentId: invoicing.documentId,
      locale,
      data: { sensitiveData: true, sensitiveDataCondition: 'legal-claims', criminalData: true },
    });
    await docs(UID.purpose).publish({ documentId: invoicing.documentId, locale });
  }
  const english = await request(app.server).get(`/api/privacy/policy?organization=${SLUG}&locale=en&format=text`);
  expect(english.text).toContain(
    'We process these sensitive data for the establishment, exercise or defence of legal claims (GDPR Art. 9(2)).'
  );
  expect(english.text).toContain(
    'This includes data on criminal convictions or offences, processed only as the law allows (GDPR Art. 10).'
  );
  const french = await request(app.server).get(`/api/privacy/policy?organization=${SLUG}&locale=fr&format=text`);
  expect(french.text).toContain('pour la constatation, l’exercice ou la défense de droits en justice (art. 9(2) du RGPD).');
  const codes = await reportCodes();
  expect(codes.filter((code) => code.startsWith('sensitiveData'))).toEqual([]);
  expect(codes.filter((code) => code.startsWith('criminalData'))).toEqual([
    'criminalData Invoicing and accounting en',
    'criminalData Facturation et comptabilité fr',
  ]);
});
