// Who can read what: the Public and Authenticated roles never reach drafts, raw entries or admin routes; closing the public routes hands them to roles.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loadFixture, seedFixture } from '../helpers/fixtures';

const ADMIN_READS = [
  '/privacy/report',
  '/privacy/preview',
  '/privacy/register',
  '/privacy/organizations',
  '/privacy/consent-copy',
  '/privacy/versions',
];
const RAW_TYPES = [
  '/api/privacy/purposes',
  '/api/privacy/organizations',
  '/api/privacy/cookies',
  '/api/purposes',
  '/api/privacy-purposes',
  '/api/policy-versions',
];

/** A users-permissions user of the Authenticated role, and its JWT. */
const authenticatedUser = async (app: TestApp): Promise<{ Authorization: string }> => {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const user = await app.strapi.db.query('plugin::users-permissions.user').create({
    data: {
      username: `reader${Date.now()}`,
      email: `reader${Date.now()}@example.test`,
      password: 'Reader-Test-1234',
      confirmed: true,
      blocked: false,
      provider: 'local',
      role: role.id,
    },
  });
  const jwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  return { Authorization: `Bearer ${jwt}` };
};

describe('with the public routes open (the default)', () => {
  let app: TestApp;
  let reader: { Authorization: string };

  beforeAll(async () => {
    app = await startTestApp();
    await seedFixture(app, loadFixture('acme'));
    reader = await authenticatedUser(app);
    const org = await documentsOf(app.strapi, 'plugin::privacy.organization').findFirst({ locale: 'en', filters: { slug: 'acme' } });
    const retention = await documentsOf(app.strapi, 'plugin::privacy.retention-rule').findFirst({
      locale: 'en',
      filters: { label: 'Three years' },
    });
    await documentsOf(app.strapi, 'plugin::privacy.purpose').create({
      locale: 'en',
      data: { organization: org?.documentId, name: 'Unpublished plan', legalBasis: 'consent', retention: retention?.documentId },
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  test.each([
    ['Public', false],
    ['Authenticated', true],
  ])('%s: admin routes answer 401', async (_, signedIn) => {
    for (const path of ADMIN_READS) {
      const call = request(app.server).get(`${path}?organization=acme`);
      const response = await (signedIn ? call.set(reader) : call);
      expect([path, response.status]).toEqual([path, 401]);
    }
  });

  test.each([
    ['Public', false],
    ['Authenticated', true],
  ])('%s: the raw content types have no route', async (_, signedIn) => {
    for (const path of RAW_TYPES) {
      const call = request(app.server).get(path);
      const response = await (signedIn ? call.set(reader) : call);
      expect([path, response.status]).toEqual([path, 404]);
    }
  });

  test.each([
    ['Public', false],
    ['Authenticated', true],
  ])('%s: a draft is in no document, format or history', async (_, signedIn) => {
    for (const path of [
      '/api/privacy/policy?organization=acme&locale=en&format=text',
      '/api/privacy/policy?organization=acme&locale=en&format=jsonld',
      '/api/privacy/consent-copy?organization=acme&locale=en',
      '/api/privacy/versions?organization=acme',
    ]) {
      const call = request(app.server).get(path);
      const response = await (signedIn ? call.set(reader) : call);
      expect(response.status).toBe(200);
      expect(response.text).not.toContain('Unpublished plan');
    }
  });
});

describe('with publicAccess: false', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ PRIVACY_PUBLIC_ACCESS: 'false' });
    await seedFixture(app, loadFixture('acme'));
  });

  afterAll(async () => {
    await app?.stop();
  });

  test('Public and Authenticated are refused until a role is granted the action; then that role reads', async () => {
    const reader = await authenticatedUser(app);
    const path = '/api/privacy/policy?organization=acme&locale=en';
    expect((await request(app.server).get(path)).status).toBe(403);
    expect((await request(app.server).get(path).set(reader)).status).toBe(403);

    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'plugin::privacy.documents.privacyPolicy', role: role.id } });
    const granted = await request(app.server).get(path).set(reader);
    expect(granted.status).toBe(200);
    expect(granted.body.data.organization).toBe('acme');
    expect((await request(app.server).get(path)).status).toBe(403);
    // Only that action: the cookie policy stays closed to the same role.
    expect((await request(app.server).get('/api/privacy/cookie-policy?organization=acme').set(reader)).status).toBe(403);
  });
});
