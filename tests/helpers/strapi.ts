// Boots the real playground Strapi in-process on a fresh database, for tests that call it over HTTP.
import path from 'path';
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';

export const PLAYGROUND_DIR = path.resolve(__dirname, '..', '..', 'playground');

const secret = (): string => crypto.randomBytes(16).toString('base64');

/** The secrets a Strapi app refuses to start without, fresh for each run. */
const setTestSecrets = (): void => {
  process.env.APP_KEYS ??= `${secret()},${secret()}`;
  process.env.API_TOKEN_SALT ??= secret();
  process.env.ADMIN_JWT_SECRET ??= secret();
  process.env.TRANSFER_TOKEN_SALT ??= secret();
  process.env.JWT_SECRET ??= secret();
  process.env.ENCRYPTION_KEY ??= secret();
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.STRAPI_DISABLE_UPDATE_NOTIFICATION = 'true';
  process.env.STRAPI_LOG_LEVEL ??= 'error';
  process.env.NODE_ENV ??= 'test';
};

export interface TestApp {
  strapi: Core.Strapi;
  /** The DATABASE_* variables of this app's database, to start a second instance on it. */
  databaseEnv: Record<string, string>;
  /** The HTTP server supertest talks to. */
  server: Core.Strapi['server']['httpServer'];
  stop(): Promise<void>;
}

let compiled: { appDir: string; distDir: string } | undefined;

const compilePlayground = async (): Promise<{ appDir: string; distDir: string }> => {
  if (!compiled) {
    const { compileStrapi } = await import('@strapi/strapi');
    const result = await compileStrapi({ appDir: PLAYGROUND_DIR });
    compiled = { appDir: result.appDir, distDir: result.distDir ?? result.appDir };
  }
  return compiled;
};

/** Starts the playground on a database of its own; `env` adds or overrides variables for this boot only. */
export const startTestApp = async (env: Record<string, string> = {}, options: { serveAdminPanel?: boolean } = {}): Promise<TestApp> => {
  setTestSecrets();
  const database: TestDatabase = await createTestDatabase();
  const previous = new Map<string, string | undefined>();
  for (const [key, value] of Object.entries({ ...database.env, ...env })) {
    previous.set(key, process.env[key]);
    process.env[key] = value;
  }
  const { createStrapi } = await import('@strapi/strapi');
  const { appDir, distDir } = await compilePlayground();
  const strapi = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: options.serveAdminPanel ?? false });
  await strapi.load();
  await strapi.server.mount();
  return {
    strapi,
    databaseEnv: database.env,
    server: strapi.server.httpServer,
    async stop() {
      await strapi.destroy();
      await database.drop();
      for (const [key, value] of previous) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    },
  };
};
