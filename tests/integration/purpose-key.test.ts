// The purpose key on a real Strapi: its shape, unique within an organization, shared by locales, free across organizations.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { documentsOf } from '../helpers/documents';
import { UID } from '../../server/src/uids';

let app: TestApp;
let admin: AdminSession;
const orgs: Record<string, string> = {};
const rules: Record<string, string> = {};

const docs = (uid: string) => documentsOf(app.strapi, uid);

const purpose = (org: string, extra: Record<string, unknown>) => ({
  organization: orgs[org],
  name: 'Newsletter',
  legalBasis: 'consent',
  retention: rules[org],
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  for (const slug of ['key-one', 'key-two']) {
    const org = await docs(UID.organization).create({
      locale: 'en',
      data: { name: slug, slug, address: '1 rue de Test, Paris', country: 'FR', email: `hello@${slug}.test` },
    });
    orgs[slug] = org.documentId;
    const rule = await docs(UID.retentionRule).create({
      locale: 'en',
      data: { organization: org.documentId, label: 'Three years', durationValue: 3, durationUnit: 'years' },
    });
    rules[slug] = rule.documentId;
  }
});

afterAll(async () => {
  await app?.stop();
});

describe('the purpose key', () => {
  test('is optional: a purpose without one saves as before', async () => {
    const created = await docs(UID.purpose).create({ locale: 'en', data: purpose('key-one', { name: 'No key' }) });
    expect(created.key ?? null).toBeNull();
  });

  test('is refused with a 400 naming the field when it is not a lowercase slug, and nothing is stored', async () => {
    const before = await docs(UID.purpose).count({ locale: 'en' });
    const response = await request(app.server)
      .post(`/content-manager/collection-types/${UID.purpose}?locale=en`)
      .set(admin.auth)
      .send(purpose('key-one', { key: 'News Letter' }));
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors[0].path).toEqual(['key']);
    expect(response.body.error.message).toMatch(/"News Letter" is not a purpose key/);
    expect(await docs(UID.purpose).count({ locale: 'en' })).toBe(before);
  });

  test('is unique within an organization, whichever way the relation is written', async () => {
    await docs(UID.purpose).create({ locale: 'en', data: purpose('key-one', { key: 'newsletter' }) });
    for (const organization of [orgs['key-one'], { connect: [{ documentId: orgs['key-one'] }] }]) {
      const error = await docs(UID.purpose)
        .create({ locale: 'en', data: purpose('key-one', { name: 'Other', key: 'newsletter', organization }) })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ValidationError' });
      expect((error as Error).message).toMatch(/key 'newsletter' is already used by purpose 'Newsletter'/);
      expect((error as { details: { errors: Array<{ path: string[] }> } }).details.errors[0].path).toEqual(['key']);
    }
    const response = await request(app.server)
      .post(`/content-manager/collection-types/${UID.purpose}?locale=en`)
      .set(admin.auth)
      .send(purpose('key-one', { name: 'Third', key: 'newsletter' }));
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['key']);
  });

  test('may be reused by another organization', async () => {
    const created = await docs(UID.purpose).create({ locale: 'en', data: purpose('key-two', { key: 'newsletter' }) });
    expect(created.key).toBe('newsletter');
  });

  test('is checked on update against the other purposes, not against the entry itself', async () => {
    const other = await docs(UID.purpose).create({ locale: 'en', data: purpose('key-one', { name: 'Events', key: 'events' }) });
    await expect(
      docs(UID.purpose).update({ documentId: other.documentId, locale: 'en', data: { key: 'events', name: 'Events 2026' } })
    ).resolves.toHaveProperty('key', 'events');
    const error = await docs(UID.purpose)
      .update({ documentId: other.documentId, locale: 'en', data: { key: 'newsletter' } })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/key 'newsletter' is already used/);
    const stored = await docs(UID.purpose).findOne({ documentId: other.documentId, locale: 'en' });
    expect(stored?.key).toBe('events');
  });

  test('is the same in every locale: a French version shares the English key', async () => {
    const english = await docs(UID.purpose).create({ locale: 'en', data: purpose('key-one', { name: 'Webinars', key: 'webinars' }) });
    const french = await docs(UID.purpose).update({
      documentId: english.documentId,
      locale: 'fr',
      data: { name: 'Webinaires', legalBasis: 'consent' },
    });
    expect(french?.key).toBe('webinars');
  });
});
