// Load check: autocannon against the public policy route of the real playground, bodies compared; fails on any error or non-2xx.
// Usage: node bench/load.mjs [--duration 20] [--connections 50]
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLAYGROUND = path.join(ROOT, 'playground');

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const duration = option('duration', 20);
const connections = option('connections', 50);

const secret = () => crypto.randomBytes(16).toString('base64');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-load-'));
Object.assign(process.env, {
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: path.join(dir, 'data.db'),
  STRAPI_LOG_LEVEL: 'error',
  STRAPI_TELEMETRY_DISABLED: 'true',
  NODE_ENV: 'production',
});

const { compileStrapi, createStrapi } = require('@strapi/strapi');
const { seedDemo } = require(path.join(PLAYGROUND, 'scripts', 'seed-demo.js'));

const { distDir } = await compileStrapi({ appDir: PLAYGROUND });
const strapi = await createStrapi({ appDir: PLAYGROUND, distDir, autoReload: false, serveAdminPanel: false }).load();
await strapi.server.mount();
await seedDemo(strapi);
const server = strapi.server.httpServer;
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/api/privacy/policy?organization=courrielia&locale=fr&format=html`;

const expected = await (await fetch(url)).text();
const result = await autocannon({ url, connections, duration, expectBody: expected });
const summary = {
  route: 'GET /api/privacy/policy?format=html',
  connections,
  durationSeconds: duration,
  requests: result.requests.total,
  requestsPerSecond: Math.round(result.requests.average),
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  bodyMismatches: result.mismatches ?? 0,
};
console.log(JSON.stringify(summary, null, 2));

await strapi.destroy();
fs.rmSync(dir, { recursive: true, force: true });
const failed = summary.errors + summary.timeouts + summary.non2xx + summary.bodyMismatches;
console.log(failed === 0 ? 'load: 0 errors, 0 non-2xx, every body as expected' : `load: ${failed} failed responses`);
process.exit(failed === 0 ? 0 : 1);
