// Vendor presets on a real Strapi: the catalogue route, and "add a service", which writes draft cookies and a recipient
// in the chosen locales, links a recipient the organization already has, is idempotent, rolls back on a failure and
// answers 400s that name the field.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { documentsOf } from '../helpers/documents';
import { loadFixture, seedFixture } from '../helpers/fixtures';
import { PRESETS } from '../../server/src/presets/catalogue';
import { UID } from '../../server/src/uids';

let app: TestApp;
let admin: AdminSession;
let orgId: string;

const docs = (uid: string) => documentsOf(app.strapi, uid);
const apply = (id: string, body: unknown, auth = admin.auth) =>
  request(app.server)
    .post(`/privacy/presets/${id}/apply`)
    .set(auth)
    .send(body as object);
const BOTH = { organization: 'acme', locales: ['fr', 'en'] };

/** Every row (any locale, draft or published) of a type with this name in acme. */
const rowsNamed = (uid: string, name: string) =>
  app.strapi.db.query(uid).findMany({
    select: ['documentId', 'locale', 'publishedAt'],
    where: { name, organization: { documentId: orgId } },
    populate: uid === UID.cookie ? { recipient: { select: ['documentId', 'name'] } } : undefined,
  }) as Promise<
    Array<{ documentId: string; locale: string; publishedAt: string | null; recipient?: { documentId: string; name: string } | null }>
  >;

const adminWith = async (actions: Array<{ action: string; subject: string | null }>): Promise<{ Authorization: string }> => {
  const roles = app.strapi.service('admin::role');
  const role = await roles.create({ name: `Presets ${Date.now()} ${Math.random()}`, description: 'test' });
  await roles.assignPermissions(
    role.id,
    actions.map((a) => ({ ...a, conditions: [], properties: {} }))
  );
  const email = `presets${Date.now()}${Math.random().toString(36).slice(2, 6)}@example.test`;
  const password = 'Privacy-Test-1234';
  await app.strapi
    .service('admin::user')
    .create({ email, firstname: 'T', lastname: 'T', password, isActive: true, registrationToken: null, roles: [role.id] });
  const login = await request(app.server).post('/admin/login').send({ email, password });
  return { Authorization: `Bearer ${login.body.data.token}` };
};

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, loadFixture('acme'));
  orgId = (await docs(UID.organization).findFirst({ locale: 'en', filters: { slug: 'acme' } }))?.documentId;
});

afterAll(async () => {
  await app?.stop();
});

describe('GET /privacy/presets', () => {
  test('lists the whole catalogue in the language asked for, with each provider’s facts', async () => {
    const fr = await request(app.server).get('/privacy/presets?lang=fr').set(admin.auth);
    expect(fr.status).toBe(200);
    expect(fr.body.data).toHaveLength(PRESETS.length);
    const ga = fr.body.data.find((p: { id: string }) => p.id === 'google-analytics-4');
    expect(ga.purpose).toBe(PRESETS.find((p) => p.id === 'google-analytics-4')?.purpose.fr);
    expect(ga.provider).toMatchObject({
      name: 'Google Ireland Limited',
      country: 'IE',
      otherCountries: 'US',
      transferSafeguard: 'eu-us-data-privacy-framework',
    });
    expect(ga.trackers[0]).toMatchObject({ name: '_ga', namePattern: '_ga_*', lifetime: { value: 2, unit: 'years' } });
    const en = await request(app.server).get('/privacy/presets').set(admin.auth);
    expect(en.body.data.find((p: { id: string }) => p.id === 'google-analytics-4').purpose).toMatch(/^Measure visits/);
  });

  test('a language without preset texts is a 400 naming lang', async () => {
    const response = await request(app.server).get('/privacy/presets?lang=de').set(admin.auth);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['lang']);
  });

  test('is for signed-in admins only', async () => {
    expect((await request(app.server).get('/privacy/presets')).status).toBe(401);
  });
});

describe('POST /privacy/presets/:id/apply', () => {
  test('writes the recipient and the cookies as drafts in both locales, with each locale’s purpose', async () => {
    const response = await apply('hotjar', BOTH);
    expect(response.status).toBe(201);
    expect(response.body.data.recipient).toMatchObject({ name: 'Hotjar Ltd', created: ['fr', 'en'], kept: [] });
    expect(response.body.data.cookies.map((c: { name: string }) => c.name)).toEqual(['_hjSessionUser_*', '_hjSession_*']);

    const recipients = await rowsNamed(UID.recipient, 'Hotjar Ltd');
    expect(recipients.map((r) => r.locale).sort()).toEqual(['en', 'fr']);
    expect(recipients.every((r) => r.publishedAt === null)).toBe(true);
    const recipient = await docs(UID.recipient).findOne({ documentId: recipients[0].documentId, locale: 'fr' });
    expect(recipient).toMatchObject({ country: 'MT', category: 'processor', transferSafeguard: 'none-needed' });

    const rows = await rowsNamed(UID.cookie, '_hjSessionUser_*');
    expect(rows.map((r) => r.locale).sort()).toEqual(['en', 'fr']);
    expect(rows.every((r) => r.publishedAt === null && r.recipient?.name === 'Hotjar Ltd')).toBe(true);
    const hotjar = PRESETS.find((p) => p.id === 'hotjar');
    for (const locale of ['fr', 'en'] as const) {
      const cookie = await docs(UID.cookie).findOne({ documentId: rows[0].documentId, locale });
      expect(cookie).toMatchObject({
        namePattern: '_hjSessionUser_*',
        party: 'first',
        storage: 'cookie',
        category: 'analytics',
        lifetimeValue: 365,
        lifetimeUnit: 'days',
        purpose: hotjar?.purpose[locale],
      });
    }
    // Drafts only: nothing reaches the published cookie policy until the editor publishes.
    expect(await docs(UID.cookie).findMany({ locale: 'fr', status: 'published', filters: { name: '_hjSessionUser_*' } })).toEqual([]);
  });

  test('applying twice adds nothing', async () => {
    const response = await apply('hotjar', BOTH);
    expect(response.status).toBe(200);
    expect(response.body.data.recipient).toMatchObject({ created: [], kept: ['fr', 'en'] });
    expect(response.body.data.cookies.every((c: { created: string[] }) => c.created.length === 0)).toBe(true);
    expect(await rowsNamed(UID.cookie, '_hjSessionUser_*')).toHaveLength(2);
    expect(await rowsNamed(UID.recipient, 'Hotjar Ltd')).toHaveLength(2);
  });

  test('links the organization’s recipient of the same name instead of creating another, and keeps a cookie the editor wrote', async () => {
    const existing = await docs(UID.recipient).create({
      locale: 'fr',
      data: {
        organization: orgId,
        name: 'Google Ireland Limited',
        category: 'processor',
        country: 'IE',
        otherCountries: 'US',
        transferSafeguard: 'eu-us-data-privacy-framework',
      },
    });
    await docs(UID.recipient).update({
      documentId: existing.documentId,
      locale: 'en',
      data: {
        organization: orgId,
        name: 'Google Ireland Limited',
        category: 'processor',
        country: 'IE',
        otherCountries: 'US',
        transferSafeguard: 'eu-us-data-privacy-framework',
      },
    });
    const response = await apply('google-analytics-4', BOTH);
    expect(response.status).toBe(200);
    expect(response.body.data.recipient).toMatchObject({ documentId: existing.documentId, created: [], kept: ['fr', 'en'] });
    // acme already declares _ga: the preset leaves it as it is.
    expect(response.body.data.cookies).toEqual([expect.objectContaining({ name: '_ga', created: [] })]);
    expect(await rowsNamed(UID.recipient, 'Google Ireland Limited')).toHaveLength(2);
  });

  test('a tool the site runs itself gets no recipient: the cookie names the tool', async () => {
    const response = await apply('tarteaucitron', { organization: 'acme', locales: ['fr'] });
    expect(response.status).toBe(201);
    expect(response.body.data.recipient).toBeNull();
    const [row] = await rowsNamed(UID.cookie, 'tarteaucitron');
    const cookie = await docs(UID.cookie).findOne({ documentId: row.documentId, locale: 'fr' });
    expect(cookie).toMatchObject({ provider: 'tarteaucitron.js', category: 'necessary', lifetimeValue: 365, lifetimeUnit: 'days' });
  });

  test('a failure halfway leaves nothing written', async () => {
    let creates = 0;
    // A fault on the second cookie, after the recipient and the first cookie were written in the same transaction.
    app.strapi.documents.use(async (ctx, next) => {
      if (process.env.PRESETS_FAULT === '1' && ctx.uid === UID.cookie && ctx.action === 'create' && ++creates === 2)
        throw new Error('injected fault');
      return next();
    });
    process.env.PRESETS_FAULT = '1';
    try {
      const response = await apply('cloudflare', BOTH);
      expect(response.status).toBe(500);
    } finally {
      process.env.PRESETS_FAULT = '0';
    }
    expect(await rowsNamed(UID.recipient, 'Cloudflare, Inc.')).toEqual([]);
    expect(await rowsNamed(UID.cookie, '__cf_bm')).toEqual([]);
    expect(await rowsNamed(UID.cookie, 'cf_clearance')).toEqual([]);
    const retried = await apply('cloudflare', BOTH);
    expect(retried.status).toBe(201);
    expect(await rowsNamed(UID.cookie, '__cf_bm')).toHaveLength(2);
  });

  test.each([
    ['an unknown preset', 'no-such-service', BOTH, ['id']],
    ['an unknown organization', 'stripe', { organization: 'nobody', locales: ['fr'] }, ['organization']],
    ['a locale with no preset texts', 'stripe', { organization: 'acme', locales: ['fr', 'de'] }, ['locales', '1']],
    ['no locales', 'stripe', { organization: 'acme', locales: [] }, ['locales']],
    ['no organization', 'stripe', { locales: ['fr'] }, ['organization']],
    ['an unknown field', 'stripe', { ...BOTH, publish: true }, ['publish']],
  ])('%s is a 400 naming the field, and writes nothing', async (_, id, body, path) => {
    const response = await apply(id, body);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(path);
    expect(await rowsNamed(UID.recipient, 'Stripe Payments Europe, Limited')).toEqual([]);
  });

  test('a recipient of that name missing a chosen locale is a 400 naming locales, and writes nothing', async () => {
    await docs(UID.recipient).create({
      locale: 'fr',
      data: { organization: orgId, name: 'Crisp IM SAS', category: 'processor', country: 'FR' },
    });
    const response = await apply('crisp', BOTH);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['locales', '1']);
    expect(await rowsNamed(UID.cookie, 'crisp-client%2Fsession%2F*')).toEqual([]);
  });

  test('needs the presets action and the Content Manager’s create permission on cookies and recipients', async () => {
    const readOnly = await adminWith([{ action: 'plugin::privacy.read', subject: null }]);
    expect((await request(app.server).get('/privacy/presets').set(readOnly)).status).toBe(200);
    expect((await apply('stripe', BOTH, readOnly)).status).toBe(403);
    const presetsOnly = await adminWith([{ action: 'plugin::privacy.presets', subject: null }]);
    expect((await apply('stripe', BOTH, presetsOnly)).status).toBe(403);
    const editor = await adminWith([
      { action: 'plugin::privacy.presets', subject: null },
      { action: 'plugin::content-manager.explorer.create', subject: UID.cookie },
      { action: 'plugin::content-manager.explorer.create', subject: UID.recipient },
    ]);
    expect((await apply('stripe', BOTH, editor)).status).toBe(201);
  });

  test('other methods are a 405 that says POST', async () => {
    const response = await request(app.server).get('/privacy/presets/stripe/apply').set(admin.auth);
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
  });
});
