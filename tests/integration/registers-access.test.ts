// The registers' exports (CSV read back with csv-parse, XLSX with exceljs) and who may reach them: RBAC actions, Public and Authenticated get nothing.
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { loadFixture, seedFixture } from '../helpers/fixtures';

let app: TestApp;
let admin: AdminSession;
let requestId: string;
let breachId: string;

const FORMULA = '=HYPERLINK("https://evil.test","click")';

/** An admin whose role holds only these plugin actions, and its JWT. */
const adminWith = async (actions: string[]): Promise<{ Authorization: string }> => {
  const roles = app.strapi.service('admin::role');
  const role = await roles.create({ name: `Only ${actions.join(' ') || 'nothing'} ${Date.now()}`, description: 'test' });
  await roles.assignPermissions(
    role.id,
    actions.map((action) => ({ action, subject: null, conditions: [], properties: {} }))
  );
  const email = `admin${Date.now()}${Math.random().toString(36).slice(2, 6)}@example.test`;
  const password = 'Privacy-Test-1234';
  await app.strapi
    .service('admin::user')
    .create({ email, firstname: 'T', lastname: 'T', password, isActive: true, registrationToken: null, roles: [role.id] });
  const login = await request(app.server).post('/admin/login').send({ email, password });
  return { Authorization: `Bearer ${login.body.data.token}` };
};

const authenticatedUser = async (): Promise<{ Authorization: string }> => {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const user = await app.strapi.db.query('plugin::users-permissions.user').create({
    data: {
      username: `reader${Date.now()}`,
      email: `reader${Date.now()}@example.test`,
      password: 'Reader-Test-1234',
      confirmed: true,
      blocked: false,
      provider: 'local',
      role: role.id,
    },
  });
  return { Authorization: `Bearer ${app.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id })}` };
};

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, loadFixture('acme'));
  const created = await request(app.server)
    .post('/privacy/rights-requests')
    .set(admin.auth)
    .send({ organization: 'acme', kind: 'portability', receivedAt: '2028-01-31T23:30:00Z', channel: 'web-form', requester: FORMULA });
  requestId = created.body.data.documentId;
  const breach = await request(app.server).post('/privacy/breaches').set(admin.auth).send({
    organization: 'acme',
    title: 'Misdirected e-mail',
    awareAt: '2026-05-04T08:00:00Z',
    integrity: true,
    riskLevel: 'risk',
    peopleCount: 3,
  });
  breachId = breach.body.data.documentId;
});

afterAll(async () => {
  await app?.stop();
});

describe('exports', () => {
  test('the requests as CSV: French headers, the computed due date (31 January 23:30 UTC is 1 February in Paris), formulas neutralized', async () => {
    const response = await request(app.server)
      .get('/privacy/rights-requests/export?organization=acme&format=csv&locale=fr')
      .set(admin.auth);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="rights-requests-acme.csv"');
    const rows: Array<Record<string, string>> = parse(response.text, { bom: true, columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Référence: requestId,
      Droit: 'portability',
      'Reçue le': '2028-02-01',
      Échéance: '2028-03-01',
      Prolongée: 'non',
    });
    expect(rows[0].Demandeur).toBe(`'${FORMULA}`);
  });

  test('the breaches as XLSX, read back with exceljs: headers, the 72-hour deadline, string cells only', async () => {
    const response = await request(app.server)
      .get('/privacy/breaches/export?format=xlsx&locale=en')
      .set(admin.auth)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    const bytes = response.body as Buffer;
    // exceljs declares its own Buffer type (an ArrayBuffer): hand it the bytes as one.
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Breaches');
    expect(sheet).toBeDefined();
    const headers = (sheet!.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['Reference', 'Summary', 'Aware at', 'Notification due by']);
    const row = (sheet!.getRow(2).values as string[]).slice(1);
    expect(row[0]).toBe(breachId);
    expect(row[1]).toBe('Misdirected e-mail');
    expect(row[3]).toBe('2026-05-07T08:00:00.000Z');
    expect(row[headers.indexOf('Nature')]).toBe('integrity');
    expect(row[headers.indexOf('Late')]).toBe('yes');
  });

  test('the export format and locale are checked', async () => {
    const response = await request(app.server).get('/privacy/breaches/export?format=pdf').set(admin.auth);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('format must be one of json, csv, xlsx');
  });
});

describe('who may reach the registers', () => {
  const READS = () => [
    '/privacy/rights-requests',
    `/privacy/rights-requests/${requestId}`,
    `/privacy/rights-requests/${requestId}/letters/access-reply`,
    '/privacy/rights-requests/export?format=csv',
    '/privacy/breaches',
    `/privacy/breaches/${breachId}`,
    `/privacy/breaches/${breachId}/letters/breach-notification`,
    '/privacy/breaches/export?format=csv',
  ];

  test.each([
    ['Public', false],
    ['Authenticated', true],
  ])('%s: every register route answers 401, and the content API has none', async (_, signedIn) => {
    const reader = signedIn ? await authenticatedUser() : {};
    for (const path of READS()) {
      const response = await request(app.server).get(path).set(reader);
      expect([path, response.status]).toEqual([path, 401]);
    }
    const before = await app.strapi.documents('plugin::privacy.rights-request').count({});
    const write = await request(app.server).post('/privacy/rights-requests').set(reader).send({ organization: 'acme' });
    expect(write.status).toBe(401);
    for (const path of ['/api/privacy/rights-requests', '/api/privacy/breaches', '/api/rights-requests', '/api/breaches']) {
      expect([path, (await request(app.server).get(path).set(reader)).status]).toEqual([path, 404]);
      // A write is refused (405 from the plugin's catch-all for other methods, or 404), and nothing is stored.
      expect([405, 404]).toContain((await request(app.server).post(path).set(reader).send({ organization: 'acme' })).status);
    }
    expect(await app.strapi.documents('plugin::privacy.rights-request').count({})).toBe(before);
  });

  test('GraphQL has no query for either register', async () => {
    const response = await request(app.server).post('/graphql').send({ query: '{ __schema { queryType { fields { name } } } }' });
    const names: string[] = response.body.data.__schema.queryType.fields.map((f: { name: string }) => f.name);
    expect(names).toContain('usersPermissionsRole');
    expect(names.filter((name) => /request|breach/i.test(name))).toEqual([]);
  });

  test('an admin without the actions gets 403; requests.read reads but cannot write; requests.manage writes; neither opens the breaches', async () => {
    const none = await adminWith(['plugin::privacy.read']);
    for (const path of READS()) expect([path, (await request(app.server).get(path).set(none)).status]).toEqual([path, 403]);

    const reader = await adminWith(['plugin::privacy.requests.read']);
    expect((await request(app.server).get('/privacy/rights-requests').set(reader)).status).toBe(200);
    const refused = await request(app.server).put(`/privacy/rights-requests/${requestId}`).set(reader).send({ notes: 'x' });
    expect(refused.status).toBe(403);
    expect((await request(app.server).get('/privacy/breaches').set(reader)).status).toBe(403);

    const manager = await adminWith(['plugin::privacy.requests.read', 'plugin::privacy.requests.manage']);
    const updated = await request(app.server).put(`/privacy/rights-requests/${requestId}`).set(manager).send({ notes: 'Called back' });
    expect(updated.status).toBe(200);
    expect(updated.body.data.notes).toBe('Called back');
    expect((await request(app.server).post('/privacy/breaches').set(manager).send({})).status).toBe(403);

    const breaches = await adminWith(['plugin::privacy.breaches.read']);
    expect(
      (await request(app.server).get(`/privacy/breaches/${breachId}/letters/breach-communication?format=text`).set(breaches)).status
    ).toBe(200);
    expect((await request(app.server).get('/privacy/rights-requests').set(breaches)).status).toBe(403);
  });
});
