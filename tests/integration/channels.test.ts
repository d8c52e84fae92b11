// Purpose channels and retention benchmarks on a real Strapi: the 400s that guard channels, the value shared by the
// locales, the record naming them, and the report rules that read them (B2C prospecting, phone canvassing by date,
// retention against its benchmark).
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { documentsOf } from '../helpers/documents';
import { seedFixture, type Fixture } from '../helpers/fixtures';
import { demoData } from '../helpers/seed';
import { getService } from '../../server/src/utils/get-service';
import { UID } from '../../server/src/uids';

let app: TestApp;
let admin: AdminSession;
const SLUG = 'channels-v2';

const docs = (uid: string) => documentsOf(app.strapi, uid);

/** The demo company under another slug, with a B2C prospecting purpose by e-mail and phone on legitimate interests. */
const fixture = (): Fixture => {
  const data = demoData();
  data.organization.slug = SLUG;
  const b2b = data.purposes.find((p: { key: string }) => p.key === 'b2b-prospects');
  data.purposes.push({
    ...JSON.parse(JSON.stringify(b2b)),
    key: 'consumer-prospects',
    audience: 'b2c',
    source: 'data-subject',
    channels: 'email, phone',
    order: 9,
  });
  for (const locale of ['fr', 'en']) {
    const added = data.purposes[data.purposes.length - 1][locale];
    added.name = locale === 'fr' ? 'Prospection des particuliers' : 'Consumer prospecting';
    added.sourceDetails = null;
  }
  // Prospects kept 5 years, beyond the CNIL's 3, with no legal reference.
  data.retentionRules.find((r: { key: string }) => r.key === 'prospects').durationValue = 5;
  return data;
};

const organizationId = async (): Promise<string> => {
  const [organization] = await docs(UID.organization).findMany({ locale: 'en', filters: { slug: SLUG } });
  return organization.documentId;
};

const purposeOf = async (key: string) => {
  const [purpose] = await docs(UID.purpose).findMany({ locale: 'en', filters: { key, organization: { slug: SLUG } } });
  return purpose;
};

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, fixture());
});

afterAll(async () => {
  await app?.stop();
});

describe('channels', () => {
  test.each([
    ['an unknown channel', 'email, fax', /is not a list of channels: write email, sms, phone, post, web, in-person/],
    ['capitals', 'Email', /is not a list of channels/],
    ['another separator', 'email; sms', /is not a list of channels/],
    ['a channel twice', 'phone, email, phone', /names 'phone' twice/],
  ])('%s is refused with a 400 naming channels, and nothing is stored', async (_case, channels, message) => {
    const organization = await organizationId();
    const retention = (await purposeOf('newsletter')).retention as { documentId: string } | undefined;
    const before = await docs(UID.purpose).count({ locale: 'en' });
    const response = await request(app.server)
      .post(`/content-manager/collection-types/${UID.purpose}?locale=en`)
      .set(admin.auth)
      .send({ organization, name: 'Bad channels', legalBasis: 'consent', retention: retention?.documentId, channels });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['channels']);
    expect(response.body.error.message).toMatch(message);
    expect(await docs(UID.purpose).count({ locale: 'en' })).toBe(before);
  });

  test('an update that breaks channels is refused too, and the stored value is kept', async () => {
    const purpose = await purposeOf('newsletter');
    const response = await request(app.server)
      .put(`/content-manager/collection-types/${UID.purpose}/${purpose.documentId}?locale=en`)
      .set(admin.auth)
      .send({ channels: 'e-mail' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['channels']);
    expect((await purposeOf('newsletter')).channels).toBe('email');
  });

  test('is shared by the locales: set in English, the French entry has it', async () => {
    const purpose = await purposeOf('b2b-prospects');
    await docs(UID.purpose).update({ documentId: purpose.documentId, locale: 'en', data: { channels: 'email, phone, in-person' } });
    const french = await docs(UID.purpose).findOne({ documentId: purpose.documentId, locale: 'fr' });
    expect(french?.channels).toBe('email, phone, in-person');
  });

  test('the record of processing names the channels of a purpose after its description, in the locale', async () => {
    const record = await request(app.server).get(`/privacy/register?organization=${SLUG}&locale=fr&format=json`).set(admin.auth);
    expect(record.status).toBe(200);
    const rows: Array<{ purpose: string; purposeDescription: string }> = record.body.data.rows;
    expect(rows.find((row) => row.purpose === 'Newsletter')?.purposeDescription).toBe(
      'Notre newsletter mensuelle sur l’e-mail marketing. Canaux\u00a0: e-mail.'
    );
    expect(rows.find((row) => row.purpose === 'Liste d’opposition')?.purposeDescription).not.toMatch(/Canaux/);
  });
});

describe('the report rules that read them', () => {
  const items = async (now?: Date) =>
    (await getService(app.strapi, 'editor').report(SLUG, 'en', now)).items.filter((item) => item.locale === 'en');

  test('B2C prospecting by e-mail on legitimate interests is an error on the purpose’s legal basis', async () => {
    const found = (await items()).filter((item) => item.code === 'b2cElectronicProspecting');
    expect(found.map(({ entry, severity, field }) => ({ entry, severity, field }))).toEqual([
      { entry: 'Consumer prospecting', severity: 'error', field: 'legalBasis' },
    ]);
  });

  test('B2C phone canvassing is a warning on 10 August 2026 and an error from 11 August 2026 (Paris days)', async () => {
    const severity = async (now: Date) => (await items(now)).find((item) => item.code === 'b2cPhoneCanvassing')?.severity;
    expect(await severity(new Date('2026-08-10T12:00:00Z'))).toBe('warning');
    // 22:30 UTC on 10 August is already 11 August in Paris.
    expect(await severity(new Date('2026-08-10T22:30:00Z'))).toBe('error');
    expect(await severity(new Date('2026-12-01T09:00:00Z'))).toBe('error');
  });

  test('a prospects rule kept beyond its benchmark without a legal reference is a warning, until a reference is given', async () => {
    const over = async () => (await items()).filter((item) => item.code === 'retentionOverBenchmark').map((item) => item.message);
    expect(await over()).toEqual([
      'The period is longer than the 36 months the reference framework “cnil-prospects” accepts, and no legal reference explains it: shorten it, or give the law that requires it as the legal reference.',
    ]);
    const [rule] = await docs(UID.retentionRule).findMany({ locale: 'en', filters: { benchmark: 'cnil-prospects', durationValue: 5 } });
    await docs(UID.retentionRule).update({ documentId: rule.documentId, locale: 'en', data: { legalReference: 'Code civil, art. 2224' } });
    expect(await over()).toEqual([]);
  });
});
