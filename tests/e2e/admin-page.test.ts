// The editors' page in real headless Chromium: log in, open the plugin, French preview, a completeness error appearing, copying an e-mail.
import fs from 'fs';
import path from 'path';
import { type Browser, type Page } from 'playwright-core';
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin } from '../helpers/admin';
import { documentsOf } from '../helpers/documents';
import { seedDemo } from '../helpers/seed';
import { launchChromium, assertAdminBuilt, listen, logInToAdmin } from '../helpers/browser';

const ARTIFACTS = path.resolve(__dirname, '..', '.artifacts');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let app: TestApp;
let browser: Browser;
let page: Page;
let base: string;
/** Everything the admin writes to the browser console, to find the plugin's own warnings in it. */
const consoleMessages: string[] = [];

/** Screenshots go to tests/.artifacts (ignored by git); the README's images are copies of these. */
const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.jpg`), type: 'jpeg', quality: 70, fullPage: false });

beforeAll(async () => {
  assertAdminBuilt();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startTestApp({}, { serveAdminPanel: true });
  await seedDemo(app.strapi);
  await loginAsSuperAdmin(app);
  base = await listen(app);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await context.newPage();
  page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('an editor logs in and finds the plugin in the menu', async () => {
  await logInToAdmin(page, base);
  await page.getByRole('link', { name: 'Privacy' }).click();
  await page.getByRole('heading', { name: 'Privacy (GDPR)' }).waitFor();
  // Strapi warns when a menu link's Component is an async function (deprecated in Strapi 5).
  expect(consoleMessages.filter((m) => m.includes('addMenuLink'))).toEqual([]);
});

test("axe-core finds no WCAG 2.1 AA violation in the plugin page's content", async () => {
  // The plugin's page is Strapi's <main>; the admin's own menu around it is Strapi's to check.
  expect(await page.locator('main').getByRole('heading', { name: 'Privacy (GDPR)' }).count()).toBe(1);
  // Evaluated rather than added as a <script>: the admin's CSP refuses inline scripts, and evaluation is not one.
  await page.evaluate(AXE);
  const result = (await page.evaluate(
    `axe.run({ include: ['main'] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => v.id + ': ' + v.help + ' at ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', ')) }))`
  )) as { passes: number; violations: string[] };
  expect(result.violations).toEqual([]);
  expect(result.passes).toBeGreaterThan(5);
});

test("switching the documents to French shows the demo company's draft preview", async () => {
  await page.getByRole('combobox', { name: 'Language of the documents' }).click();
  await page.getByRole('option', { name: 'Français (fr)' }).click();
  const preview = page.getByTestId('preview-document');
  await preview.getByText('Politique de confidentialité de Courrielia').waitFor();
  await page.getByText('Identique à la version publiée', { exact: false }).or(page.getByText('Same as published')).first().waitFor();
  await shot('1-preview');
});

test('a change that makes an entry incomplete shows up in the completeness tab', async () => {
  await page.getByRole('tab', { name: 'Completeness' }).click();
  await page.getByText('0 errors').waitFor();
  // The demo's third-party trackers are linked to their recipients (Google LLC, LinkedIn): nothing is missing.
  await page.getByText('0 warnings').waitFor();
  await page.getByText('Nothing is missing', { exact: false }).waitFor();
  const recipients = documentsOf(app.strapi, 'plugin::privacy.recipient');
  const crm = await recipients.findFirst({ locale: 'fr', filters: { name: 'PipeHarbor Inc.' } });
  await recipients.update({ documentId: crm?.documentId, locale: 'fr', data: { transferSafeguard: 'none-needed' } });
  // Leave the tab and come back: it asks the server again.
  await page.getByRole('tab', { name: 'Preview' }).click();
  await page.getByTestId('draft-differs').waitFor();
  await page.getByRole('tab', { name: 'Completeness' }).click();
  // The safeguard is shared by all locales, so the error shows in French and in English.
  const rows = page.getByTestId('report-item').filter({ hasText: 'PipeHarbor Inc.' });
  const row = rows.filter({ hasText: 'fr' }).first();
  await row.getByText('The recipient is outside the EEA (US) without a transfer safeguard.').waitFor();
  expect(await rows.count()).toBe(2);
  await page.getByText('2 errors').waitFor();
  await page.getByText('0 warnings').waitFor();
  await shot('2-completeness');
  await row.getByRole('link', { name: 'Open' }).click();
  await page.waitForURL(/content-manager\/collection-types\/plugin::privacy\.recipient\//);
  await page.goBack();
});

test('the consent copy tab copies an e-mail to the clipboard', async () => {
  await page.getByRole('tab', { name: 'Consent copy' }).click();
  await page.getByRole('combobox', { name: 'E-mail tool' }).click();
  await page.getByRole('option', { name: 'Brevo' }).click();
  await page.getByTestId('email-double-opt-in').waitFor();
  // Each card is headed by a label in the admin's language, not by the form's or the e-mail's internal key.
  const headings = await page.locator('[data-testid^="email-"] h3, [data-testid^="notice-"] h3').allInnerTexts();
  expect(headings).toContain('Double opt-in confirmation');
  for (const heading of headings) expect(heading).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  await page.getByTestId('copy-html-double-opt-in').click();
  await page.getByText('Copied: HTML').waitFor();
  const copied = String(await page.evaluate('navigator.clipboard.readText()'));
  expect(copied).toContain('<!DOCTYPE html>');
  expect(copied).toContain('Confirmez votre inscription à Courrielia');
  expect(copied).toContain('href="{{ doubleoptin }}"');
  // The rendered e-mail's frame is as tall as the e-mail (no inner scroll bar, no fixed 420px), and still runs no script.
  const frame = page.getByTestId('preview-double-opt-in');
  // Polled with page.evaluate: waitForFunction compiles its string in the page, which the admin's CSP refuses.
  const heights = `(() => { const f = document.querySelector('[data-testid="preview-double-opt-in"]'); const b = f && f.contentDocument && f.contentDocument.body; return b ? [f.clientHeight, b.scrollHeight] : null; })()`;
  let seen: [number, number] | null = null;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    seen = (await page.evaluate(heights)) as [number, number] | null;
    if (seen && seen[1] > 0 && seen[0] === seen[1]) break;
    await page.waitForTimeout(100);
  }
  expect(seen).not.toBeNull();
  const [frameHeight, contentHeight] = seen as [number, number];
  expect(frameHeight).toBe(contentHeight);
  expect(frameHeight).not.toBe(420);
  expect(await frame.getAttribute('sandbox')).toBe('allow-same-origin');
  await shot('3-consent-copy');
});

test('the versions tab lists the history and publishes on demand', async () => {
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByTestId('version-row').first().waitFor();
  // The history of the documents' locale chosen on the page (French here), each document by its label, not its key.
  const rows = await page.getByTestId('version-row').allInnerTexts();
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toMatch(/^(Privacy policy|Cookie policy)\s/);
  expect(rows.join('\n')).not.toMatch(/privacy-policy|cookie-policy|\((fr|en)\)/);
  const history = (await request(app.server).get('/api/privacy/versions?organization=courrielia&locale=fr')).body.data;
  expect(rows.length).toBe(history.length);
  await page.getByRole('button', { name: 'Publish a version now' }).click();
  await page.getByText('Nothing changed since the last version: no version recorded').waitFor();
  await shot('4-versions');
});

test('the requests tab shows an overdue request with its badge and copies its Art. 15 reply', async () => {
  await app.strapi.plugin('privacy').service('registers').requests.create({
    organization: 'courrielia',
    kind: 'access',
    receivedAt: '2026-01-31T09:00:00Z',
    channel: 'email',
    requester: 'lecteur@example.test',
  });
  await page.reload();
  await page.getByRole('tab', { name: 'Requests' }).click();
  const row = page.getByTestId('request-row').filter({ hasText: 'lecteur@example.test' });
  await row.getByTestId('badge-overdue').waitFor();
  await row.getByTestId('open-letters').click();
  await page.getByTestId('letter-view').getByText('Vos données personnelles chez Courrielia').waitFor();
  await page.getByTestId('copy-letter-text').click();
  await page.getByText('Copied: Text').waitFor();
  const copied = String(await page.evaluate('navigator.clipboard.readText()'));
  expect(copied).toContain('Nous avons reçu votre demande (accès à vos données) le 31 janvier 2026.');
  expect(copied).toContain('Newsletter');
  await shot('5-requests');
});

test('the breaches tab shows the 72-hour clock and the notification draft', async () => {
  await app.strapi
    .plugin('privacy')
    .service('registers')
    .breaches.create({
      organization: 'courrielia',
      title: 'Sauvegarde perdue',
      awareAt: new Date(Date.now() - 60 * 3_600_000).toISOString(),
      riskLevel: 'high-risk',
      confidentiality: true,
    });
  await page.getByRole('tab', { name: 'Breaches' }).click();
  const row = page.getByTestId('breach-row').filter({ hasText: 'Sauvegarde perdue' });
  await row.getByTestId('badge-near').waitFor();
  await row.getByTestId('open-letters').click();
  await page
    .getByTestId('letter-view')
    .getByText('Notification de violation de données personnelles : Courrielia SAS (brouillon)')
    .waitFor();
  await page.getByTestId('copy-letter-markdown').click();
  await page.getByText('Copied: Markdown').waitFor();
  expect(String(await page.evaluate('navigator.clipboard.readText()'))).toContain('perte de confidentialité');
  await shot('6-breaches');
});
