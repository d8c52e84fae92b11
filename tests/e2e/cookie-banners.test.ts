// Each generated banner configuration loaded into the real library, in headless Chromium: it renders our texts, refusing is one click,
// and with consentMode=google the dataLayer hears the denied default before any choice and the update after it.
import fs from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { seedDemo } from '../helpers/seed';
import { launchChromium } from '../helpers/browser';

const ROOT = path.resolve(__dirname, '..', '..');
const LIBRARIES: Record<string, string> = {
  vanilla: path.join(ROOT, 'node_modules', 'vanilla-cookieconsent', 'dist'),
  klaro: path.join(ROOT, 'node_modules', 'klaro', 'dist'),
  tac: path.join(ROOT, 'node_modules', 'tarteaucitronjs'),
};
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

let app: TestApp;
let browser: Browser;
let site: http.Server;
let siteUrl: string;

/** A tiny site serving the three libraries from node_modules, as a web page would load them. */
const startSite = (): Promise<void> =>
  new Promise((resolve) => {
    site = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const [, lib, ...rest] = url.pathname.split('/');
      const base = LIBRARIES[lib];
      const file = base ? path.join(base, ...rest) : '';
      if (url.pathname === '/' || !base || !file.startsWith(base) || !fs.existsSync(file)) {
        res.writeHead(url.pathname === '/' ? 200 : 404, { 'Content-Type': 'text/html' });
        res.end('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>site</title></head><body><p>Site</p></body></html>');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    });
    site.listen(0, '127.0.0.1', () => {
      siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
      resolve();
    });
  });

const config = async (format: string) => {
  const response = await request(app.server).get(`/api/privacy/cookie-banner?organization=courrielia&locale=fr&format=${format}`);
  expect(response.status).toBe(200);
  return response.body.data.config;
};

interface ConsentModeAnswer {
  config: Record<string, unknown> & { init?: unknown; customText?: unknown; services?: Record<string, unknown> };
  consentMode: { default: Record<string, unknown>; grants: Record<string, string[]>; script: string };
}

const withConsentMode = async (format: string): Promise<ConsentModeAnswer> => {
  const response = await request(app.server).get(
    `/api/privacy/cookie-banner?organization=courrielia&locale=fr&format=${format}&consentMode=google`
  );
  expect(response.status).toBe(200);
  return response.body.data;
};

/** The dataLayer as its commands' arguments (gtag pushes Arguments objects). */
const dataLayer = async (page: Page): Promise<unknown[][]> =>
  (await page.evaluate('(window.dataLayer || []).map(function (entry) { return Array.from(entry); })')) as unknown[][];

const freshPage = async (): Promise<Page> => {
  const page = await browser.newPage();
  await page.goto(siteUrl);
  return page;
};

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.strapi);
  await startSite();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  // With no site (no Chromium, beforeAll stopped early) there is nothing to close, and nothing to wait for.
  if (site) await new Promise((resolve) => site.close(resolve));
  await app?.stop();
});

test('vanilla-cookieconsent v3 shows our texts, and "Tout refuser" keeps only the necessary cookies', async () => {
  const page = await freshPage();
  await page.addStyleTag({ url: `${siteUrl}/vanilla/cookieconsent.css` });
  await page.addScriptTag({ url: `${siteUrl}/vanilla/cookieconsent.umd.js` });
  // The library hides itself from bots, and a driven browser is one: only that switch is changed.
  const vanilla = { ...(await config('vanilla-cookieconsent')), hideFromBots: false };
  await page.evaluate(`CookieConsent.run(${JSON.stringify(vanilla)})`);
  await page.locator('#cc-main').getByText('Nous utilisons des cookies').waitFor();
  const reject = page.locator('#cc-main').getByRole('button', { name: 'Tout refuser' });
  await page.locator('#cc-main').getByRole('button', { name: 'Tout accepter' }).waitFor();
  await reject.click();
  const preferences = (await page.evaluate('CookieConsent.getUserPreferences()')) as {
    acceptedCategories: string[];
    rejectedCategories: string[];
  };
  expect(preferences.acceptedCategories).toEqual(['necessary']);
  expect(preferences.rejectedCategories.sort()).toEqual(['advertising', 'analytics', 'social-media']);
  await page.close();
});

test('Klaro renders the notice with a decline button as visible as accept, and no service pre-enabled', async () => {
  const page = await freshPage();
  const klaro = await config('klaro');
  await page.evaluate(`window.klaroConfig = ${JSON.stringify(klaro)}`);
  await page.addScriptTag({ url: `${siteUrl}/klaro/klaro.js` });
  const notice = page.locator('.klaro .cookie-notice');
  await notice.waitFor();
  await notice.getByText('Avec votre accord', { exact: false }).waitFor();
  await notice.getByRole('button', { name: 'Tout refuser' }).waitFor();
  await notice.getByRole('button', { name: 'Tout accepter' }).waitFor();
  const manager = (await page.evaluate(
    `(() => { const m = klaro.getManager(); return { consents: m.consents, required: m.config.services.filter(s => s.required).map(s => s.name) }; })()`
  )) as {
    consents: Record<string, boolean>;
    required: string[];
  };
  for (const [name, consent] of Object.entries(manager.consents)) expect([name, consent]).toEqual([name, manager.required.includes(name)]);
  await page.close();
});

test('tarteaucitron initialises with our options and services, "deny all" beside "accept all"', async () => {
  const page = await freshPage();
  const tac = await config('tarteaucitron');
  await page.evaluate(
    `window.tarteaucitronForceCDN = '${siteUrl}/tac/'; window.tarteaucitronForceLanguage = 'fr'; window.tarteaucitronCustomText = ${JSON.stringify(tac.customText)};`
  );
  await page.addScriptTag({ url: `${siteUrl}/tac/tarteaucitron.js` });
  await page.evaluate(`(() => {
    const config = ${JSON.stringify(tac)};
    tarteaucitron.init(config.init);
    tarteaucitron.job = tarteaucitron.job || [];
    for (const [key, service] of Object.entries(config.services)) {
      tarteaucitron.services[key] = { ...service, js() {}, fallback() {} };
      tarteaucitron.job.push(key);
    }
  })()`);
  const alert = page.locator('#tarteaucitronAlertBig');
  await alert.waitFor();
  await alert.getByText('Avec votre accord', { exact: false }).waitFor();
  await alert.locator('#tarteaucitronAllDenied2').waitFor();
  await alert.locator('#tarteaucitronPersonalize2').waitFor();
  await page.close();
});

/** What the last update must say: after "accept all" every type a declared cookie grants; after "reject all" only the necessary group's. */
const expectedUpdate = (grants: Record<string, string[]>, accepted: 'all' | 'none'): Record<string, string> => {
  const granted = new Set(accepted === 'all' ? Object.values(grants).flat() : grants.necessary);
  const types = [
    'ad_storage',
    'ad_user_data',
    'ad_personalization',
    'analytics_storage',
    'functionality_storage',
    'personalization_storage',
    'security_storage',
  ];
  return Object.fromEntries(types.map((type) => [type, granted.has(type) ? 'granted' : 'denied']));
};

/** Before any choice: the default alone, every type denied but security_storage. */
const expectDefaultOnly = async (page: Page, answer: ConsentModeAnswer) => {
  const entries = await dataLayer(page);
  expect(entries).toEqual([['consent', 'default', answer.consentMode.default]]);
  expect(answer.consentMode.default).toMatchObject({
    analytics_storage: 'denied',
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    security_storage: 'granted',
    wait_for_update: 500,
  });
};

const lastUpdate = async (page: Page): Promise<unknown[]> => {
  await page.waitForFunction('(window.dataLayer || []).some(function (entry) { return entry[1] === "update"; })');
  const updates = (await dataLayer(page)).filter((entry) => entry[1] === 'update');
  return updates[updates.length - 1];
};

const vanillaPage = async (answer: ConsentModeAnswer, page: Page): Promise<Page> => {
  await page.addScriptTag({ content: answer.consentMode.script });
  await page.addStyleTag({ url: `${siteUrl}/vanilla/cookieconsent.css` });
  await page.addScriptTag({ url: `${siteUrl}/vanilla/cookieconsent.umd.js` });
  await page.evaluate(`CookieConsent.run(${JSON.stringify({ ...answer.config, hideFromBots: false })})`);
  return page;
};

const klaroPage = async (answer: ConsentModeAnswer, page: Page): Promise<Page> => {
  await page.evaluate(`window.klaroConfig = ${JSON.stringify(answer.config)}`);
  await page.addScriptTag({ url: `${siteUrl}/klaro/klaro.js` });
  // After klaro.js, as the README says: the script watches Klaro's consent manager.
  await page.addScriptTag({ content: answer.consentMode.script });
  return page;
};

const tarteaucitronPage = async (answer: ConsentModeAnswer, page: Page): Promise<Page> => {
  await page.addScriptTag({ content: answer.consentMode.script });
  await page.evaluate(
    `window.tarteaucitronForceCDN = '${siteUrl}/tac/'; window.tarteaucitronForceLanguage = 'fr'; window.tarteaucitronCustomText = ${JSON.stringify(answer.config.customText)};`
  );
  await page.addScriptTag({ url: `${siteUrl}/tac/tarteaucitron.js` });
  await page.evaluate(`(() => {
    const config = ${JSON.stringify(answer.config)};
    // tarteaucitron wires its buttons 500 ms after showing them, then calls events.load: the test clicks after that.
    tarteaucitron.events = { ...tarteaucitron.events, load() { window.tarteaucitronReady = true; } };
    tarteaucitron.init(config.init);
    tarteaucitron.job = tarteaucitron.job || [];
    for (const [key, service] of Object.entries(config.services)) {
      tarteaucitron.services[key] = { ...service, js() {}, fallback() {} };
      tarteaucitron.job.push(key);
    }
  })()`);
  await page.waitForFunction('window.tarteaucitronReady === true');
  return page;
};

type Button = (page: Page) => Locator;
const named =
  (scope: string, name: string): Button =>
  (page) =>
    page.locator(scope).getByRole('button', { name, exact: true }).first();
const CONSENT_MODE_CASES: Array<
  [format: string, open: (answer: ConsentModeAnswer, page: Page) => Promise<Page>, accept: Button, reject: Button]
> = [
  ['vanilla-cookieconsent', vanillaPage, named('#cc-main', 'Tout accepter'), named('#cc-main', 'Tout refuser')],
  ['klaro', klaroPage, named('.klaro .cookie-notice', 'Tout accepter'), named('.klaro .cookie-notice', 'Tout refuser')],
  [
    'tarteaucitron',
    tarteaucitronPage,
    (page) => page.locator('#tarteaucitronAlertBig #tarteaucitronPersonalize2'),
    (page) => page.locator('#tarteaucitronAlertBig #tarteaucitronAllDenied2'),
  ],
];

describe.each(CONSENT_MODE_CASES)('Google Consent Mode with %s', (format, open, accept, reject) => {
  test('the dataLayer has the denied default before any choice, and "accept all" grants what the cookies declare', async () => {
    const answer = await withConsentMode(format);
    const page = await open(answer, await freshPage());
    await expectDefaultOnly(page, answer);
    await accept(page).click();
    expect(await lastUpdate(page)).toEqual(['consent', 'update', expectedUpdate(answer.consentMode.grants, 'all')]);
    expect(expectedUpdate(answer.consentMode.grants, 'all')).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' });
    // One default only: tarteaucitron's own Consent Mode stays off.
    expect((await dataLayer(page)).filter((entry) => entry[1] === 'default')).toHaveLength(1);
    await page.close();
  });

  test('"reject all" sends an update that denies analytics and advertising', async () => {
    const answer = await withConsentMode(format);
    const page = await open(answer, await freshPage());
    await expectDefaultOnly(page, answer);
    await reject(page).click();
    const update = await lastUpdate(page);
    expect(update).toEqual(['consent', 'update', expectedUpdate(answer.consentMode.grants, 'none')]);
    expect(update[2]).toMatchObject({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
    await page.close();
  });

  test('on the next page the stored choice is sent at load, with no click', async () => {
    const answer = await withConsentMode(format);
    const context = await browser.newContext();
    const first = await context.newPage();
    await first.goto(siteUrl);
    await open(answer, first);
    await accept(first).click();
    await lastUpdate(first);
    await first.close();
    const next = await context.newPage();
    await next.goto(siteUrl);
    await open(answer, next);
    expect(await lastUpdate(next)).toEqual(['consent', 'update', expectedUpdate(answer.consentMode.grants, 'all')]);
    expect((await dataLayer(next))[0]).toEqual(['consent', 'default', answer.consentMode.default]);
    await context.close();
  });
});
