// The Content Manager with the admin in French, in real headless Chromium: the plugin's types named in French in the
// sidebar, one help text per field in French, enumerations shown by their labels, and the stored value unchanged.
import fs from 'fs';
import path from 'path';
import { type Browser, type Page } from 'playwright-core';
import fieldHelp from '../../content-types/field-help.json';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin } from '../helpers/admin';
import { documentsOf } from '../helpers/documents';
import { seedDemo } from '../helpers/seed';
import { launchChromium, assertAdminBuilt, listen, logInToAdmin } from '../helpers/browser';

const PURPOSE = 'plugin::privacy.purpose';
const help = fieldHelp as unknown as Record<
  string,
  { fields: Record<string, Record<string, { label: string; description: string; options?: Record<string, string> }>> }
>;

let app: TestApp;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  assertAdminBuilt();
  app = await startTestApp({}, { serveAdminPanel: true });
  await seedDemo(app.strapi);
  await loginAsSuperAdmin(app);
  base = await listen(app);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'fr-FR' });
  // The admin's language, where Strapi keeps it: the page opens in French.
  await context.addInitScript("window.localStorage.setItem('strapi-admin-language', 'fr')");
  page = await context.newPage();
  await logInToAdmin(page, base);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test("the sidebar names the plugin's types in French", async () => {
  await page.goto(`${base}/admin/content-manager`);
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'Finalité', exact: true }).waitFor();
  await nav.getByRole('link', { name: 'Règle de conservation', exact: true }).waitFor();
  expect(await nav.getByRole('link', { name: 'Retention rule', exact: true }).count()).toBe(0);
});

test("the lists name the plugin's columns in French", async () => {
  const COOKIE = 'plugin::privacy.cookie';
  await page.goto(`${base}/admin/content-manager/collection-types/${COOKIE}?plugins[i18n][locale]=fr`);
  const table = page.getByRole('grid').or(page.getByRole('table')).first();
  await table.waitFor();
  await page
    .getByRole('gridcell', { name: '_ga', exact: true })
    .or(page.getByRole('cell', { name: '_ga', exact: true }))
    .first()
    .waitFor();
  // The admin's theme capitalises headers: compare in capitals. (Enumeration cells are covered by a unit test: the
  // default list shows none.)
  const headers = (await table.locator('thead th').allInnerTexts()).map((text) => text.trim().toUpperCase());
  const heading = (field: string) => help[COOKIE].fields[field].fr.label.toUpperCase();
  expect(headers).toEqual(expect.arrayContaining([heading('name'), heading('organization')]));
  expect(headers).not.toContain('NAME');
});

test('a purpose shows French help only, and its enumerations by their French labels; saving keeps the stored value', async () => {
  const purposes = documentsOf(app.strapi, PURPOSE);
  const newsletter = await purposes.findFirst({ locale: 'fr', filters: { name: 'Newsletter' } });
  expect(newsletter?.legalBasis).toBe('consent');
  await page.goto(`${base}/admin/content-manager/collection-types/${PURPOSE}/${newsletter?.documentId}?plugins[i18n][locale]=fr`);
  const legalBasis = help[PURPOSE].fields.legalBasis.fr;
  const combobox = page.getByRole('combobox', { name: legalBasis.label });
  await combobox.waitFor();
  await expect(combobox.innerText()).resolves.toContain(legalBasis.options?.consent);

  fs.mkdirSync(path.resolve(__dirname, '..', '.artifacts'), { recursive: true });
  await page.screenshot({ path: path.resolve(__dirname, '..', '.artifacts', '7-content-manager-fr.jpg'), type: 'jpeg', quality: 70 });
  const main = await page.locator('main').innerText();
  expect(main).toContain(legalBasis.description);
  // Not the stored "English · French" help, nor any English help text.
  expect(main).not.toContain(help[PURPOSE].fields.legalBasis.en.description);
  expect(main).not.toContain(' · ');
  // No enumeration value shows raw: every option of every enumeration field is labelled.
  for (const value of ['legitimate-interests', 'data-subject', 'required-to-sign-up', 'b2c', 'both', 'none', 'consent', 'optional']) {
    expect(main.split(/\s+/)).not.toContain(value);
  }

  // The audience is shared by every locale (not localized): choose consumers by their label, save, read the draft back.
  expect(newsletter?.audience).toBe('both');
  const audience = help[PURPOSE].fields.audience.fr;
  await page.getByRole('combobox', { name: audience.label }).click();
  await page.getByRole('option', { name: audience.options?.b2c }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Sauvegardé', { exact: true }).first().waitFor();
  const saved = await app.strapi.db
    .query(PURPOSE)
    .findOne({ where: { documentId: newsletter?.documentId, locale: 'fr', publishedAt: null } });
  expect(saved.audience).toBe('b2c');
});
