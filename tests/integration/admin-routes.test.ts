// The admin routes on a real Strapi: completeness report, draft preview, Art. 30 register (JSON and CSV), and their permissions.
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { loadFixture, seedFixture } from '../helpers/fixtures';

let app: TestApp;
let admin: AdminSession;
let orgId: string;
let retentionId: string;

const asAdmin = (path: string) => request(app.server).get(path).set(admin.auth);
const docs = (uid: string) => documentsOf(app.strapi, `plugin::privacy.${uid}`);

interface Item {
  severity: string;
  code: string;
  article: string;
  entry: string;
  locale: string;
  field: string | null;
  message: string;
  editPath: string | null;
}

const report = async (lang = 'en'): Promise<{ summary: { errors: number; warnings: number }; items: Item[] }> => {
  const response = await asAdmin(`/privacy/report?organization=acme&lang=${lang}`);
  expect(response.status).toBe(200);
  return response.body.data;
};

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, loadFixture('acme'));
  orgId = (await docs('organization').findFirst({ locale: 'en', filters: { slug: 'acme' } }))?.documentId;
  retentionId = (await docs('retention-rule').findFirst({ locale: 'en', filters: { label: 'Three years' } }))?.documentId;
});

afterAll(async () => {
  await app?.stop();
});

describe('completeness report', () => {
  test('the complete fixture has no error', async () => {
    const data = await report();
    expect(data.items.filter((i) => i.severity === 'error')).toEqual([]);
    expect(data.summary.errors).toBe(0);
  });

  test('each contradiction of an incomplete draft is reported with severity, article, field and a link to fix it', async () => {
    await docs('recipient').create({
      locale: 'en',
      data: { organization: orgId, name: 'Offshore Mailer', category: 'processor', country: 'IN', transferSafeguard: 'none-needed' },
    });
    await docs('cookie').create({
      locale: 'en',
      data: {
        organization: orgId,
        name: 'tp_stats',
        provider: 'StatsCo',
        party: 'third',
        category: 'audience-measurement-exempt',
        purpose: 'Stats',
        lifetimeValue: 24,
        lifetimeUnit: 'months',
      },
    });
    await docs('purpose').create({
      locale: 'en',
      data: { organization: orgId, name: 'Contest', legalBasis: 'consent', consentForm: 'none', dataCategories: 'E-mail' },
    });

    const data = await report();
    const find = (code: string, entry: string) => data.items.find((i) => i.code === code && i.entry === entry && i.locale === 'en');
    expect(find('transferSafeguard', 'Offshore Mailer')).toMatchObject({
      severity: 'error',
      article: 'GDPR Art. 13(1)(f), 44-46',
      field: 'transferSafeguard',
    });
    expect(find('exemptThirdParty', 'tp_stats')).toMatchObject({ severity: 'error', field: 'party' });
    expect(find('exemptLifetime', 'tp_stats')).toMatchObject({ severity: 'error', field: 'lifetimeValue' });
    expect(find('purposeRetention', 'Contest')).toMatchObject({ severity: 'error', article: 'GDPR Art. 13(2)(a)' });
    expect(find('consentForm', 'Contest')).toMatchObject({ severity: 'warning' });
    // Created only in English: the French locale misses it.
    expect(data.items.find((i) => i.code === 'missingTranslation' && i.entry === 'Contest' && i.locale === 'fr')).toBeDefined();
    const link = find('transferSafeguard', 'Offshore Mailer')?.editPath ?? '';
    expect(link).toMatch(/^\/content-manager\/collection-types\/plugin::privacy\.recipient\/\w+\?plugins\[i18n\]\[locale\]=en$/);
    expect(data.summary.errors).toBe(data.items.filter((i) => i.severity === 'error').length);
    expect(data.items[0].severity).toBe('error');
  });

  test("messages come in the editor's language, the findings stay the same", async () => {
    const en = await report('en');
    const fr = await report('fr');
    expect(fr.items.map((i) => i.code)).toEqual(en.items.map((i) => i.code));
    expect(fr.items.find((i) => i.code === 'transferSafeguard')?.message).toBe(
      'Le destinataire est hors de l’EEE (IN) sans garantie de transfert.'
    );
    expect(en.items.find((i) => i.code === 'transferSafeguard')?.message).toBe(
      'The recipient is outside the EEA (IN) without a transfer safeguard.'
    );
  });

  test('an organization without a rights contact nor a DPO is flagged', async () => {
    const org = await docs('organization').findFirst({ locale: 'en', filters: { slug: 'acme' }, populate: ['dpo'] });
    await docs('organization').update({ documentId: orgId, locale: 'en', data: { rightsContactEmail: null, dpo: null } });
    const codes = (await report()).items.filter((i) => i.locale === 'en').map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['rightsContact', 'dpo']));
    await docs('organization').update({
      documentId: orgId,
      locale: 'en',
      data: { rightsContactEmail: 'rights@acme.test', dpo: org?.dpo?.documentId },
    });
  });
});

describe('report rules and Markdown form', () => {
  test('consent made a condition and an undeclared tracker provider are found, and shown in Markdown with escaped names', async () => {
    const purpose = await docs('purpose').create({
      locale: 'en',
      data: {
        organization: orgId,
        name: 'Sign-up *perks*',
        legalBasis: 'consent',
        requirement: 'required-to-sign-up',
        consentForm: 'newsletter',
        dataCategories: 'E-mail',
      },
    });
    const cookie = await docs('cookie').create({
      locale: 'en',
      data: {
        organization: orgId,
        name: 'px_id',
        provider: 'Pixel Corp',
        party: 'third',
        category: 'advertising',
        purpose: 'Ads',
        lifetimeValue: 3,
        lifetimeUnit: 'months',
      },
    });
    try {
      const data = await report();
      const find = (code: string, entry: string) => data.items.find((i) => i.code === code && i.entry === entry && i.locale === 'en');
      expect(find('consentAsCondition', 'Sign-up *perks*')).toMatchObject({
        severity: 'error',
        field: 'requirement',
        article: 'GDPR Art. 7(4), EDPB Guidelines 05/2020 on consent §3.1.2',
      });
      expect(find('trackerProviderNotRecipient', 'px_id')).toMatchObject({
        severity: 'warning',
        field: 'provider',
        article: 'GDPR Art. 13(1)(e)',
      });

      const markdown = await asAdmin('/privacy/report?organization=acme&lang=fr&format=markdown');
      expect(markdown.status).toBe(200);
      expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
      // French typography puts a narrow no-break space before the colon; compared here with plain spaces.
      const text = markdown.text.replace(/[\u00a0\u202f]/g, ' ');
      expect(text.startsWith('# Rapport de complétude : acme\n')).toBe(true);
      expect(text).toContain(`- Erreurs : ${data.summary.errors}\n- Avertissements : ${data.summary.warnings}`);
      const line = text.split('\n').find((l) => l.includes('Sign-up')) ?? '';
      expect(line).toContain('**Erreur** — Entrée : Sign-up \\*perks\\* — Langue : en — Champ : `requirement`');
      expect(line).toContain('Source : GDPR Art. 7(4), EDPB Guidelines 05/2020 on consent §3.1.2');
      expect(line).toMatch(
        /\[Modifier dans le Content Manager\]\(<\/content-manager\/collection-types\/plugin::privacy\.purpose\/\w+\?plugins\[i18n\]\[locale\]=en>\)$/
      );
      expect(text.split('\n').filter((l) => l.startsWith('- **')).length).toBe(data.items.length);

      const bad = await asAdmin('/privacy/report?organization=acme&format=pdf');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toBe('format must be one of json, markdown');
    } finally {
      await docs('purpose').delete({ documentId: purpose.documentId, locale: 'en' });
      await docs('cookie').delete({ documentId: cookie.documentId, locale: 'en' });
    }
  });
});

describe('dpiaScreening on a real Strapi', () => {
  test('a purpose meeting two DPIA criteria is a warning whose message lists them in the admin language', async () => {
    const purpose = await docs('purpose').create({
      locale: 'en',
      data: {
        organization: orgId,
        name: 'Staff performance scoring',
        legalBasis: 'legitimate-interests',
        legitimateInterest: 'Managing the teams',
        profiling: true,
        profilingLogic: 'A score from the yearly review.',
        dataSubjectCategories: 'employees',
        dataCategories: 'Review notes',
        retention: retentionId,
      },
    });
    try {
      const find = async (lang: string) =>
        (await report(lang)).items.find((i) => i.code === 'dpiaScreening' && i.entry === 'Staff performance scoring');
      expect(await find('en')).toMatchObject({ severity: 'warning', field: null });
      expect((await find('en'))?.message).toContain('meets 2 of the criteria');
      expect((await find('en'))?.message).toContain('evaluation or scoring, vulnerable people (children, employees)');
      expect((await find('fr'))?.message.replace(/[\u00a0\u202f]/g, ' ')).toContain(
        'évaluation ou notation, personnes vulnérables (enfants, salariés)'
      );
      await docs('purpose').update({ documentId: purpose.documentId, locale: 'en', data: { dataSubjectCategories: 'customers' } });
      expect(await find('en')).toBeUndefined();
    } finally {
      await docs('purpose').delete({ documentId: purpose.documentId, locale: 'en' });
    }
  });
});

describe('preview', () => {
  test('renders drafts, and says when the draft differs from what is published', async () => {
    const response = await asAdmin('/privacy/preview?organization=acme&locale=en');
    expect(response.status).toBe(200);
    const data = response.body.data;
    expect(data.html).toContain('Contest');
    expect(data.draftDiffers).toBe(true);
    expect(data.wordCount).toBeGreaterThan(100);
    const published = await request(app.server).get('/api/privacy/policy?organization=acme&locale=en&format=text');
    expect(published.text).not.toContain('Contest');

    const cookies = await asAdmin('/privacy/preview?organization=acme&locale=fr&kind=cookie-policy');
    expect(cookies.body.data).toMatchObject({ kind: 'cookie-policy', locale: 'fr', draftDiffers: false });
  });

  test('counts and edition lines are those publishing gives: the current version when unchanged, the next one otherwise', async () => {
    const same = (await asAdmin('/privacy/preview?organization=acme&locale=fr&kind=cookie-policy')).body.data;
    const live = (await request(app.server).get('/api/privacy/cookie-policy?organization=acme&locale=fr')).body.data;
    expect(same.draftDiffers).toBe(false);
    expect(same).toMatchObject({
      version: live.version,
      effectiveAt: live.effectiveAt,
      wordCount: live.wordCount,
      readingMinutes: live.readingMinutes,
    });
    expect(same.sections).toEqual(live.sections);

    const changed = (await asAdmin('/privacy/preview?organization=acme&locale=en')).body.data;
    const current = (await request(app.server).get('/api/privacy/policy?organization=acme&locale=en')).body.data;
    expect(changed.draftDiffers).toBe(true);
    expect(typeof current.version).toBe('number');
    expect(changed.version).toBe(current.version + 1);
    expect(JSON.stringify(changed.sections)).toContain(`Version ${current.version + 1}.`);
    expect(Date.parse(changed.effectiveAt)).toBeGreaterThan(Date.parse(current.effectiveAt));
  });
});

describe('Art. 30 register', () => {
  test('one row per published purpose, none for a draft, every Art. 30(1) column', async () => {
    const response = await asAdmin('/privacy/register?organization=acme&locale=en');
    expect(response.status).toBe(200);
    const rows = response.body.data.rows as Array<Record<string, string>>;
    const published = await docs('purpose').findMany({ locale: 'en', status: 'published', filters: { organization: { slug: 'acme' } } });
    expect(rows.map((r) => r.purpose).sort()).toEqual(published.map((p) => p.name).sort());
    expect(rows.map((r) => r.purpose)).not.toContain('Contest');
    const contract = rows.find((r) => r.purpose === 'Customer account');
    expect(contract).toMatchObject({
      controller: expect.stringContaining('Acme Données SA'),
      dpo: expect.stringContaining('dpo@acme.test'),
      dataSubjects: 'Customers',
      dataCategories: 'Name; E-mail',
      recipients: expect.stringContaining('CloudCRM Inc. (processor)'),
      transfers: expect.stringContaining('United States'),
      retention: expect.stringContaining('Three years'),
      securityMeasures: 'Encryption and restricted access.',
    });
  });

  test('the CSV has French headers for locale=fr, round-trips through a CSV parser, and never starts a cell with a formula', async () => {
    await docs('purpose')
      .create({
        locale: 'fr',
        data: {
          organization: orgId,
          name: '=HYPERLINK("https://evil.test","x")',
          legalBasis: 'consent',
          retention: retentionId,
          description: 'Texte, avec "guillemets"\net retour à la ligne',
        },
      })
      .then((p) => docs('purpose').publish({ documentId: p.documentId, locale: 'fr' }));
    const response = await asAdmin('/privacy/register?organization=acme&locale=fr&format=csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="register-acme-fr.csv"');
    const records = parse(response.text, { bom: true }) as string[][];
    expect(records[0].slice(0, 5)).toEqual([
      'Traitement',
      'Responsable du traitement',
      'Délégué à la protection des données',
      'Finalité(s) du traitement',
      'Base légale',
    ]);
    const json = (await asAdmin('/privacy/register?organization=acme&locale=fr')).body.data.rows as Array<Record<string, string>>;
    expect(records.length - 1).toBe(json.length);
    const evil = records.find((r) => r[0].includes('HYPERLINK'));
    expect(evil?.[0]).toBe('\'=HYPERLINK("https://evil.test","x")');
    expect(evil?.[3]).toBe('Texte, avec "guillemets"\net retour à la ligne');
    for (const record of records) for (const cell of record) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('permissions', () => {
  test('no token is a 401; an Author (no plugin permission) gets a 403 everywhere', async () => {
    expect((await request(app.server).get('/privacy/report')).status).toBe(401);
    const author = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    await app.strapi.service('admin::user').create({
      email: 'author@example.test',
      firstname: 'Au',
      lastname: 'Thor',
      password: 'Author-Test-1234',
      isActive: true,
      registrationToken: null,
      roles: [author.id],
    });
    const login = await request(app.server).post('/admin/login').send({ email: 'author@example.test', password: 'Author-Test-1234' });
    const auth = { Authorization: `Bearer ${login.body.data.token}` };
    for (const path of ['/privacy/report', '/privacy/preview', '/privacy/register', '/privacy/organizations', '/privacy/versions']) {
      expect([path, (await request(app.server).get(path).set(auth)).status]).toEqual([path, 403]);
    }
  });

  test("the plugin's read action alone opens no draft: the preview and the report also need the Content Manager's read on the six types", async () => {
    const roles = app.strapi.service('admin::role') as {
      create(data: { name: string; description: string }): Promise<{ id: number }>;
      assignPermissions(id: number, permissions: Array<Record<string, unknown>>): Promise<unknown>;
    };
    const role = await roles.create({ name: 'Privacy reader', description: 'plugin::privacy.read only' });
    const pluginRead = { action: 'plugin::privacy.read', subject: null, properties: {}, conditions: [] };
    await roles.assignPermissions(role.id, [pluginRead]);
    await app.strapi.service('admin::user').create({
      email: 'reader@example.test',
      firstname: 'Re',
      lastname: 'Ader',
      password: 'Reader-Test-1234',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    const login = await request(app.server).post('/admin/login').send({ email: 'reader@example.test', password: 'Reader-Test-1234' });
    const auth = { Authorization: `Bearer ${login.body.data.token}` };
    const status = async (path: string) => (await request(app.server).get(path).set(auth)).status;
    const drafts = ['/privacy/preview?organization=acme&locale=en&kind=privacy-policy', '/privacy/report?organization=acme'];
    for (const path of drafts) expect([path, await status(path)]).toEqual([path, 403]);
    // What shows no draft stays open to the plugin's action.
    expect(await status('/privacy/organizations')).toBe(200);
    expect(await status('/privacy/versions?organization=acme')).toBe(200);

    // Read on five of the six types is not enough; on all six, the drafts open.
    const uids = ['organization', 'dpo', 'purpose', 'recipient', 'retention-rule', 'cookie'].map((name) => `plugin::privacy.${name}`);
    const cmRead = (subject: string) => ({ action: 'plugin::content-manager.explorer.read', subject, properties: {}, conditions: [] });
    await roles.assignPermissions(role.id, [pluginRead, ...uids.slice(0, 5).map(cmRead)]);
    expect(await status(drafts[0])).toBe(403);
    await roles.assignPermissions(role.id, [pluginRead, ...uids.map(cmRead)]);
    for (const path of drafts) expect([path, await status(path)]).toEqual([path, 200]);
  });

  test('bad admin queries are 400s naming the parameter', async () => {
    const response = await asAdmin('/privacy/report?organization=acme&lang=de');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('lang must be one of en, fr');
    const register = await asAdmin('/privacy/register?organization=acme&format=pdf');
    expect(register.body.error.message).toBe('format must be one of json, csv, xlsx');
  });
});
