// Google Consent Mode on a real Strapi: only ?consentMode=google adds it, each answer cached apart, the wait and regions
// from the plugin config, and a 400 naming the parameter for any other value.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { seedDemo } from '../helpers/seed';

let app: TestApp;
const BANNER = '/api/privacy/cookie-banner?organization=courrielia';

beforeAll(async () => {
  app = await startTestApp({ PRIVACY_CONSENT_MODE_REGION: 'FR,BE' });
  await seedDemo(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

test('without the parameter there is no consentMode; with it, the mapping, the default from the config and the script', async () => {
  const plain = await request(app.server).get(`${BANNER}&locale=fr&format=klaro`);
  expect(plain.status).toBe(200);
  expect('consentMode' in plain.body.data).toBe(false);
  const google = await request(app.server).get(`${BANNER}&locale=fr&format=klaro&consentMode=google`);
  expect(google.status).toBe(200);
  expect(google.headers.etag).not.toBe(plain.headers.etag);
  expect(google.body.data.config).toEqual(plain.body.data.config);
  const { consentMode } = google.body.data;
  expect(consentMode.default).toEqual({
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'denied',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
    security_storage: 'granted',
    wait_for_update: 500,
    region: ['FR', 'BE'],
  });
  expect(consentMode.mapping.analytics).toEqual(['analytics_storage']);
  // The demo declares _ga (analytics), _gcl_au (advertising), a language cookie (preferences) and bcookie (social
  // media, which grants no Google type).
  expect(consentMode.grants).toEqual({
    necessary: ['functionality_storage', 'personalization_storage', 'security_storage'],
    analytics: ['analytics_storage'],
    advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    'social-media': [],
  });
  expect(consentMode.script).toContain("gtag('consent', 'default', M.default)");
  // The plain answer again, from the cache: still without Consent Mode.
  const again = await request(app.server).get(`${BANNER}&locale=fr&format=klaro`);
  expect(again.headers.etag).toBe(plain.headers.etag);
  expect('consentMode' in again.body.data).toBe(false);
});

test("tarteaucitron's own Consent Mode is turned off only when the plugin's is asked for", async () => {
  const plain = await request(app.server).get(`${BANNER}&locale=en&format=tarteaucitron`);
  expect('googleConsentMode' in plain.body.data.config.init).toBe(false);
  const google = await request(app.server).get(`${BANNER}&locale=en&format=tarteaucitron&consentMode=google`);
  expect(google.body.data.config.init.googleConsentMode).toBe(false);
  expect(Object.keys(google.body.data.config.services).sort()).toEqual(Object.keys(plain.body.data.config.services).sort());
});

test.each(['yes', 'Google', 'true'])('consentMode=%s is a 400 naming the parameter and its one value', async (value) => {
  const response = await request(app.server).get(`${BANNER}&format=vanilla-cookieconsent&consentMode=${value}`);
  expect(response.status).toBe(400);
  expect(response.body.error.message).toBe('consentMode must be one of google');
  expect(response.body.error.details.errors[0].path).toEqual(['consentMode']);
});
