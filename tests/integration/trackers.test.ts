// Trackers (model v2) on a real Strapi: a cookie linked to its recipient, name patterns, storage kinds, years, and the
// exempt audience-measurement conditions, in the documents and the report, and the 400s that guard them.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, reportLines, type AdminSession } from '../helpers/admin';
import { documentsOf } from '../helpers/documents';
import { seedFixture, type Fixture } from '../helpers/fixtures';
import { demoData } from '../helpers/seed';
import { UID } from '../../server/src/uids';

let app: TestApp;
let admin: AdminSession;
const SLUG = 'trackers-v2';

const docs = (uid: string) => documentsOf(app.strapi, uid);
const get = (url: string) => request(app.server).get(url);

/** The demo company under another slug, with a Hotjar tracker in local storage whose provider is left to its recipient. */
const fixture = (): Fixture => {
  const data = demoData();
  data.organization.slug = SLUG;
  data.recipients.push({
    key: 'hotjar',
    name: 'Hotjar Ltd',
    category: 'processor',
    country: 'MT',
    transferSafeguard: 'none-needed',
    fr: { description: 'Cartes de clics de nos pages.' },
    en: { description: 'Click maps of our pages.' },
  });
  data.cookies.push({
    name: '_hjSessionUser_123',
    namePattern: '_hjSessionUser_*',
    provider: null,
    recipient: 'hotjar',
    party: 'third',
    storage: 'local-storage',
    category: 'analytics',
    lifetimeValue: 1,
    lifetimeUnit: 'years',
    fr: { purpose: 'Reconnaît votre navigateur d’une visite à l’autre pour les cartes de clics.' },
    en: { purpose: 'Recognises your browser from one visit to the next for click maps.' },
  });
  // LinkedIn, a joint controller for the share button, names a contact point for the joint processing (Art. 26(1)).
  data.recipients.find((r: { key: string }) => r.key === 'linkedin').jointContactPoint = 'dpo@linkedin.example';
  return data;
};

const text = async (path: string, locale: string): Promise<string> => {
  const response = await get(`/api/privacy/${path}?organization=${SLUG}&locale=${locale}&format=text`);
  expect(response.status).toBe(200);
  return response.text;
};

const reportCodes = (): Promise<string[]> => reportLines(app, admin, SLUG);

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, fixture());
});

afterAll(async () => {
  await app?.stop();
});

describe('a tracker linked to its recipient', () => {
  test('shows the recipient as its provider, its pattern, its storage and its lifetime in years', async () => {
    const english = await text('cookie-policy', 'en');
    expect(english).toContain('_hjSessionUser_123 and _hjSessionUser_* (Hotjar Ltd, a third party, local storage)');
    expect(english).toContain('Lifetime: 1 year.');
    const french = await text('cookie-policy', 'fr');
    expect(french).toContain('_hjSessionUser_123 et _hjSessionUser_* (Hotjar Ltd, un tiers, stockage local)');
  });

  test('makes its recipient a recipient of the privacy policy, though no purpose names it', async () => {
    expect(await text('policy', 'en')).toContain('Hotjar Ltd (processor): click maps of our pages.');
  });

  test('is not reported as a tracker whose provider is not a recipient', async () => {
    expect((await reportCodes()).filter((code) => code.startsWith('trackerProviderNotRecipient'))).toEqual([]);
  });

  test('unlinked, a provider that names no recipient is reported again', async () => {
    const [cookie] = await docs(UID.cookie).findMany({ locale: 'en', filters: { name: '_hjSessionUser_123' } });
    for (const locale of ['en', 'fr']) {
      await docs(UID.cookie).update({ documentId: cookie.documentId, locale, data: { provider: 'Contentsquare', recipient: null } });
    }
    expect((await reportCodes()).filter((code) => code.startsWith('trackerProviderNotRecipient _hj'))).toEqual([
      'trackerProviderNotRecipient _hjSessionUser_123 en',
      'trackerProviderNotRecipient _hjSessionUser_123 fr',
    ]);
    // The recipient is back: not reported any more (the report reads drafts).
    const [hotjar] = await docs(UID.recipient).findMany({ locale: 'en', filters: { name: 'Hotjar Ltd' } });
    for (const locale of ['en', 'fr']) {
      await docs(UID.cookie).update({ documentId: cookie.documentId, locale, data: { recipient: hotjar.documentId } });
    }
    expect((await reportCodes()).filter((code) => code.startsWith('trackerProviderNotRecipient _hj'))).toEqual([]);
  });
});

describe('a joint controller (Art. 26)', () => {
  test('the policy prints the essence of the arrangement and the contact point, in each language', async () => {
    const english = await text('policy', 'en');
    expect(english).toContain(
      '- What we agreed with LinkedIn Ireland Unlimited Company: we place the button, LinkedIn answers for the use of the data collected.'
    );
    expect(english).toContain('- For this joint processing, you may write to dpo@linkedin.example, or to either of us.');
    const french = await text('policy', 'fr');
    expect(french).toContain('- Ce que nous avons convenu avec LinkedIn Ireland Unlimited Company\u00a0: nous plaçons le bouton');
    expect(french).toContain('vous pouvez écrire à dpo@linkedin.example, ou à l’un ou l’autre d’entre nous.');
  });

  test('without the arrangement, the report warns in each locale', async () => {
    const [linkedin] = await docs(UID.recipient).findMany({ locale: 'en', filters: { name: 'LinkedIn Ireland Unlimited Company' } });
    expect((await reportCodes()).filter((code) => code.startsWith('jointArrangement'))).toEqual([]);
    await docs(UID.recipient).update({ documentId: linkedin.documentId, locale: 'fr', data: { jointArrangement: null } });
    expect((await reportCodes()).filter((code) => code.startsWith('jointArrangement'))).toEqual([
      'jointArrangement LinkedIn Ireland Unlimited Company fr',
    ]);
  });
});

describe('the exempt audience-measurement conditions', () => {
  test('statistics kept over 25 months, or a lifetime extended on each visit, lose the exemption in the report', async () => {
    const [matomo] = await docs(UID.cookie).findMany({ locale: 'en', filters: { name: '_pk_id.1.c4f2' } });
    // Shared fields, written in each locale: how Strapi copies them to the other locales differs between databases.
    const write = async (data: Record<string, unknown>) => {
      for (const locale of ['en', 'fr']) await docs(UID.cookie).update({ documentId: matomo.documentId, locale, data });
    };
    await write({ statisticsRetentionMonths: 37, extendedOnEachVisit: true });
    const codes = await reportCodes();
    for (const locale of ['en', 'fr']) {
      expect(codes).toContain(`exemptStatistics _pk_id.1.c4f2 ${locale}`);
      expect(codes).toContain(`exemptExtended _pk_id.1.c4f2 ${locale}`);
    }
    await write({ statisticsRetentionMonths: 25, extendedOnEachVisit: false });
    const after = await reportCodes();
    expect(after.filter((code) => code.startsWith('exempt'))).toEqual([]);
  });
});

describe('the save rules', () => {
  const create = async (body: Record<string, unknown>) => {
    const [organization] = await docs(UID.organization).findMany({ locale: 'en', filters: { slug: SLUG } });
    return request(app.server)
      .post(`/content-manager/collection-types/${UID.cookie}?locale=en`)
      .set(admin.auth)
      .send({ organization: organization.documentId, category: 'analytics', purpose: 'Test.', lifetimeUnit: 'session', ...body });
  };

  test.each([
    ['neither a provider nor a recipient', { name: 'no_provider' }, 'provider', /provider is empty and no recipient is linked/],
    ['a pattern without a star', { name: 'x1', provider: 'X', namePattern: '_x_' }, 'namePattern', /is not a name pattern/],
    ['a pattern with a space', { name: 'x2', provider: 'X', namePattern: '_x *' }, 'namePattern', /is not a name pattern/],
    ['zero months of statistics', { name: 'x3', provider: 'X', statisticsRetentionMonths: 0 }, 'statisticsRetentionMonths', /from 1/],
  ])('%s is refused with a 400 naming the field, and nothing is stored', async (_case, body, field, message) => {
    const before = await docs(UID.cookie).count({ locale: 'en' });
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(field);
    expect(response.body.error.message).toMatch(message);
    expect(await docs(UID.cookie).count({ locale: 'en' })).toBe(before);
  });

  test('a cookie with a recipient and no provider is saved; clearing the recipient then is refused', async () => {
    const [hotjar] = await docs(UID.recipient).findMany({ locale: 'en', filters: { name: 'Hotjar Ltd' } });
    const created = await create({ name: '_hjid', recipient: { connect: [{ documentId: hotjar.documentId }] } });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    // The Content Manager sends an untouched relation as empty connect and disconnect lists: the stored one counts.
    const untouched = await request(app.server)
      .put(`/content-manager/collection-types/${UID.cookie}/${documentId}?locale=en`)
      .set(admin.auth)
      .send({ purpose: 'Changed.', recipient: { connect: [], disconnect: [] } });
    expect(untouched.status).toBe(200);
    const cleared = await request(app.server)
      .put(`/content-manager/collection-types/${UID.cookie}/${documentId}?locale=en`)
      .set(admin.auth)
      .send({ recipient: { connect: [], disconnect: [{ documentId: hotjar.documentId }] } });
    expect(cleared.status).toBe(400);
    expect(cleared.body.error.details.errors[0].path).toEqual(['provider']);
    const stored = await docs(UID.cookie).findOne({ documentId, locale: 'en', populate: ['recipient'] });
    expect(stored?.recipient?.documentId).toBe(hotjar.documentId);
  });
});
