// The playground's own demo seed, reused by the tests so they read the same company a user sees.
import type { Core } from '@strapi/strapi';
import path from 'path';
import { PLAYGROUND_DIR } from './strapi';

interface SeedModule {
  seedDemo(
    strapi: Core.Strapi,
    options?: { reset?: boolean; data?: unknown; locales?: string[] }
  ): Promise<{ created: boolean; slug: string }>;
}

// The seed is plain CommonJS run by `npm run seed`; require keeps it the very same code path.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { seedDemo } = require(path.join(PLAYGROUND_DIR, 'scripts', 'seed-demo.js')) as SeedModule;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- demo-data.json is untyped fixture data, read by field name
export const demoData = (): Record<string, any> =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the JSON file as the seed itself reads it
  JSON.parse(JSON.stringify(require(path.join(PLAYGROUND_DIR, 'scripts', 'demo-data.json'))));
