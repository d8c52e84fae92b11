// Adding a language is adding one translation file: a copy of the templates with de.json, served by a real Strapi in German.
import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loadFixture } from '../helpers/fixtures';
import { seedDemo } from '../helpers/seed';
import { loginAsSuperAdmin } from '../helpers/admin';

const TEMPLATES = path.join(__dirname, '..', '..', 'templates');
let app: TestApp;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-templates-'));
  fs.cpSync(TEMPLATES, dir, { recursive: true });
  // A German file made from the English one, with the titles translated: enough to see which file a document came from.
  const german = JSON.parse(fs.readFileSync(path.join(TEMPLATES, 'locales', 'en.json'), 'utf8'));
  german.privacyPolicy.title = 'Datenschutzerklärung von {{name}}';
  german.cookiePolicy.title = 'Cookie-Richtlinie von {{name}}';
  fs.writeFileSync(path.join(dir, 'locales', 'de.json'), JSON.stringify(german));
  app = await startTestApp({ PRIVACY_TEMPLATES_DIR: dir });
  await app.strapi.plugin('i18n').service('locales').create({ code: 'de', name: 'German (de)' });
  await seedDemo(app.strapi, { data: loadFixture('acme'), reset: true, locales: ['fr', 'en', 'de'] } as never);
});

afterAll(async () => {
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the new language is served by the public routes, with the same sections as English', async () => {
  const de = await request(app.server).get('/api/privacy/policy?organization=acme&locale=de');
  const en = await request(app.server).get('/api/privacy/policy?organization=acme&locale=en');
  expect(de.status).toBe(200);
  expect(de.body.data.title).toBe('Datenschutzerklärung von Acme');
  expect(de.body.data.sections.map((s: { key: string }) => s.key)).toEqual(en.body.data.sections.map((s: { key: string }) => s.key));
  const cookies = await request(app.server).get('/api/privacy/cookie-policy?organization=acme&locale=de&format=text');
  expect(cookies.text.split('\n')[0]).toBe('Cookie-Richtlinie von Acme');
  const versions = await request(app.server).get('/api/privacy/versions?organization=acme&locale=de');
  expect(versions.body.data.map((v: { kind: string }) => v.kind).sort()).toEqual(['cookie-policy', 'privacy-policy']);
});

test('the admin page is offered the new language, from the server', async () => {
  const { auth } = await loginAsSuperAdmin(app);
  const meta = await request(app.server).get('/privacy/meta').set(auth);
  expect(meta.status).toBe(200);
  expect(meta.body.data.locales).toEqual(expect.arrayContaining(['de', 'en', 'fr']));
  expect(meta.body.data.languages).toEqual(['de', 'en', 'fr']);
  const report = await request(app.server).get('/privacy/report?organization=acme&lang=de').set(auth);
  expect(report.status).toBe(200);
});

test('GraphQL takes the new locale too', async () => {
  const response = await request(app.server)
    .post('/graphql')
    .send({ query: '{ privacyPolicy(organization: "acme", locale: de) { title } }' });
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data.privacyPolicy.title).toBe('Datenschutzerklärung von Acme');
});
