// Each generated banner configuration loaded into the real library, in headless Chromium: it renders our texts, refusing is one click.
import fs from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { seedDemo } from '../helpers/seed';

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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

const freshPage = async (): Promise<Page> => {
  const page = await browser.newPage();
  await page.goto(siteUrl);
  return page;
};

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  app = await startTestApp();
  await seedDemo(app.strapi);
  await startSite();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
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
