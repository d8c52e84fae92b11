// Given the playground with the plugin, when Strapi boots, then the plugin's types and locales are there.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.stop();
});

test('the plugin registers its six editable types, the internal policy-version type and the two registers', () => {
  const uids = Object.keys(app.strapi.contentTypes).filter((uid) => uid.startsWith('plugin::privacy.'));
  expect(uids.sort()).toEqual(
    [
      'plugin::privacy.cookie',
      'plugin::privacy.dpo',
      'plugin::privacy.organization',
      'plugin::privacy.policy-version',
      'plugin::privacy.purpose',
      'plugin::privacy.recipient',
      'plugin::privacy.retention-rule',
      'plugin::privacy.rights-request',
      'plugin::privacy.breach',
    ].sort()
  );
});

test('the playground has both demo locales', async () => {
  const locales: Array<{ code: string }> = await app.strapi.plugin('i18n').service('locales').find();
  expect(locales.map((l) => l.code).sort()).toEqual(['en', 'fr']);
});

test('the server answers over HTTP', async () => {
  const response = await request(app.server).get('/_health');
  expect(response.status).toBe(204);
});

describe('publicAccess: false', () => {
  let closed: TestApp;

  beforeAll(async () => {
    await app.stop();
    app = undefined as unknown as TestApp;
    closed = await startTestApp({ PRIVACY_PUBLIC_ACCESS: 'false' });
  });

  afterAll(async () => {
    await closed?.stop();
  });

  test('the public routes then need a permission: the Public role is refused', async () => {
    const response = await request(closed.server).get('/api/privacy/policy');
    expect(response.status).toBe(403);
    expect(response.body.error.name).toBe('ForbiddenError');
  });
});
