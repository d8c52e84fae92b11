// Fixture organizations of the tests, written with the playground's own seed code.
import path from 'path';
import type { TestApp } from './strapi';
import { seedDemo } from './seed';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixture JSON, the same shape as the playground's demo-data.json
export type Fixture = Record<string, any>;

export const loadFixture = (name: string): Fixture =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON fixture, copied so a test may change it
  JSON.parse(JSON.stringify(require(path.join(__dirname, '..', 'fixtures', `${name}.json`))));

export const seedFixture = async (app: TestApp, fixture: Fixture): Promise<void> => {
  await seedDemo(app.strapi, { data: fixture, reset: true });
};
