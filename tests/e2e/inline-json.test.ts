// The hostile fixture's JSON-LD and JSON inlined in script tags, as a site embeds them, in headless Chromium: no editor text runs.
import request from 'supertest';
import { type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loadFixture, seedFixture } from '../helpers/fixtures';
import { launchChromium } from '../helpers/browser';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, loadFixture('hostile'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A page that inlines `body` as the content of a script of `type`, counting every alert and every script it ends up with. */
const inlined = (type: string, body: string): string =>
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>site</title>' +
  '<script>window.__alerts = []; window.alert = (message) => window.__alerts.push(String(message));</script>' +
  `<script type="${type}" id="inlined">${body}</script></head><body><p>Site</p></body></html>`;

/** Loads the page in Chromium: the alerts that ran (window.alert and native dialogs), the scripts and the inlined text. */
const inline = async (type: string, body: string): Promise<{ alerts: string[]; scripts: number; text: string }> => {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await page.setContent(inlined(type, body), { waitUntil: 'load' });
    // A string, evaluated in the page (the tests compile without the DOM's types).
    const seen = (await page.evaluate(
      `({ alerts: window.__alerts, scripts: document.scripts.length, text: document.getElementById('inlined')?.textContent ?? '' })`
    )) as { alerts: string[]; scripts: number; text: string };
    return { ...seen, alerts: [...seen.alerts, ...dialogs] };
  } finally {
    await page.close();
  }
};

describe.each(['fr', 'en'])('in %s', (locale) => {
  test.each([
    ['the privacy policy as JSON-LD', '/api/privacy/policy', 'jsonld', 'application/ld+json'],
    ['the privacy policy as JSON', '/api/privacy/policy', 'json', 'application/json'],
    ['the cookie policy as JSON', '/api/privacy/cookie-policy', 'json', 'application/json'],
  ])('%s runs no script when inlined, and reads back as served', async (_name, path, format, type) => {
    const response = await request(app.server).get(`${path}?organization=hostile&locale=${locale}&format=${format}`).buffer(true);
    expect(response.status).toBe(200);
    const body = response.text;
    // The fixture's text holds `</script>`: the test means something only if the served value still does.
    expect(JSON.stringify(JSON.parse(body))).toMatch(/<\/script>/);
    const served = await inline(type, body);
    expect(served.alerts).toEqual([]);
    expect(served.scripts).toBe(2);
    expect(JSON.parse(served.text)).toEqual(JSON.parse(body));
    // The control: the same value as plain JSON.stringify writes it breaks out of the tag and runs the editor's script.
    const plain = await inline(type, JSON.stringify(JSON.parse(body)));
    expect(plain.alerts.length).toBeGreaterThan(0);
  });
});
