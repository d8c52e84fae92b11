// What an editor sees of the plugin's webhook event in Strapi's Settings → Webhooks, in real headless Chromium: no
// checkbox for it (Strapi's table of events is fixed), and a webhook made through the API keeps it when saved there.
import fs from 'fs';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type Page } from 'playwright-core';
import request from 'supertest';
import { PLAYGROUND_DIR, startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';

const ARTIFACTS = path.resolve(__dirname, '..', '.artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let app: TestApp;
let admin: AdminSession;
let browser: Browser;
let page: Page;
let base: string;
let webhookId: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(PLAYGROUND_DIR, 'dist', 'build', 'index.html'))) {
    throw new Error('The playground admin is not built: run `npm run build --workspace playground` (npm run test:e2e does it).');
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startTestApp({}, { serveAdminPanel: true });
  admin = await loginAsSuperAdmin(app);
  const created = await request(app.server)
    .post('/admin/webhooks')
    .set(admin.auth)
    .send({ name: 'Site revalidation', url: 'http://127.0.0.1:9999/revalidate', headers: {}, events: ['privacy.version.created'] });
  expect(created.status).toBe(201);
  webhookId = created.body.data.id;
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' })).newPage();
  await page.goto(`${base}/admin/auth/login`);
  await page.fill('input[name=email]', 'dpo@example.test');
  await page.fill('input[name=password]', 'Privacy-Test-1234');
  await page.click('button[type=submit]');
  await page.waitForURL(/\/admin\/?$/);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('the list shows the webhook; its form has rows for entry and media events only, none for the plugin', async () => {
  await page.goto(`${base}/admin/settings/webhooks`);
  await page.getByText('Site revalidation').waitFor();
  await page.goto(`${base}/admin/settings/webhooks/${webhookId}`);
  await page.getByRole('checkbox', { name: 'entry.publish' }).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'webhook-settings.png'), fullPage: true });
  const rows = await page.locator('tbody tr td:first-child').allInnerTexts();
  expect(rows.map((text) => text.trim())).toEqual(['Entry', 'Media']);
  const events = await page.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label')));
  expect(events).toEqual([
    'Select all entries',
    'entry.create',
    'entry.update',
    'entry.delete',
    'entry.publish',
    'entry.unpublish',
    'Select all entries',
    'media.create',
    'media.update',
    'media.delete',
  ]);
});

test('saved from the form with another name, the webhook keeps privacy.version.created', async () => {
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('Site revalidation from the form');
  const saved = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes('/admin/webhooks/'));
  await page.getByRole('button', { name: 'Save' }).click();
  expect((await saved).status()).toBe(200);
  const stored = await request(app.server).get(`/admin/webhooks/${webhookId}`).set(admin.auth);
  expect(stored.body.data).toMatchObject({ name: 'Site revalidation from the form', events: ['privacy.version.created'] });
});
