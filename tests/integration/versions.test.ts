// Versioned publications on a real Strapi: recorded on publish, summarised by name, frozen, numbered safely under concurrency.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { loadFixture, seedFixture } from '../helpers/fixtures';

let app: TestApp;
let admin: AdminSession;
const get = (path: string) => request(app.server).get(path);
const purposes = () => documentsOf(app.strapi, 'plugin::privacy.purpose');
const recipients = () => documentsOf(app.strapi, 'plugin::privacy.recipient');

interface VersionRow {
  version: number;
  kind: string;
  locale: string;
  hash: string;
  effectiveAt: string;
  materialChange: boolean;
  note: string | null;
  changeSummary: {
    first: boolean;
    material: boolean;
    materialReasons: string[];
    purposes: { added: string[]; changed: string[]; removed: string[] };
    recipients: { changed: string[] };
  };
}

const history = async (query = ''): Promise<VersionRow[]> => {
  const response = await get(`/api/privacy/versions?organization=acme${query}`);
  expect(response.status).toBe(200);
  return response.body.data;
};

let orgId: string;
let retentionId: string;

const newPurpose = async (name: string, extra: Record<string, unknown> = {}) => {
  const created = await purposes().create({
    locale: 'en',
    data: { organization: orgId, name, legalBasis: 'consent', retention: retentionId, ...extra },
  });
  return created.documentId as string;
};

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, loadFixture('acme'));
  orgId = (await documentsOf(app.strapi, 'plugin::privacy.organization').findFirst({ locale: 'en', filters: { slug: 'acme' } }))
    ?.documentId;
  retentionId = (
    await documentsOf(app.strapi, 'plugin::privacy.retention-rule').findFirst({ locale: 'en', filters: { label: 'Three years' } })
  )?.documentId;
});

afterAll(async () => {
  await app?.stop();
});

test('the seed records version 1 of each document in each locale, and the documents say so', async () => {
  const rows = await history('&locale=all');
  expect(rows.map((r) => `${r.kind}/${r.locale}/${r.version}`).sort()).toEqual([
    'cookie-policy/en/1',
    'cookie-policy/fr/1',
    'privacy-policy/en/1',
    'privacy-policy/fr/1',
  ]);
  expect(rows.every((r) => r.changeSummary.first && !r.materialChange)).toBe(true);
  const policy = (await get('/api/privacy/policy?organization=acme&locale=en')).body.data;
  const v1 = rows.find((r) => r.kind === 'privacy-policy' && r.locale === 'en');
  expect(policy).toMatchObject({ version: 1, effectiveAt: v1?.effectiveAt, hash: v1?.hash });
  expect(JSON.stringify(policy.sections)).toContain('Version 1.');
});

test("without a locale the history is that of Strapi's default locale, as for every other route", async () => {
  const defaultLocale = await app.strapi.plugin('i18n').service('locales').getDefaultLocale();
  const rows = await history();
  expect(rows.length).toBe(2);
  expect(rows.every((r) => r.locale === defaultLocale)).toBe(true);
  expect((await history(`&locale=${defaultLocale}`)).map((r) => r.hash)).toEqual(rows.map((r) => r.hash));
  const fromAdmin = await request(app.server).get('/privacy/versions?organization=acme').set(admin.auth);
  expect(fromAdmin.body.data.map((r: VersionRow) => r.locale)).toEqual(rows.map((r) => r.locale));
});

test('an unchanged republish records nothing', async () => {
  const purpose = await purposes().findFirst({ locale: 'en', filters: { name: 'Newsletter' } });
  await purposes().publish({ documentId: purpose?.documentId, locale: 'en' });
  expect((await history('&locale=all')).length).toBe(4);
});

test('a new purpose makes version 2, named in the summary and flagged as a material change; version 1 stays byte-identical', async () => {
  const before = await get('/api/privacy/policy?organization=acme&locale=en&format=html&version=1');
  expect(before.status).toBe(200);

  const documentId = await newPurpose('Loyalty programme');
  await purposes().publish({ documentId, locale: 'en' });

  const rows = await history('&kind=privacy-policy&locale=en');
  expect(rows.map((r) => r.version)).toEqual([2, 1]);
  expect(rows[0].changeSummary.purposes.added).toEqual(['Loyalty programme']);
  expect(rows[0].materialChange).toBe(true);
  expect(rows[0].changeSummary.materialReasons).toEqual(['new purpose: Loyalty programme']);
  // The French document did not change: no new French version.
  expect((await history('&kind=privacy-policy&locale=fr')).map((r) => r.version)).toEqual([1]);

  const after = await get('/api/privacy/policy?organization=acme&locale=en&format=html&version=1');
  expect(after.text).toBe(before.text);
  expect(after.headers.etag).toBe(before.headers.etag);
  const current = await get('/api/privacy/policy?organization=acme&locale=en&format=html');
  expect(current.text).toContain('Loyalty programme');
  expect(current.text).toContain('Version 2.');
  expect(current.headers.etag).not.toBe(before.headers.etag);
});

test('a changed recipient description is a change by name, not a material one', async () => {
  const crm = await recipients().findFirst({ locale: 'en', filters: { name: 'CloudCRM Inc.' } });
  await recipients().update({ documentId: crm?.documentId, locale: 'en', data: { description: 'Our CRM, hosted in Virginia.' } });
  await recipients().publish({ documentId: crm?.documentId, locale: 'en' });
  const [latest] = await history('&kind=privacy-policy&locale=en');
  expect(latest.version).toBe(3);
  expect(latest.changeSummary.recipients.changed).toEqual(['CloudCRM Inc.']);
  expect(latest.materialChange).toBe(false);
});

test('concurrent publishes never share a number nor lose a version', async () => {
  const ids = await Promise.all(['Concurrent A', 'Concurrent B', 'Concurrent C', 'Concurrent D'].map((name) => newPurpose(name)));
  await Promise.all(ids.map((documentId) => purposes().publish({ documentId, locale: 'en' })));
  const rows = await history('&kind=privacy-policy&locale=en');
  const numbers = rows.map((r) => r.version);
  expect(new Set(numbers).size).toBe(numbers.length);
  expect([...numbers].sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
  // No lost version: the newest one holds exactly what is published now.
  const current = (await get('/api/privacy/policy?organization=acme&locale=en')).body.data;
  expect(current.version).toBe(numbers[0]);
  expect(current.hash).toBe(rows[0].hash);
  for (const name of ['Concurrent A', 'Concurrent B', 'Concurrent C', 'Concurrent D'])
    expect(JSON.stringify(current.sections)).toContain(name);
});

test('the database itself refuses a second version with the same number', async () => {
  const row = {
    organization: 'acme',
    kind: 'privacy-policy',
    locale: 'en',
    number: 1,
    versionKey: 'acme|privacy-policy|en|1',
    effectiveAt: new Date(),
    hash: 'x',
    content: {},
  };
  await expect(app.strapi.db.query('plugin::privacy.policy-version').create({ data: row })).rejects.toBeTruthy();
});

test('an unknown or malformed version is a clear 404 or 400', async () => {
  const missing = await get('/api/privacy/policy?organization=acme&locale=en&version=999');
  expect(missing.status).toBe(404);
  expect(missing.body.error.message).toBe("version 999 of the privacy-policy of 'acme' in 'en' does not exist");
  const malformed = await get('/api/privacy/cookie-policy?organization=acme&version=two');
  expect(malformed.status).toBe(400);
  expect(malformed.body.error.details.errors[0].path).toEqual(['version']);
});

describe('POST /privacy/versions', () => {
  test('records, with its note, what changed while recording was deferred', async () => {
    const versions = app.strapi.plugin('privacy').service('versions');
    let documentId = '';
    // A batch defers recording to its end; publishing explicitly inside it records now, with a note.
    await versions.batch(async () => {
      documentId = await newPurpose('Imported purpose');
      await purposes().publish({ documentId, locale: 'en' });
      const response = await request(app.server)
        .post('/privacy/versions')
        .set(admin.auth)
        .send({ organization: 'acme', note: 'Import of 2026-11' });
      expect(response.status).toBe(200);
      expect(response.body.data.created).toEqual([
        expect.objectContaining({ kind: 'privacy-policy', locale: 'en', note: 'Import of 2026-11' }),
      ]);
    });
    const [latest] = await history('&kind=privacy-policy&locale=en');
    expect(latest).toMatchObject({ note: 'Import of 2026-11' });
    expect(latest.changeSummary.purposes.added).toEqual(['Imported purpose']);
  });

  test('with nothing changed, it says so and records nothing', async () => {
    const response = await request(app.server).post('/privacy/versions').set(admin.auth).send({});
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      organization: 'acme',
      created: [],
      message: 'nothing changed since the last version: no version recorded',
    });
  });

  test('a bad body is a 400 naming the field; no token is a 401; an editor without the publish permission gets a 403', async () => {
    const bad = await request(app.server).post('/privacy/versions').set(admin.auth).send({ note: 'x', force: true });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('unknown field force');
    expect((await request(app.server).post('/privacy/versions').send({})).status).toBe(401);

    const editorRole = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await app.strapi.service('admin::user').create({
      email: 'editor@example.test',
      firstname: 'Ed',
      lastname: 'Itor',
      password: 'Editor-Test-1234',
      isActive: true,
      registrationToken: null,
      roles: [editorRole.id],
    });
    const login = await request(app.server).post('/admin/login').send({ email: 'editor@example.test', password: 'Editor-Test-1234' });
    const denied = await request(app.server).post('/privacy/versions').set('Authorization', `Bearer ${login.body.data.token}`).send({});
    expect(denied.status).toBe(403);
  });
});

describe('the source hash (facts and engine) on the cold path', () => {
  const VERSION = 'plugin::privacy.policy-version';
  const versionRows = () => app.strapi.db.query(VERSION);
  const engine = () => app.strapi.plugin('privacy').service('engine');

  /** Counts the translation calls, that is the work of building a document, while `work` runs on an empty cache. */
  const translationsDuring = async (work: () => Promise<void>): Promise<number> => {
    const { translator } = engine();
    const original = translator.forLocale;
    let calls = 0;
    translator.forLocale = (locale: string) => {
      const t = original.call(translator, locale);
      return ((...args: unknown[]) => {
        calls += 1;
        return (t as (...a: unknown[]) => unknown)(...args);
      }) as typeof t;
    };
    try {
      await app.strapi.plugin('privacy').service('cache').invalidate();
      await work();
    } finally {
      translator.forLocale = original;
    }
    return calls;
  };

  test('every recorded version stores it; a cold request with the same facts serves the stored bytes without building the document', async () => {
    const rows = await versionRows().findMany({ select: ['sourceHash'], where: { organization: 'acme' } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row: { sourceHash: string | null }) => /^sha256:[0-9a-f]{64}$/.test(row.sourceHash ?? ''))).toBe(true);

    const warm = await get('/api/privacy/policy?organization=acme&locale=en&format=html');
    let cold: request.Response | undefined;
    expect(
      await translationsDuring(async () => {
        cold = await get('/api/privacy/policy?organization=acme&locale=en&format=html');
      })
    ).toBe(0);
    expect(cold?.text).toBe(warm.text);
    expect(cold?.headers.etag).toBe(warm.headers.etag);
  });

  test('when the stored source hash differs (another engine, or an older version), the content hash decides, and the bytes are the same', async () => {
    const [latest] = await versionRows().findMany({
      select: ['id', 'sourceHash', 'number'],
      where: { organization: 'acme', kind: 'privacy-policy', locale: 'en' },
      orderBy: { number: 'desc' },
      limit: 1,
    });
    const warm = await get('/api/privacy/policy?organization=acme&locale=en&format=json');
    await versionRows().update({ where: { id: latest.id }, data: { sourceHash: 'sha256:rendered-by-an-older-engine' } });
    try {
      let cold: request.Response | undefined;
      expect(
        await translationsDuring(async () => {
          cold = await get('/api/privacy/policy?organization=acme&locale=en&format=json');
        })
      ).toBeGreaterThan(0);
      expect(cold?.text).toBe(warm.text);
      expect(cold?.body.data.version).toBe(latest.number);
      // Publishing again with nothing changed records no new version either.
      const purpose = await purposes().findFirst({ locale: 'en', filters: { name: 'Newsletter' } });
      await purposes().publish({ documentId: purpose?.documentId, locale: 'en' });
      expect((await history('&kind=privacy-policy&locale=en'))[0].version).toBe(latest.number);
    } finally {
      await versionRows().update({ where: { id: latest.id }, data: { sourceHash: latest.sourceHash } });
    }
  });
});
