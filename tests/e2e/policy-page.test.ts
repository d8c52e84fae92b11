// The hosted pages in headless Chromium: no WCAG 2.1 AA violation (axe-core) in light and dark, no script runs, screenshots and a PDF.
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { seedDemo } from '../helpers/seed';
import { launchChromium } from '../helpers/browser';

const ARTIFACTS = path.resolve(__dirname, '..', '.artifacts');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The pages are served from this origin, answered by the test app through supertest. */
const ORIGIN = 'http://privacy.test';

let app: TestApp;
let browser: Browser;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * A page whose requests go to the test app. `keepCsp: false` drops the page's Content-Security-Policy, so that
 * axe-core can be injected; with `keepCsp: true` the browser enforces it as a reader's would.
 */
const open = async (url: string, options: { keepCsp: boolean; width?: number; colorScheme?: 'light' | 'dark' }): Promise<Page> => {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const target = new URL(route.request().url());
    const response = await request(app.server).get(target.pathname + target.search);
    const headers = Object.fromEntries(
      Object.entries(response.headers as Record<string, string>).filter(([name]) => options.keepCsp || name !== 'content-security-policy')
    );
    await route.fulfill({ status: response.status, headers, body: response.text });
  });
  const response = await page.goto(`${ORIGIN}${url}`);
  expect(response?.status()).toBe(200);
  return page;
};

const violationsOf = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`
  )) as AxeViolation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
};

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startTestApp();
  await seedDemo(app.strapi);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const PAGES = ['policy', 'cookie-policy'].flatMap((route) => ['fr', 'en'].map((locale) => [route, locale] as const));

test.each(PAGES)('/api/privacy/%s in %s: no WCAG 2.1 AA violation, at 375 and 1280 px, light and dark', async (route, locale) => {
  for (const [width, colorScheme] of [
    [1280, 'light'],
    [375, 'light'],
    [375, 'dark'],
  ] as const) {
    const page = await open(`/api/privacy/${route}?organization=courrielia&locale=${locale}&format=page`, {
      keepCsp: false,
      width,
      colorScheme,
    });
    expect(await page.locator('h1').count()).toBe(1);
    // Readable at this width: nothing wider than the viewport, so no sideways scrolling.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    expect(await violationsOf(page)).toEqual([]);
    await page.close();
  }
});

test('the Content-Security-Policy stops any script, and the table of contents and language links work', async () => {
  const page = await open('/api/privacy/policy?organization=courrielia&locale=fr&format=page', { keepCsp: true });
  // A string, as the other e2e tests pass code: the tests are compiled without the DOM's types.
  const ran = await page.evaluate(`(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.ran = "yes"';
    document.head.append(script);
    return document.body.dataset.ran ?? 'no';
  })()`);
  expect(ran).toBe('no');
  await page.locator('.toc a').nth(2).click();
  expect(new URL(page.url()).hash).toMatch(/^#privacy-/);
  await page.locator('.languages a[hreflang="en"]').click();
  await page.waitForURL(/locale=en/);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await page.locator('.related a').first().click();
  await page.waitForURL(/cookie-policy/);
  expect(await page.locator('h1').textContent()).toBe('Courrielia cookie policy');
  await page.close();
});

test("screenshots at 375 and 1280 px and a printed PDF of the demo's French policy", async () => {
  const url = '/api/privacy/policy?organization=courrielia&locale=fr&format=page';
  for (const width of [375, 1280]) {
    const page = await open(url, { keepCsp: true, width });
    const file = path.join(ARTIFACTS, `policy-page-fr-${width}.jpg`);
    await page.screenshot({ path: file, type: 'jpeg', quality: 70, fullPage: false });
    expect(fs.statSync(file).size).toBeLessThan(100 * 1024);
    await page.close();
  }
  const page = await open(url, { keepCsp: true });
  const pdf = await page.pdf({
    path: path.join(ARTIFACTS, 'policy-page-fr.pdf'),
    format: 'A4',
    margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
  });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // The print stylesheet leaves out the navigation: the PDF is the document alone.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.toc').isVisible()).toBe(false);
  expect(await page.locator('footer').isVisible()).toBe(false);
  expect(await page.locator('#privacy-controller').isVisible()).toBe(true);
  await page.close();
});
