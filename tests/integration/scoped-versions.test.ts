// A publish records versions (and drops cached answers) only for the organizations it can change, on a real Strapi: after
// random sequences of writes across three organizations linked by a shared DPO and a shared recipient (used by another
// organization's purpose and by another organization's cookie), a full re-record finds nothing left to record.
import fc from 'fast-check';
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loadFixture, seedFixture, type Fixture } from '../helpers/fixtures';
import { UID } from '../../server/src/uids';

let app: TestApp;
const LOCALES = ['fr', 'en'];

const organizationFixture = (slug: string): Fixture => {
  const fixture = loadFixture('acme');
  fixture.organization = { ...fixture.organization, slug, name: `Organization ${slug}`, tradeName: null };
  fixture.purposes = fixture.purposes.filter((p: { key: string }) => ['consent', 'contract', 'interest'].includes(p.key));
  return fixture;
};

const docs = (uid: string) => documentsOf(app.strapi, uid);
const idOf = async (uid: string, filters: Record<string, unknown>): Promise<string> => {
  const entry = await docs(uid).findFirst({ locale: 'en', filters });
  if (!entry) throw new Error(`no ${uid} matching ${JSON.stringify(filters)}`);
  return entry.documentId as string;
};
const ofOrganization = (slug: string) => ({ organization: { slug } });

/** Updates one entry in both locales and publishes it, as an editor would in the Content Manager. */
const edit = async (uid: string, documentId: string, data: (locale: string) => Record<string, unknown>): Promise<void> => {
  for (const locale of LOCALES) {
    await docs(uid).update({ documentId, locale, data: data(locale) });
    await docs(uid).publish({ documentId, locale });
  }
};

const versions = () => app.strapi.plugin('privacy').service('versions');
const versionCount = async (): Promise<number> => app.strapi.db.query(UID.policyVersion as never).count({});
const recorded: string[][] = [];

let ids: Record<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  for (const slug of ['alpha', 'beta', 'gamma']) await seedFixture(app, organizationFixture(slug));
  ids = {
    alpha: await idOf(UID.organization, { slug: 'alpha' }),
    gamma: await idOf(UID.organization, { slug: 'gamma' }),
    alphaDpo: (await docs(UID.organization).findFirst({ locale: 'en', filters: { slug: 'alpha' }, populate: ['dpo'] }))?.dpo
      .documentId as string,
    alphaCrm: await idOf(UID.recipient, { name: 'CloudCRM Inc.', ...ofOrganization('alpha') }),
    betaRule: await idOf(UID.retentionRule, ofOrganization('beta')),
    betaInterest: await idOf(UID.purpose, { legalBasis: 'legitimate-interests', ...ofOrganization('beta') }),
    gammaCookie: await idOf(UID.cookie, { name: '_ga', ...ofOrganization('gamma') }),
  };
  // The links that cross organizations: gamma names alpha's DPO, beta's prospecting shares alpha's CRM, and gamma's
  // cookie sends its data to alpha's CRM.
  await edit(UID.organization, ids.gamma, () => ({ dpo: ids.alphaDpo }));
  await edit(UID.purpose, ids.betaInterest, () => ({ recipients: [ids.alphaCrm] }));
  await edit(UID.cookie, ids.gammaCookie, () => ({ recipient: ids.alphaCrm }));
  await versions().recordChanges();
  // Watch which organizations each publish records, without changing what it does.
  const service = versions();
  const original = service.recordChanges.bind(service);
  service.recordChanges = (organizations?: string[]) => {
    recorded.push(organizations ?? ['*']);
    return original(organizations);
  };
});

afterAll(async () => {
  await app?.stop();
});

const WRITES: Record<string, (n: number) => Promise<void>> = {
  'rename alpha': (n) => edit(UID.organization, ids.alpha, (locale) => ({ name: `Alpha ${n} ${locale}` })),
  'shared DPO': (n) => edit(UID.dpo, ids.alphaDpo, (locale) => ({ name: `Officer ${n} ${locale}` })),
  // Its name shows in beta's policy, through beta's purpose.
  "alpha's CRM, used by beta": (n) =>
    edit(UID.recipient, ids.alphaCrm, (locale) => ({ name: `CloudCRM ${n}`, description: `CRM ${n} ${locale}` })),
  "beta's retention rule": (n) => edit(UID.retentionRule, ids.betaRule, (locale) => ({ label: `Rule ${n} ${locale}` })),
  "gamma's cookie": (n) => edit(UID.cookie, ids.gammaCookie, (locale) => ({ purpose: `Statistics ${n} ${locale}.` })),
  "gamma's cookie moves to alpha and back": async (n) => {
    await edit(UID.cookie, ids.gammaCookie, () => ({ organization: ids.alpha }));
    await edit(UID.cookie, ids.gammaCookie, (locale) => ({ organization: ids.gamma, purpose: `Moved ${n} ${locale}.` }));
  },
};

test('after any sequence of writes, a full re-record finds nothing the scoped recording missed', async () => {
  const before = await versionCount();
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...Object.keys(WRITES)), { minLength: 1, maxLength: 3 }), async (sequence) => {
      for (const write of sequence) await WRITES[write]((n += 1));
      expect(await versions().recordChanges()).toEqual([]);
    }),
    { numRuns: 6 }
  );
  // The writes did publish new versions (so the check above had something to miss).
  expect(await versionCount()).toBeGreaterThan(before);
});

test("a write to alpha's CRM publishes a new version of beta's policy, which shows it through beta's purpose", async () => {
  const betaVersions = async () =>
    (await request(app.server).get('/api/privacy/versions?organization=beta&locale=en&kind=privacy-policy')).body.data.length;
  const before = await betaVersions();
  await WRITES["alpha's CRM, used by beta"](2000);
  // One or two: the name is not localized, and whether publishing the French entry also changes the English one's
  // depends on the database (beta's English policy shows the CRM's name and, now, its English description).
  expect(await betaVersions()).toBeGreaterThan(before);
  const text = (await request(app.server).get('/api/privacy/policy?organization=beta&locale=en&format=text')).text;
  expect(text).toContain('CloudCRM 2000');
});

test("each write records only the organizations it reaches: gamma's cookie is gamma's alone, the shared DPO is alpha's and gamma's, alpha's CRM all three", async () => {
  recorded.length = 0;
  await WRITES["gamma's cookie"](1000);
  expect(new Set(recorded.flat())).toEqual(new Set(['gamma']));
  recorded.length = 0;
  await WRITES['shared DPO'](1001);
  expect(new Set(recorded.flat())).toEqual(new Set(['alpha', 'gamma']));
  recorded.length = 0;
  await WRITES["alpha's CRM, used by beta"](1002);
  expect(new Set(recorded.flat())).toEqual(new Set(['alpha', 'beta', 'gamma']));
});

test("a write to gamma's cookie drops gamma's cached answers and keeps alpha's", async () => {
  const cache = app.strapi.plugin('privacy').service('cache');
  const get = (slug: string) => request(app.server).get(`/api/privacy/cookie-policy?organization=${slug}&locale=en&format=text`);
  await get('alpha');
  await get('gamma');
  const before = cache.stats();
  await WRITES["gamma's cookie"](3000);
  const alpha = await get('alpha');
  const afterAlpha = cache.stats();
  expect(afterAlpha.hits).toBe(before.hits + 1);
  expect(afterAlpha.misses).toBe(before.misses);
  const gamma = await get('gamma');
  expect(cache.stats().misses).toBe(before.misses + 1);
  expect(gamma.text).toContain('Statistics 3000 en.');
  expect(alpha.text).not.toContain('Statistics 3000');
});

test("gamma's privacy policy discloses alpha's CRM, which only gamma's cookie links to", async () => {
  const text = (await request(app.server).get('/api/privacy/policy?organization=gamma&locale=en&format=text')).text;
  const start = text.indexOf('Who receives your data');
  expect(start).toBeGreaterThan(-1);
  const section = text.slice(start, text.indexOf('\n\n', start + 'Who receives your data'.length + 2));
  expect(section).toContain('CloudCRM');
});

test('a slug of 255 characters gets a revision marker that fits the core store key, and its cached answers go', async () => {
  const cache = app.strapi.plugin('privacy').service('cache');
  const slug = 'l'.repeat(255);
  await cache.invalidate([slug]);
  const rows = (await app.strapi.db
    .query('strapi::core-store' as never)
    .findMany({ where: { key: { $startsWith: 'plugin_privacy_revision:' } }, select: ['key'] })) as Array<{ key: string }>;
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.key.length).toBeLessThanOrEqual(255);
  expect(rows.some((row) => row.key.includes('l'.repeat(40)))).toBe(false);
});
