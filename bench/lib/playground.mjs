// The playground app for the benchmark: compiled once into a private copy, then booted in child processes with their own SQLite file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PLAYGROUND_DIR = path.resolve(BENCH_DIR, '..', 'playground');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');
/** Our copy of the compiled app: the tests recompile playground/dist while they run, so children never read it directly. */
export const BENCH_DIST_DIR = path.join(RESULTS_DIR, 'playground-dist');

/** Compiles the playground (TypeScript → playground/dist) once and copies the parts Strapi reads at boot. */
export const compilePlayground = async () => {
  const { compileStrapi } = require('@strapi/strapi');
  const { distDir } = await compileStrapi({ appDir: PLAYGROUND_DIR });
  fs.rmSync(BENCH_DIST_DIR, { recursive: true, force: true });
  for (const part of ['config', 'src']) {
    fs.cpSync(path.join(distDir, part), path.join(BENCH_DIST_DIR, part), { recursive: true });
  }
  return BENCH_DIST_DIR;
};

const secret = () => crypto.randomBytes(16).toString('base64');

/** Secrets and settings every child shares; each child adds its own DATABASE_FILENAME. */
export const baseEnvironment = () => ({
  ...process.env,
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  STRAPI_LOG_LEVEL: 'error',
  NODE_ENV: 'production',
  DATABASE_CLIENT: 'sqlite',
});

/** Which build of the plugin was measured: the server bundle's hash and time (the source changes while we measure). */
export const describePluginBuild = () => {
  const bundle = path.resolve(BENCH_DIR, '..', 'dist', 'server', 'index.js');
  const bytes = fs.readFileSync(bundle);
  return {
    bundle: path.relative(path.resolve(BENCH_DIR, '..'), bundle),
    sha256: crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16),
    builtAt: fs.statSync(bundle).mtime.toISOString(),
  };
};

/** A directory for this run's SQLite files, removed by the caller. */
export const makeDatabaseDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-bench-'));

/** In a child: createStrapi → load → mount, from the benchmark's compiled copy. Returns the app and how long each step took. */
export const bootPlayground = async () => {
  const { createStrapi } = require('@strapi/strapi');
  const started = performance.now();
  const strapi = createStrapi({ appDir: PLAYGROUND_DIR, distDir: BENCH_DIST_DIR, autoReload: false, serveAdminPanel: false });
  await strapi.load();
  await strapi.server.mount();
  return { strapi, bootMs: performance.now() - started };
};
