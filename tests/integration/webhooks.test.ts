// Strapi's webhooks on a real Strapi: a webhook made through the admin API on privacy.version.created is posted, by
// Strapi's own runner, to a local HTTP receiver each time a publish records a version, and never when it records none.
import http from 'http';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { loadFixture, seedFixture } from '../helpers/fixtures';
import { UID } from '../../server/src/uids';

interface Delivery {
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

interface VersionRow {
  organization: string;
  kind: string;
  locale: string;
  version: number;
  effectiveAt: string;
  hash: string;
  materialChange: boolean;
}

let app: TestApp;
let admin: AdminSession;
let receiver: http.Server;
let receiverUrl: string;
const deliveries: Delivery[] = [];
/** Every privacy.version.created the event hub saw, as it saw it: no delivery delay between the emission and this list. */
const emitted: unknown[] = [];
let purposeId: string;
let webhookId: string;

/** Polls until `check` holds; the bound only keeps a broken run from hanging, nothing is asserted about time. */
const eventually = async (check: () => Promise<boolean> | boolean, what: string): Promise<void> => {
  const deadline = Date.now() + 20000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** The Content Manager records versions after its transaction commits: wait until that recording has ended. */
const afterCommitWork = async (write: () => Promise<void>): Promise<void> => {
  await write();
  await app.strapi.plugin('privacy').service('versions').idle();
};

const history = async (): Promise<VersionRow[]> => {
  const response = await request(app.server).get('/api/privacy/versions?organization=acme&locale=all');
  expect(response.status).toBe(200);
  return response.body.data;
};

const asPayload = (row: VersionRow) => ({
  event: 'privacy.version.created',
  organization: row.organization,
  kind: row.kind,
  locale: row.locale,
  version: row.version,
  effectiveAt: row.effectiveAt,
  hash: row.hash,
  materialChange: row.materialChange,
});
const byDocument = (a: Record<string, unknown>, b: Record<string, unknown>): number =>
  `${a.kind} ${a.locale}`.localeCompare(`${b.kind} ${b.locale}`);

/** What an editor does in the Content Manager: save the English purpose with these fields, and publish it. */
const publishInContentManager = (data: Record<string, unknown>) =>
  afterCommitWork(async () => {
    const response = await request(app.server)
      .post(`/content-manager/collection-types/${UID.purpose}/${purposeId}/actions/publish?locale=en`)
      .set(admin.auth)
      .send({ ...data, locale: 'en' });
    expect(response.status).toBe(200);
  });

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      deliveries.push({ headers: req.headers, body: JSON.parse(text) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/revalidate`;

  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, loadFixture('acme'));
  const purpose = await documentsOf(app.strapi, UID.purpose).findFirst({ locale: 'en', filters: { key: 'consent' } });
  if (!purpose) throw new Error('the acme fixture has no consent purpose');
  purposeId = purpose.documentId as string;
  app.strapi.eventHub.on('privacy.version.created', async (payload: unknown) => {
    emitted.push(payload);
  });
});

afterAll(async () => {
  await app?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

test("the plugin's event is allowed in Strapi's webhook store; an event it does not know is refused with a 400", async () => {
  expect(app.strapi.get('webhookStore').getAllowedEvent('PRIVACY_VERSION_CREATED')).toBe('privacy.version.created');
  const unknown = await request(app.server)
    .post('/admin/webhooks')
    .set(admin.auth)
    .send({ name: 'typo', url: receiverUrl, headers: {}, events: ['privacy.version.made'] });
  expect(unknown.status).toBe(400);
  expect(unknown.body.error.message).toBe('Webhook event privacy.version.made is not supported');

  const created = await request(app.server)
    .post('/admin/webhooks')
    .set(admin.auth)
    .send({
      name: 'Site revalidation',
      url: receiverUrl,
      headers: { 'X-Revalidate-Secret': 's3cret' },
      events: ['privacy.version.created'],
    });
  expect(created.status).toBe(201);
  expect(created.body.data).toMatchObject({ events: ['privacy.version.created'], isEnabled: true });
  webhookId = created.body.data.id;
  const listed = await request(app.server).get('/admin/webhooks').set(admin.auth);
  expect(listed.body.data.map((webhook: { name: string }) => webhook.name)).toEqual(['Site revalidation']);
});

test('a publish in the Content Manager that changes the policy posts one event per version it records, with its payload', async () => {
  const before = new Set((await history()).map((row) => `${row.kind} ${row.locale} ${row.version}`));
  await publishInContentManager({ description: 'A monthly letter on data protection, with a webhook behind it.' });
  const recorded = (await history()).filter((row) => !before.has(`${row.kind} ${row.locale} ${row.version}`));
  // The English privacy policy changed; the French documents and the cookie policy did not.
  expect(recorded.map((row) => `${row.kind} ${row.locale}`)).toEqual(['privacy-policy en']);

  await eventually(() => deliveries.length >= recorded.length, 'the webhook deliveries');
  expect(deliveries).toHaveLength(recorded.length);
  const bodies = deliveries.map(({ body }) => {
    const { createdAt, ...rest } = body;
    expect(new Date(createdAt as string).toISOString()).toBe(createdAt);
    return rest;
  });
  expect(bodies.sort(byDocument)).toEqual(recorded.map(asPayload).sort(byDocument));
  expect(deliveries[0].headers).toMatchObject({
    'x-strapi-event': 'privacy.version.created',
    'x-revalidate-secret': 's3cret',
    'content-type': 'application/json',
  });
});

test('a publish that changes nothing emits no event and posts nothing', async () => {
  const versionsBefore = (await history()).length;
  const emittedBefore = emitted.length;
  const deliveredBefore = deliveries.length;
  await publishInContentManager({ description: 'A monthly letter on data protection, with a webhook behind it.' });
  expect((await history()).length).toBe(versionsBefore);
  expect(emitted.slice(emittedBefore)).toEqual([]);

  // A publish that records a version, made after: its delivery comes after any the first one would have queued.
  await documentsOf(app.strapi, UID.purpose).update({
    documentId: purposeId,
    locale: 'fr',
    data: { description: 'Une lettre mensuelle.' },
  });
  await documentsOf(app.strapi, UID.purpose).publish({ documentId: purposeId, locale: 'fr' });
  await eventually(() => deliveries.length > deliveredBefore, 'the delivery of the French version');
  await request(app.server).post(`/admin/webhooks/${webhookId}/trigger`).set(admin.auth);
  expect(deliveries.slice(deliveredBefore).map(({ body }) => `${body.event} ${body.kind} ${body.locale}`)).toEqual([
    'privacy.version.created privacy-policy fr',
    'trigger-test undefined undefined',
  ]);
});
