// The Services tab in real headless Chromium: an editor picks a vendor preset, reads what it adds, and adds it as drafts.
import fs from 'fs';
import { type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin } from '../helpers/admin';
import { seedDemo } from '../helpers/seed';
import { UID } from '../../server/src/uids';
import { launchChromium, assertAdminBuilt, listen, logInToAdmin } from '../helpers/browser';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let app: TestApp;
let browser: Browser;
let page: Page;
let base: string;

/** The demo company's draft cookies of that name, in every locale. */
const cookieRows = (name: string) =>
  app.strapi.db.query(UID.cookie).findMany({ select: ['locale', 'publishedAt', 'purpose'], where: { name } }) as Promise<
    Array<{ locale: string; publishedAt: string | null; purpose: string }>
  >;

beforeAll(async () => {
  assertAdminBuilt();
  app = await startTestApp({}, { serveAdminPanel: true });
  await seedDemo(app.strapi);
  await loginAsSuperAdmin(app);
  base = await listen(app);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' })).newPage();
  await logInToAdmin(page, base);
  await page.goto(`${base}/admin/plugins/privacy`);
  await page.getByRole('heading', { name: 'Privacy (GDPR)' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('an editor picks Hotjar, sees its trackers and recipient, and adds it as drafts in French and English', async () => {
  expect(await cookieRows('_hjSessionUser_*')).toEqual([]);
  await page.getByRole('tab', { name: 'Services' }).click();
  await page.getByRole('combobox', { name: 'Service' }).click();
  await page.getByRole('option', { name: 'Hotjar', exact: true }).click();
  await page.getByTestId('preset-purpose').waitFor();
  expect(await page.getByTestId('preset-purpose').innerText()).toMatch(/^Record how visitors use the pages/);
  expect(await page.getByText('Recipient: Hotjar Ltd (MT)').count()).toBe(1);
  const trackers = await page.getByTestId('preset-tracker').allInnerTexts();
  expect(trackers).toHaveLength(2);
  expect(trackers[0]).toMatch(/_hjSessionUser_\*\s+Analytics \(consent\)\s+365 days/);
  // The tab as shown, with a preset picked, has no WCAG 2.1 AA violation (axe-core, as on the rest of the page).
  await page.evaluate(AXE);
  const violations = (await page.evaluate(
    `axe.run({ include: ['main'] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.help))`
  )) as string[];
  expect(violations).toEqual([]);

  await page.getByTestId('preset-apply').click();
  await page.getByText(/2 trackers added as drafts; none was there already/).waitFor();

  const rows = await cookieRows('_hjSessionUser_*');
  expect(rows.map((row) => row.locale).sort()).toEqual(['en', 'fr']);
  expect(rows.every((row) => row.publishedAt === null)).toBe(true);
  expect(rows.find((row) => row.locale === 'fr')?.purpose).toMatch(/^Enregistrer la navigation/);

  // A second click adds nothing and says so.
  await page.getByTestId('preset-apply').click();
  await page.getByText(/No tracker added as drafts; 2 were there already/).waitFor();
  expect(await cookieRows('_hjSessionUser_*')).toHaveLength(2);
});
