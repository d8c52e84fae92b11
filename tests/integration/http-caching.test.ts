// The public documents' HTTP behaviour on a real Strapi: ETag and 304, parameter errors, drafts never public, a cache that follows publishes.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loadFixture, seedFixture } from '../helpers/fixtures';

let app: TestApp;

const get = (path: string) => request(app.server).get(path);

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, loadFixture('acme'));
});

afterAll(async () => {
  await app?.stop();
});

describe('HTTP behaviour', () => {
  test('ETag, Cache-Control, and 304 on If-None-Match', async () => {
    const first = await get('/api/privacy/policy?organization=acme&locale=en&format=html');
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const again = await get('/api/privacy/policy?organization=acme&locale=en&format=html').set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text).toBeFalsy();
    const other = await get('/api/privacy/policy?organization=acme&locale=en&format=html').set('If-None-Match', '"something-else"');
    expect(other.status).toBe(200);
    const weak = await get('/api/privacy/policy?organization=acme&locale=en&format=html').set('If-None-Match', `W/${first.headers.etag}`);
    expect(weak.status).toBe(304);
  });

  test.each([
    ['organization=acme&locale=de', 400, 'locale must be one of en, fr'],
    ['organization=acme&format=pdf', 400, 'format must be one of json, html, markdown, text, jsonld'],
    ['organization=nobody', 404, "organization 'nobody' was not found: known organizations are acme"],
    ['organization=acme&colour=red', 400, "unknown parameter 'colour'"],
    ['organization=acme&locale=fr&locale=en', 400, 'locale must be given once'],
    ['organization=acme&locale[$ne]=fr', 400, "unknown parameter 'locale[$ne]'"],
    ['organization=acme&__proto__=x', 400, "unknown parameter '__proto__'"],
  ])('?%s answers %i naming the parameter', async (query, status, message) => {
    const response = await get(`/api/privacy/policy?${query}`);
    expect(response.status).toBe(status);
    expect(response.body.data).toBeNull();
    expect(response.body.error.message).toContain(message);
  });

  test('with several organizations, leaving organization out names the choices', async () => {
    await documentsOf(app.strapi, 'plugin::privacy.organization').create({
      locale: 'en',
      status: 'published',
      data: { name: 'Beta', slug: 'beta', address: 'x', country: 'FR', email: 'b@beta.test' },
    });
    const response = await get('/api/privacy/policy');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('organization is required when there are several: choose one of acme, beta');
  });
});

describe('a cache that answers for documents that exist only', () => {
  const stats = () =>
    (app.strapi.plugin('privacy').service('cache') as { stats(): { entries: number; hits: number; misses: number } }).stats();

  test('requests for documents that do not exist (404) and bad parameters (400) store nothing', async () => {
    await get('/api/privacy/policy?organization=acme&locale=en&format=html');
    const before = stats();
    const refused = [
      ...Array.from({ length: 120 }, (_, i) => `/api/privacy/policy?organization=nobody-${i}&locale=en`),
      ...Array.from({ length: 20 }, (_, i) => `/api/privacy/policy?organization=acme&locale=en&version=${900 + i}`),
      ...Array.from({ length: 20 }, (_, i) => `/api/privacy/consent-copy/emails/double-opt-in?organization=ghost-${i}`),
      '/api/privacy/policy?organization=acme&locale=xx',
      '/api/privacy/policy?organization=acme&format=pdf',
    ];
    for (const path of refused) expect([400, 404]).toContain((await get(path)).status);
    const after = stats();
    expect(after.entries).toBe(before.entries);
    // Each was a miss that produced an error: counted, not kept.
    expect(after.misses - before.misses).toBeGreaterThanOrEqual(160);
    const hit = await get('/api/privacy/policy?organization=acme&locale=en&format=html');
    expect(hit.status).toBe(200);
    expect(stats().hits).toBe(after.hits + 1);
  });
});

describe('published entries only, and a cache that follows them', () => {
  const purposes = () => documentsOf(app.strapi, 'plugin::privacy.purpose');

  test('a draft never reaches the public document; its publication does, at once', async () => {
    const org = await documentsOf(app.strapi, 'plugin::privacy.organization').findFirst({ locale: 'en', filters: { slug: 'acme' } });
    const retention = await documentsOf(app.strapi, 'plugin::privacy.retention-rule').findFirst({
      locale: 'en',
      filters: { label: 'Three years' },
    });
    const before = await get('/api/privacy/policy?organization=acme&locale=en&format=text');
    expect(before.text).not.toContain('Secret loyalty programme');

    const draft = await purposes().create({
      locale: 'en',
      data: { organization: org?.documentId, name: 'Secret loyalty programme', legalBasis: 'consent', retention: retention?.documentId },
    });
    const whileDraft = await get('/api/privacy/policy?organization=acme&locale=en&format=text');
    expect(whileDraft.text).not.toContain('Secret loyalty programme');
    expect(whileDraft.headers.etag).toBe(before.headers.etag);

    await purposes().publish({ documentId: draft.documentId, locale: 'en' });
    const afterPublish = await get('/api/privacy/policy?organization=acme&locale=en&format=text');
    expect(afterPublish.text).toContain('Secret loyalty programme');
    expect(afterPublish.headers.etag).not.toBe(before.headers.etag);
    const stale = await get('/api/privacy/policy?organization=acme&locale=en&format=text').set('If-None-Match', before.headers.etag);
    expect(stale.status).toBe(200);

    await purposes().unpublish({ documentId: draft.documentId, locale: 'en' });
    const afterUnpublish = await get('/api/privacy/policy?organization=acme&locale=en&format=text');
    expect(afterUnpublish.text).not.toContain('Secret loyalty programme');
  });

  test('an organization that is only a draft is unknown to the public', async () => {
    await documentsOf(app.strapi, 'plugin::privacy.organization').create({
      locale: 'en',
      data: { name: 'Gamma', slug: 'gamma', address: 'x', country: 'FR', email: 'g@gamma.test' },
    });
    const response = await get('/api/privacy/policy?organization=gamma');
    expect(response.status).toBe(404);
  });
});

describe('the warm path', () => {
  test('a cached document is served with no database query within the revision check interval', async () => {
    const path = '/api/privacy/policy?organization=acme&locale=en&format=html';
    await get(path);
    let queries = 0;
    const count = () => {
      queries += 1;
    };
    const connection = app.strapi.db.connection as unknown as {
      on(event: string, cb: () => void): void;
      off(event: string, cb: () => void): void;
    };
    connection.on('query', count);
    try {
      // The counter does see queries: one direct query is counted, then taken off.
      await app.strapi.db.query('plugin::privacy.organization').count();
      expect(queries).toBeGreaterThanOrEqual(1);
      queries = 0;
      for (let i = 0; i < 20; i += 1) expect((await get(path)).status).toBe(200);
      const notModified = await get(path).set('If-None-Match', (await get(path)).headers.etag);
      expect(notModified.status).toBe(304);
    } finally {
      connection.off('query', count);
    }
    // At most one revision check can fall inside the loop if it straddles the one-second interval.
    expect(queries).toBeLessThanOrEqual(1);
  });
});
