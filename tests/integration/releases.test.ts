// Publishing several of the plugin's entries in one transaction, as Strapi's Content Releases does when it publishes a
// release (`strapi.db.transaction(() => … strapi.documents(uid).publish(…) for each action)` in content-releases'
// release service), records one version per changed document, not one per entry: the recording waits for the commit.
// Releases itself is an Enterprise feature (strapi.ee.features.isEnabled('cms-content-releases') is false without a
// licence, and its routes are not registered), so a test on this machine can only run what a release runs.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loadFixture, seedFixture } from '../helpers/fixtures';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { UID } from '../../server/src/uids';

let app: TestApp;
let admin: AdminSession;

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, loadFixture('acme'));
  admin = await loginAsSuperAdmin(app);
});

afterAll(async () => {
  await app?.stop();
});

const versionsOf = async (kind: string, locale: string): Promise<number[]> =>
  (await request(app.server).get(`/api/privacy/versions?organization=acme&locale=${locale}&kind=${kind}`)).body.data.map(
    (v: { version: number }) => v.version
  );

test('Content Releases is not enabled without an Enterprise licence: its admin routes are not there', async () => {
  expect(app.strapi.ee.features.isEnabled('cms-content-releases')).toBe(false);
  const answer = await request(app.server).get('/content-releases/').set(admin.auth);
  expect([404, 405]).toContain(answer.status);
});

test('one transaction publishing three purposes and a cookie records one new privacy policy and one new cookie policy, in its locale only', async () => {
  const purposes = (
    await documentsOf(app.strapi, UID.purpose).findMany({ locale: 'en', filters: { organization: { slug: 'acme' } } })
  ).slice(0, 3);
  expect(purposes.length).toBe(3);
  const cookie = await documentsOf(app.strapi, UID.cookie).findFirst({ locale: 'en', filters: { organization: { slug: 'acme' } } });
  if (!cookie) throw new Error('acme has no cookie');
  const before = {
    policyEn: await versionsOf('privacy-policy', 'en'),
    cookiesEn: await versionsOf('cookie-policy', 'en'),
    policyFr: await versionsOf('privacy-policy', 'fr'),
  };
  // Drafts only, as an editor prepares a release.
  for (const [i, purpose] of purposes.entries()) {
    await documentsOf(app.strapi, UID.purpose).update({
      documentId: purpose.documentId,
      locale: 'en',
      data: { name: `Release change ${i}` },
    });
  }
  await documentsOf(app.strapi, UID.cookie).update({
    documentId: cookie.documentId,
    locale: 'en',
    data: { purpose: 'Release cookie change.' },
  });
  expect(await versionsOf('privacy-policy', 'en')).toEqual(before.policyEn);

  // What content-releases' publish does with the release's actions.
  await app.strapi.db.transaction(async () => {
    for (const purpose of purposes) await documentsOf(app.strapi, UID.purpose).publish({ documentId: purpose.documentId, locale: 'en' });
    await documentsOf(app.strapi, UID.cookie).publish({ documentId: cookie.documentId, locale: 'en' });
  });
  // The recording starts at the commit and nobody awaits it (as after a release): wait for it to end.
  await app.strapi.plugin('privacy').service('versions').idle();

  const after = {
    policyEn: await versionsOf('privacy-policy', 'en'),
    cookiesEn: await versionsOf('cookie-policy', 'en'),
    policyFr: await versionsOf('privacy-policy', 'fr'),
  };
  expect(after.policyEn.length).toBe(before.policyEn.length + 1);
  expect(after.cookiesEn.length).toBe(before.cookiesEn.length + 1);
  expect(after.policyFr).toEqual(before.policyFr);
  const policy = (await request(app.server).get('/api/privacy/policy?organization=acme&locale=en&format=text')).text;
  for (const i of [0, 1, 2]) expect(policy).toContain(`Release change ${i}`);
  const cookies = (await request(app.server).get('/api/privacy/cookie-policy?organization=acme&locale=en&format=text')).text;
  expect(cookies).toContain('Release cookie change.');
});
