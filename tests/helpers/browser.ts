// The browser tests' common set-up: Debian's Chromium through playwright-core, the playground's built admin, the admin login.
import fs from 'fs';
import path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './admin';
import { PLAYGROUND_DIR, type TestApp } from './strapi';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with nothing of its own on the network (no updates, sync or QUIC), as the tests need it. */
export const launchChromium = (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  return chromium.launch({
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
};

/** The admin tests need the playground's admin bundle, which `npm run test:e2e` builds first. */
export const assertAdminBuilt = (): void => {
  if (!fs.existsSync(path.join(PLAYGROUND_DIR, 'dist', 'build', 'index.html'))) {
    throw new Error('The playground admin is not built: run `npm run build --workspace playground` (npm run test:e2e does it).');
  }
};

/** Listens on a free loopback port and returns the base URL a browser can open. */
export const listen = async (app: TestApp): Promise<string> => {
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
};

/** Logs in on the admin's login page as the user loginAsSuperAdmin created, and waits for the home page. */
export const logInToAdmin = async (page: Page, base: string): Promise<void> => {
  await page.goto(`${base}/admin/auth/login`);
  await page.fill('input[name=email]', ADMIN_EMAIL);
  await page.fill('input[name=password]', ADMIN_PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/admin\/?$/);
};
