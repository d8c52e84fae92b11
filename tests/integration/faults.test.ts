// Faults, on PostgreSQL (`npm run test:db`): the plugin's connections are cut during reads and a version publish; reads and admin routes answer 503 or 200, never 500, and recover by themselves; no half-written version remains.
import request from 'supertest';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { loadFixture, seedFixture } from '../helpers/fixtures';

const onPostgres = process.env.TEST_DB === 'postgres' ? describe : describe.skip;

/** Runs one statement as the server's superuser, from outside the app. */
const adminSql = async (app: TestApp, sql: string): Promise<void> => {
  const client = new Client({
    host: app.databaseEnv.DATABASE_HOST,
    port: 5432,
    user: app.databaseEnv.DATABASE_USERNAME,
    database: 'test',
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/** Ends every connection the app holds to its database, as a failover or a restart would. */
/**
 * Once the database is back: GETs `path` every 200 ms until it answers `expected`, for at most 15 s; any answer but
 * `expected` or the outage's 503 fails at once. Resolves with the last status seen.
 */
const statusOnceBack = async (app: TestApp, path: string, expected: number): Promise<number> => {
  const deadline = Date.now() + 15000;
  let status = 0;
  while (status !== expected && Date.now() < deadline) {
    status = (await request(app.server).get(path)).status;
    expect([expected, 503]).toContain(status);
    if (status !== expected) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return status;
};

const cutConnections = async (app: TestApp): Promise<number> => {
  const client = new Client({
    host: app.databaseEnv.DATABASE_HOST,
    port: 5432,
    user: app.databaseEnv.DATABASE_USERNAME,
    database: 'test',
  });
  await client.connect();
  try {
    const result = await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [app.databaseEnv.DATABASE_NAME]
    );
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
};

onPostgres('a database that drops its connections', () => {
  let app: TestApp;
  let admin: AdminSession;

  beforeAll(async () => {
    app = await startTestApp({ DATABASE_POOL_MIN: '2' });
    admin = await loginAsSuperAdmin(app);
    await seedFixture(app, loadFixture('acme'));
  });

  afterAll(async () => {
    await app?.stop();
  });

  test('while the database refuses connections, public reads and admin routes answer 503 with Retry-After; they recover by themselves', async () => {
    await adminSql(app, `ALTER DATABASE ${app.databaseEnv.DATABASE_NAME} ALLOW_CONNECTIONS false`);
    try {
      expect(await cutConnections(app)).toBeGreaterThan(0);
      // Reads the cache cannot answer: other formats and locales, a frozen version.
      for (const query of ['locale=en&format=markdown', 'locale=fr&format=text', 'locale=fr&version=1&format=html']) {
        const response = await request(app.server).get(`/api/privacy/policy?organization=acme&${query}`);
        expect([query, response.status]).toEqual([query, 503]);
        expect(response.body).toMatchObject({
          data: null,
          error: { status: 503, message: 'The database is unavailable for a moment: try again in a few seconds' },
        });
        expect(response.headers['retry-after']).toBe('2');
      }
      // The admin routes too, although Strapi's admin authentication (the session and user lookups) fails first.
      for (const [method, path] of [
        ['get', '/privacy/preview?organization=acme&locale=en'],
        ['get', '/privacy/rights-requests'],
        ['post', '/privacy/versions'],
        ['delete', '/privacy/versions'],
      ] as const) {
        const response = await request(app.server)[method](path).set(admin.auth);
        expect([method, path, response.status]).toEqual([method, path, 503]);
        expect(response.body.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
        expect(response.headers['retry-after']).toBe('2');
      }
      // Without a token, Strapi answers 401 before asking the database; the plugin checks a 401 against the database.
      expect((await request(app.server).get('/privacy/preview?organization=acme&locale=en')).status).toBe(503);
    } finally {
      await adminSql(app, `ALTER DATABASE ${app.databaseEnv.DATABASE_NAME} ALLOW_CONNECTIONS true`);
    }
    expect(await statusOnceBack(app, '/api/privacy/policy?organization=acme&locale=en&format=markdown', 200)).toBe(200);
    expect((await request(app.server).get('/privacy/preview?organization=acme&locale=en').set(admin.auth)).status).toBe(200);
    expect((await request(app.server).get('/privacy/preview?organization=acme&locale=en')).status).toBe(401);
  });

  test('a publish cut in the middle leaves no half-written version, and the next publish records a whole one', async () => {
    const org = await documentsOf(app.strapi, 'plugin::privacy.organization').findFirst({ locale: 'en', filters: { slug: 'acme' } });
    const retention = await documentsOf(app.strapi, 'plugin::privacy.retention-rule').findFirst({
      locale: 'en',
      filters: { label: 'Three years' },
    });
    const purposes = documentsOf(app.strapi, 'plugin::privacy.purpose');
    const created = await purposes.create({
      locale: 'en',
      data: { organization: org?.documentId, name: 'Cut mid-publish', legalBasis: 'consent', retention: retention?.documentId },
    });
    const outcome = await Promise.allSettled([purposes.publish({ documentId: created.documentId, locale: 'en' }), cutConnections(app)]);
    expect(outcome[1].status).toBe('fulfilled');

    // Whatever happened, once the database answers again a publish records what is published, whole.
    const deadline = Date.now() + 15000;
    for (;;) {
      try {
        await purposes.publish({ documentId: created.documentId, locale: 'en' });
        await app.strapi.plugin('privacy').service('versions').recordChanges();
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const rows = (await app.strapi.db.query('plugin::privacy.policy-version').findMany({
      where: { organization: 'acme', kind: 'privacy-policy', locale: 'en' },
      orderBy: { number: 'asc' },
    })) as Array<Record<string, unknown> & { number: number }>;
    expect(rows.map((r) => r.number)).toEqual(rows.map((_, i) => i + 1));
    // Whole: every format in its column.
    const BODY_COLUMNS = ['bodyHtml', 'bodyJson', 'bodyJsonld', 'bodyMarkdown', 'bodyText'];
    for (const row of rows)
      expect(BODY_COLUMNS.filter((column) => typeof row[column] === 'string' && row[column] !== '')).toEqual(BODY_COLUMNS);
    const current = (await request(app.server).get('/api/privacy/policy?organization=acme&locale=en')).body.data;
    expect(current.version).toBe(rows[rows.length - 1].number);
    expect(JSON.stringify(current.sections)).toContain('Cut mid-publish');
  });
});

onPostgres('a database that drops its connections, with publicAccess: false', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ DATABASE_POOL_MIN: '2', PRIVACY_PUBLIC_ACCESS: 'false' });
    await seedFixture(app, loadFixture('acme'));
  });

  afterAll(async () => {
    await app?.stop();
  });

  test("a public read answers 503 with Retry-After although users-permissions' role lookup fails first", async () => {
    await adminSql(app, `ALTER DATABASE ${app.databaseEnv.DATABASE_NAME} ALLOW_CONNECTIONS false`);
    try {
      expect(await cutConnections(app)).toBeGreaterThan(0);
      const response = await request(app.server).get('/api/privacy/policy?organization=acme&locale=en');
      // Strapi's own answer would be its 401: users-permissions' strategy turns the failed lookup into "no credentials".
      expect(response.status).toBe(503);
      expect(response.body.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
      expect(response.headers['retry-after']).toBe('2');
    } finally {
      await adminSql(app, `ALTER DATABASE ${app.databaseEnv.DATABASE_NAME} ALLOW_CONNECTIONS true`);
    }
    // Once it is back, the same read is Strapi's 403 for a route the Public role has no grant to.
    expect(await statusOnceBack(app, '/api/privacy/policy?organization=acme&locale=en', 403)).toBe(403);
  });
});
