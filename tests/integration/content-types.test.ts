// The data model on a real Strapi: the demo seed, each type written and read, the cross-field rules, and nothing raw made public.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { seedDemo, demoData } from '../helpers/seed';
import { documentsOf } from '../helpers/documents';
import { UID } from '../../server/src/uids';

let app: TestApp;
let admin: AdminSession;
let orgId: string;
let retentionId: string;

const docs = (uid: string) => documentsOf(app.strapi, uid);

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  const org = await docs(UID.organization).create({
    locale: 'en',
    data: { name: 'Acme Test', slug: 'acme-test', address: '1 rue de Test, Paris', country: 'FR', email: 'hello@acme.test' },
  });
  orgId = org.documentId;
  const rule = await docs(UID.retentionRule).create({
    locale: 'en',
    data: { organization: orgId, label: 'Three years', durationValue: 3, durationUnit: 'years' },
  });
  retentionId = rule.documentId;
});

afterAll(async () => {
  await app?.stop();
});

describe('the demo seed', () => {
  test('writes the company in French and English, published, and a second run changes nothing', async () => {
    const first = await seedDemo(app.strapi);
    expect(first).toEqual({ created: true, slug: 'courrielia' });
    const second = await seedDemo(app.strapi);
    expect(second).toEqual({ created: false, slug: 'courrielia' });

    const data = demoData();
    for (const locale of ['fr', 'en']) {
      const org = await docs(UID.organization).findFirst({
        locale,
        status: 'published',
        filters: { slug: 'courrielia' },
        populate: ['dpo'],
      });
      expect(org?.name).toBe(data.organization.name);
      expect(org?.securityMeasures).toBe(data.organization[locale].securityMeasures);
      expect((org?.dpo as { email?: string } | undefined)?.email).toBe(data.dpo.email);
      const purposes = await docs(UID.purpose).findMany({
        locale,
        status: 'published',
        filters: { organization: { slug: 'courrielia' } },
        populate: ['recipients', 'retention'],
      });
      expect(purposes.map((p) => p.name).sort()).toEqual(data.purposes.map((p: Record<string, { name: string }>) => p[locale].name).sort());
      for (const purpose of purposes) {
        expect(purpose.retention).toBeTruthy();
      }
      const cookies = await docs(UID.cookie).findMany({ locale, status: 'published', filters: { organization: { slug: 'courrielia' } } });
      expect(cookies).toHaveLength(data.cookies.length);
    }
  });
});

describe('the demo company', () => {
  test('its completeness report is empty: its Google and LinkedIn trackers are linked to their recipients', async () => {
    const response = await request(app.server).get('/privacy/report?organization=courrielia').set(admin.auth);
    expect(response.status).toBe(200);
    const items: Array<{ severity: string; code: string; entry: string; locale: string }> = response.body.data.items;
    // Before the trackers were linked (v2), _ga, _gcl_au and bcookie raised trackerProviderNotRecipient in both locales.
    expect(items.map((item) => `${item.severity} ${item.code} ${item.entry} ${item.locale}`)).toEqual([]);
  });

  test('its trackers make Google and LinkedIn recipients, with their US transfers under the Data Privacy Framework', async () => {
    const policy = await request(app.server).get('/api/privacy/policy?organization=courrielia&locale=en&format=text');
    expect(policy.status).toBe(200);
    expect(policy.text).toContain('Google LLC (processor)');
    expect(policy.text).toContain('LinkedIn Ireland Unlimited Company (joint controller)');
    expect(policy.text).toMatch(/Google LLC, United States: certified under the EU–US Data Privacy Framework/);
    expect(policy.text).toMatch(/LinkedIn Ireland Unlimited Company, Ireland and United States: certified/);
    // A DPF certification is public: no offer of a copy for it (PipeHarbor's clauses have their own details line).
    expect(policy.text).not.toContain('To get a copy of these safeguards');
    const cookies = await request(app.server).get('/api/privacy/cookie-policy?organization=courrielia&locale=fr&format=text');
    expect(cookies.status).toBe(200);
    expect(cookies.text).toContain('_ga et _ga_*');
    expect(cookies.text).toContain('_pk_id.1.c4f2 et _pk_id.*');
    expect(cookies.text).toMatch(/_ga et _ga_\*, _gcl_au\u00a0: Google LLC, États-Unis, certifié au titre du Data Privacy Framework/);
  });

  test.each([
    ['fr', 'kandel-moles'],
    ['en', 'flesch'],
  ])('its privacy policy stays under 1,200 words in %s, with its reading ease beside the count', async (locale, formula) => {
    const response = await request(app.server).get(`/api/privacy/policy?organization=courrielia&locale=${locale}`);
    expect(response.status).toBe(200);
    // 1,000 until v2; the trackers' recipients and their transfers (Art. 13(1)(e), (f)) added about 100 words, the
    // suppression list and the proof of consent (two purposes the policy must list, Art. 13(1)(c)) about 110 more.
    expect(response.body.data.wordCount).toBeLessThan(1200);
    // A page read in a few minutes (200 words a minute): 5 until v2, 6 since the trackers' recipients.
    expect(response.body.data.readingMinutes).toBeLessThanOrEqual(6);
    // Plain-language targets for a notice (WP260 rev.01 §8-12): "fairly easy" or easier on either scale.
    expect(response.body.data.readability).toMatchObject({ formula });
    expect(response.body.data.readability.score).toBeGreaterThanOrEqual(50);
  });
});

describe('each type is written and read through the Document Service', () => {
  const cases: Array<[string, () => Record<string, unknown>, string]> = [
    [UID.dpo, () => ({ name: 'DPO', email: 'dpo@acme.test' }), 'email'],
    [UID.purpose, () => ({ organization: orgId, name: 'Newsletter', legalBasis: 'consent', retention: retentionId }), 'legalBasis'],
    [UID.recipient, () => ({ organization: orgId, name: 'Mailer', category: 'processor', country: 'FR' }), 'category'],
    [UID.retentionRule, () => ({ organization: orgId, label: 'Until unsubscription', criteria: 'until you unsubscribe' }), 'criteria'],
    [
      UID.cookie,
      () => ({
        organization: orgId,
        name: '_pk_id',
        provider: 'Matomo',
        category: 'audience-measurement-exempt',
        purpose: 'Counts visits',
        lifetimeValue: 13,
        lifetimeUnit: 'months',
      }),
      'category',
    ],
  ];
  test.each(cases)('%s', async (uid, data, field) => {
    const input = data();
    const created = await docs(uid).create({ locale: 'en', data: input });
    const read = await docs(uid).findOne({ documentId: created.documentId, locale: 'en' });
    expect(read?.[field]).toEqual(input[field]);
  });

  test('a localized field differs per locale while a shared field follows the first locale', async () => {
    const purpose = await docs(UID.purpose).create({
      locale: 'en',
      data: { organization: orgId, name: 'Invoicing', legalBasis: 'legal-obligation', retention: retentionId },
    });
    await docs(UID.purpose).update({
      documentId: purpose.documentId,
      locale: 'fr',
      data: { name: 'Facturation', legalBasis: 'legal-obligation' },
    });
    const fr = await docs(UID.purpose).findOne({ documentId: purpose.documentId, locale: 'fr' });
    const en = await docs(UID.purpose).findOne({ documentId: purpose.documentId, locale: 'en' });
    expect([fr?.name, en?.name]).toEqual(['Facturation', 'Invoicing']);
    expect(fr?.legalBasis).toBe(en?.legalBasis);
  });
});

describe('cross-field rules (docs/data-model.md)', () => {
  const purpose = (extra: Record<string, unknown>) => ({
    organization: orgId,
    name: 'Rule test',
    legalBasis: 'consent',
    retention: retentionId,
    ...extra,
  });
  const rules: Array<{
    rule: string;
    uid: string;
    accepted: () => Record<string, unknown>;
    rejected: () => Record<string, unknown>;
    field: string;
    message: RegExp;
  }> = [
    {
      rule: 'legitimate interests need the interest',
      uid: UID.purpose,
      accepted: () => purpose({ legalBasis: 'legitimate-interests', legitimateInterest: 'Prospecting our B2B customers' }),
      rejected: () => purpose({ legalBasis: 'legitimate-interests', legitimateInterest: '  ' }),
      field: 'legitimateInterest',
      message: /legitimateInterest is empty.*Art\. 13\(1\)\(d\)/,
    },
    {
      rule: 'an indirect source needs its details',
      uid: UID.purpose,
      accepted: () => purpose({ source: 'third-party', sourceDetails: 'A B2B data provider' }),
      rejected: () => purpose({ source: 'public-source' }),
      field: 'sourceDetails',
      message: /sourceDetails is empty.*'public-source'.*Art\. 14\(2\)\(f\)/,
    },
    {
      rule: 'an automated decision needs its logic',
      uid: UID.purpose,
      accepted: () => purpose({ automatedDecision: true, automatedDecisionLogic: 'A score decides which e-mails are sent' }),
      rejected: () => purpose({ automatedDecision: true }),
      field: 'automatedDecisionLogic',
      message: /automatedDecisionLogic is empty.*Art\. 13\(2\)\(f\)/,
    },
    {
      rule: 'a retention rule needs a duration or criteria',
      uid: UID.retentionRule,
      accepted: () => ({ organization: orgId, label: 'Criteria only', criteria: 'Until the end of the contract' }),
      rejected: () => ({ organization: orgId, label: 'Nothing' }),
      field: 'criteria',
      message: /criteria is empty and there is no duration.*Art\. 13\(2\)\(a\)/,
    },
    {
      rule: 'a duration needs its unit',
      uid: UID.retentionRule,
      accepted: () => ({ organization: orgId, label: 'Two years', durationValue: 2, durationUnit: 'years' }),
      rejected: () => ({ organization: orgId, label: 'Two what?', durationValue: 2 }),
      field: 'durationUnit',
      message: /durationUnit is empty but durationValue is set/,
    },
    {
      rule: 'a cookie lifetime needs its value',
      uid: UID.cookie,
      accepted: () => ({
        organization: orgId,
        name: 'sid',
        provider: 'Us',
        category: 'necessary',
        purpose: 'Session',
        lifetimeUnit: 'session',
      }),
      rejected: () => ({
        organization: orgId,
        name: 'lang',
        provider: 'Us',
        category: 'preferences',
        purpose: 'Language',
        lifetimeUnit: 'months',
      }),
      field: 'lifetimeValue',
      message: /lifetimeValue is empty but lifetimeUnit is 'months'/,
    },
    {
      rule: 'a cookie name is an RFC 6265 token',
      uid: UID.cookie,
      accepted: () => ({
        organization: orgId,
        name: '_pk_id.1.c4f2',
        provider: 'Us',
        category: 'necessary',
        purpose: 'Stats',
        lifetimeUnit: 'session',
      }),
      rejected: () => ({
        organization: orgId,
        name: '<b>c</b>',
        provider: 'Us',
        category: 'necessary',
        purpose: 'Stats',
        lifetimeUnit: 'session',
      }),
      field: 'name',
      message: /name "<b>c<\/b>" is not a cookie name: .*RFC 6265/,
    },
    {
      rule: 'a cookie name never reaches a prototype',
      uid: UID.cookie,
      accepted: () => ({
        organization: orgId,
        name: 'proto',
        provider: 'Us',
        category: 'necessary',
        purpose: 'Stats',
        lifetimeUnit: 'session',
      }),
      rejected: () => ({
        organization: orgId,
        name: '__proto__',
        provider: 'Us',
        category: 'necessary',
        purpose: 'Stats',
        lifetimeUnit: 'session',
      }),
      field: 'name',
      message: /name '__proto__' is reserved/,
    },
  ];

  describe.each(rules)('$rule', ({ uid, accepted, rejected, field, message }) => {
    test('accepted when complete', async () => {
      await expect(docs(uid).create({ locale: 'en', data: accepted() })).resolves.toHaveProperty('documentId');
    });

    test('rejected through the Document Service with the field and the article', async () => {
      const error = await docs(uid)
        .create({ locale: 'en', data: rejected() })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ValidationError' });
      expect((error as Error).message).toMatch(message);
      expect((error as { details: { errors: Array<{ path: string[] }> } }).details.errors[0].path).toEqual([field]);
    });

    test('rejected through the Content Manager with a 400, and nothing is stored', async () => {
      const before = await docs(uid).count({ locale: 'en' });
      const response = await request(app.server)
        .post(`/content-manager/collection-types/${uid}?locale=en`)
        .set(admin.auth)
        .send(rejected());
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.message).toMatch(message);
      expect(response.body.error.details.errors[0].path).toEqual([field]);
      expect(await docs(uid).count({ locale: 'en' })).toBe(before);
    });
  });

  test('an update is checked against the stored entry it only partly changes', async () => {
    const created = await docs(UID.purpose).create({
      locale: 'en',
      data: purpose({ legalBasis: 'legitimate-interests', legitimateInterest: 'Knowing our customers' }),
    });
    const error = await docs(UID.purpose)
      .update({ documentId: created.documentId, locale: 'en', data: { legitimateInterest: '' } })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/legitimateInterest is empty/);
    const stored = await docs(UID.purpose).findOne({ documentId: created.documentId, locale: 'en' });
    expect(stored?.legitimateInterest).toBe('Knowing our customers');
  });

  test('an organization slug must be the same in every locale and unique', async () => {
    const drift = await docs(UID.organization)
      .update({
        documentId: orgId,
        locale: 'fr',
        data: { name: 'Acme Test', slug: 'acme-fr', address: 'x', country: 'FR', email: 'a@acme.test' },
      })
      .catch((e: unknown) => e);
    expect((drift as Error).message).toMatch(/slug must be the same in every locale: it is 'acme-test' in locale 'en'/);

    const same = await docs(UID.organization).update({
      documentId: orgId,
      locale: 'fr',
      data: { name: 'Acme Test', slug: 'acme-test', address: 'x', country: 'FR', email: 'a@acme.test' },
    });
    expect(same?.slug).toBe('acme-test');

    const taken = await docs(UID.organization)
      .create({ locale: 'en', data: { name: 'Other', slug: 'acme-test', address: 'x', country: 'FR', email: 'o@acme.test' } })
      .catch((e: unknown) => e);
    expect((taken as Error).message).toMatch(/slug 'acme-test' is already used by organization 'Acme Test'/);
  });
});

describe('the version table', () => {
  const TABLE = 'privacy_policy_versions';

  test('has the lookup index on (organization, kind, locale, number), in this database', async () => {
    const inspector = (
      app.strapi.db as unknown as {
        dialect: { schemaInspector: { getIndexes(table: string): Promise<Array<{ name: string; columns: string[] }>> } };
      }
    ).dialect.schemaInspector;
    const indexes = await inspector.getIndexes(TABLE);
    expect(indexes.find((index) => index.name === 'privacy_policy_versions_lookup')?.columns).toEqual([
      'organization',
      'kind',
      'locale',
      'number',
    ]);
  });

  // The plan's wording is SQLite's; the index itself is checked above on every database.
  const onSqlite = (process.env.TEST_DB ?? 'sqlite') === 'sqlite' ? test : test.skip;

  onSqlite('the latest-version lookup reads the index, not the whole table (SQLite query plan)', async () => {
    const lookup = app.strapi.db
      .connection(TABLE)
      .where({ organization: 'acme', kind: 'privacy-policy', locale: 'en' })
      .orderBy('number', 'desc')
      .limit(1)
      .toSQL()
      .toNative();
    const plan = (await app.strapi.db.connection.raw(`EXPLAIN QUERY PLAN ${lookup.sql}`, lookup.bindings)) as Array<{ detail: string }>;
    const details = plan.map((row) => row.detail).join(' / ');
    expect(details).toMatch(/USING (COVERING )?INDEX privacy_policy_versions_lookup/);
    expect(details).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
  });
});

describe('nothing raw is public', () => {
  test('the content API has no route to the raw types', async () => {
    for (const path of ['/api/privacy/purposes', '/api/privacy/organizations', '/api/purposes', '/api/privacy-purposes']) {
      const response = await request(app.server).get(path);
      expect(response.status).toBe(404);
    }
  });

  test('GraphQL does not expose the raw types', async () => {
    const response = await request(app.server).post('/graphql').send({ query: '{ __schema { queryType { fields { name } } } }' });
    const names: string[] = response.body.data.__schema.queryType.fields.map((f: { name: string }) => f.name);
    expect(names).toContain('usersPermissionsRole');
    // The generated documents are the only plugin queries: none for the entries themselves.
    const documentQueries = ['privacyPolicy', 'cookiePolicy', 'consentCopy', 'consentEmail', 'policyVersions'];
    expect(
      names.filter(
        (name) => /purpose|organization|recipient|retentionRule|cookie|dpo|policyVersion/i.test(name) && !documentQueries.includes(name)
      )
    ).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(documentQueries));
  });

  test('a draft is never returned as published', async () => {
    const draft = await docs(UID.purpose).create({
      locale: 'en',
      data: { organization: orgId, name: 'Secret draft', legalBasis: 'consent', retention: retentionId },
    });
    const published = await docs(UID.purpose).findMany({ locale: 'en', status: 'published', filters: { name: 'Secret draft' } });
    expect(published).toEqual([]);
    expect(draft.publishedAt).toBeNull();
  });
});
