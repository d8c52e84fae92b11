// The rights-request and breach registers on a real Strapi: create, extend, answer, overdue, the 72 hours, the cross-field 400s and the letters in fr and en.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { loadFixture, seedFixture } from '../helpers/fixtures';

let app: TestApp;
let admin: AdminSession;

const post = (path: string, body: unknown) =>
  request(app.server)
    .post(path)
    .set(admin.auth)
    .send(body as object);
const put = (path: string, body: unknown) =>
  request(app.server)
    .put(path)
    .set(admin.auth)
    .send(body as object);
const get = (path: string) => request(app.server).get(path).set(admin.auth);

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

const accessRequest = {
  organization: 'acme',
  kind: 'access',
  receivedAt: '2026-01-31T09:00:00Z',
  channel: 'email',
  requester: 'client-4521@example.test',
  dataSubjectCategories: 'Customers',
};

const errorPaths = (body: { error: { details: { errors: Array<{ path: string[] }> } } }): string[] =>
  body.error.details.errors.map((e) => e.path.join('.'));

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, loadFixture('acme'));
});

afterAll(async () => {
  await app?.stop();
});

describe('rights requests', () => {
  let id: string;

  test('a request received on 31 January is due on 28 February, computed, and overdue once that day has passed', async () => {
    const created = await post('/privacy/rights-requests', accessRequest);
    expect(created.status).toBe(201);
    id = created.body.data.documentId;
    expect(created.body.data).toMatchObject({ organization: 'acme', kind: 'access', status: 'received' });
    expect(created.body.data.clock).toMatchObject({ receivedOn: '2026-01-31', dueOn: '2026-02-28', extended: false });
    // The tests run after February 2026: this request is overdue.
    expect(created.body.data.clock.overdue).toBe(Date.now() > Date.parse('2026-02-28T23:00:00Z'));
    const listed = await get('/privacy/rights-requests?organization=acme');
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((r: { documentId: string }) => r.documentId)).toContain(id);
  });

  test('a request received yesterday is on time, with about a month left', async () => {
    const created = await post('/privacy/rights-requests', { ...accessRequest, kind: 'erasure', receivedAt: daysAgo(1) });
    expect(created.status).toBe(201);
    expect(created.body.data.clock).toMatchObject({ overdue: false, state: 'on-time' });
    expect(created.body.data.clock.daysLeft).toBeGreaterThanOrEqual(26);
    expect(created.body.data.clock.daysLeft).toBeLessThanOrEqual(30);
  });

  test('the due date is computed, never typed: a dueOn in the body is refused', async () => {
    const response = await post('/privacy/rights-requests', { ...accessRequest, dueOn: '2030-01-01' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/unknown field dueOn/);
  });

  test('an extension needs its reason, told within the first month; then the request is due three months after receipt', async () => {
    const noReason = await put(`/privacy/rights-requests/${id}`, { extensionNotifiedAt: '2026-02-20T10:00:00Z' });
    expect(noReason.status).toBe(400);
    expect(errorPaths(noReason.body)).toEqual(['extensionReason']);
    expect(noReason.body.error.message).toContain('GDPR Art. 12(3)');

    const tooLate = await put(`/privacy/rights-requests/${id}`, {
      extensionNotifiedAt: '2026-03-02T10:00:00Z',
      extensionReason: 'Many files',
    });
    expect(tooLate.status).toBe(400);
    expect(errorPaths(tooLate.body)).toEqual(['extensionNotifiedAt']);

    const extended = await put(`/privacy/rights-requests/${id}`, {
      extensionNotifiedAt: '2026-02-20T10:00:00Z',
      extensionReason: 'Your data is spread over several archives',
      status: 'in-progress',
    });
    expect(extended.status).toBe(200);
    expect(extended.body.data.clock).toMatchObject({ extended: true, firstDueOn: '2026-02-28', dueOn: '2026-04-30' });
  });

  test('answered: needs the date; then never overdue, and says whether the answer left late', async () => {
    const noDate = await put(`/privacy/rights-requests/${id}`, { status: 'answered' });
    expect(noDate.status).toBe(400);
    expect(errorPaths(noDate.body)).toEqual(['answeredAt']);
    const answered = await put(`/privacy/rights-requests/${id}`, {
      status: 'answered',
      answeredAt: '2026-04-15T08:00:00Z',
      outcome: 'granted',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.data.clock).toMatchObject({ state: 'answered', overdue: false, answeredLate: false });
    const stored = (await get(`/privacy/rights-requests/${id}`)).body.data;
    expect(stored).toMatchObject({ status: 'answered', outcome: 'granted', answeredAt: '2026-04-15T08:00:00.000Z' });
  });

  test('a refusal needs its reasons (Art. 12(4)); an identity check needs its doubt (Art. 12(6))', async () => {
    const refused = await post('/privacy/rights-requests', { ...accessRequest, status: 'refused', answeredAt: '2026-02-10T08:00:00Z' });
    expect(refused.status).toBe(400);
    expect(errorPaths(refused.body)).toEqual(['refusalReasons']);
    const identity = await post('/privacy/rights-requests', { ...accessRequest, identityCheckRequestedAt: '2026-02-01T08:00:00Z' });
    expect(identity.status).toBe(400);
    expect(errorPaths(identity.body)).toEqual(['identityCheckReason']);
    expect(identity.body.error.message).toContain('GDPR Art. 12(6)');
  });

  test.each([
    [{ ...accessRequest, receivedAt: 'yesterday' }, 'receivedAt'],
    [{ ...accessRequest, kind: 'everything' }, 'kind'],
    [{ ...accessRequest, organization: 'nobody' }, 'organization'],
    [{ ...accessRequest, requester: undefined }, 'requester'],
    [{ ...accessRequest, requester: 'x'.repeat(300) }, 'requester'],
    [{ ...accessRequest, channel: 42 }, 'channel'],
  ])('bad input is a 400 naming the field, and nothing is written (%#)', async (body, field) => {
    const before = (await get('/privacy/rights-requests')).body.data.length;
    const response = await post('/privacy/rights-requests', body);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(errorPaths(response.body)).toContain(field);
    expect((await get('/privacy/rights-requests')).body.data.length).toBe(before);
  });

  test('a body that is not an object, an unknown id and a malformed id are 400, 404, 400', async () => {
    expect((await post('/privacy/rights-requests', [accessRequest])).status).toBe(400);
    expect((await get('/privacy/rights-requests/doesnotexist1')).status).toBe(404);
    expect((await get('/privacy/rights-requests/%24ne')).status).toBe(400);
    expect((await request(app.server).delete(`/privacy/rights-requests/${id}`).set(admin.auth)).status).toBe(405);
  });
});

describe('the letters of a request', () => {
  let id: string;

  beforeAll(async () => {
    const created = await post('/privacy/rights-requests', { ...accessRequest, requester: '<script>alert(1)</script>@example.test' });
    id = created.body.data.documentId;
  });

  test('the Art. 15 reply in English names the purposes that concern customers, their recipients, transfers and retention', async () => {
    const response = await get(`/privacy/rights-requests/${id}/letters/access-reply?locale=en`);
    expect(response.status).toBe(200);
    const { text, html, title } = response.body.data;
    expect(title).toBe('Your personal data at Acme');
    for (const expected of [
      'Customer account',
      'Invoicing',
      'CloudCRM Inc.',
      'European Commission’s standard contractual clauses',
      'Ten years',
      'Code de commerce L123-22',
      'https://www.cnil.fr/fr/plaintes',
      'Automated decisions',
      'You can ask for a person to review the decision',
      'rights@acme.test',
      'received your request (access to your data) on 31 January 2026',
    ]) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
    // Newsletter concerns subscribers, not customers.
    expect(text).not.toContain('Newsletter');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;@example.test');
    expect(html).not.toContain('<script>');
  });

  test("the person's categories match in any language, accents and case aside; no automated decision is said so", async () => {
    const created = await post('/privacy/rights-requests', { ...accessRequest, dataSubjectCategories: 'abonnes' });
    const text = (await get(`/privacy/rights-requests/${created.body.data.documentId}/letters/access-reply?locale=en&format=text`)).text;
    expect(text).toContain('Newsletter');
    expect(text).not.toContain('Customer account');
    expect(text).toContain('We make no decision about you based solely on automated processing.');
  });

  test('the same reply in French, as Markdown and text', async () => {
    const markdown = await get(`/privacy/rights-requests/${id}/letters/access-reply?locale=fr&format=markdown`);
    expect(markdown.status).toBe(200);
    expect(markdown.headers['content-type']).toMatch(/^text\/markdown/);
    for (const expected of [
      '# Vos données personnelles chez Acme',
      'Compte client',
      'Facturation',
      'CloudCRM Inc.',
      'Dix ans',
      'le 31 janvier 2026',
    ]) {
      expect([expected, markdown.text.includes(expected)]).toEqual([expected, true]);
    }
    expect(markdown.text).not.toContain("Lettre d'information");
    const text = await get(`/privacy/rights-requests/${id}/letters/access-reply?locale=fr&format=text`);
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    expect(text.text).toContain('Nous avons reçu votre demande (accès à vos données) le 31 janvier 2026.');
  });

  test('the cover letters: extension notice with the new date, erasure done with what the law keeps, refusal with reasons and remedies', async () => {
    await put(`/privacy/rights-requests/${id}`, {
      extensionNotifiedAt: '2026-02-05T10:00:00Z',
      extensionReason: 'Nous devons consulter nos archives',
    });
    const extension = (await get(`/privacy/rights-requests/${id}/letters/extension-notice?locale=fr&format=text`)).text;
    expect(extension).toContain('Nous devons consulter nos archives. Nous vous répondrons donc au plus tard le 30 avril 2026.');
    const erasure = (await get(`/privacy/rights-requests/${id}/letters/erasure-done?locale=en&format=text`)).text;
    expect(erasure).toContain('Ten years (Code de commerce L123-22)');
    expect(erasure).toContain('CloudCRM Inc.');
    await put(`/privacy/rights-requests/${id}`, {
      status: 'refused',
      answeredAt: '2026-03-01T10:00:00Z',
      refusalReasons: 'The request is manifestly excessive',
    });
    const refusal = (await get(`/privacy/rights-requests/${id}/letters/refusal?locale=en&format=text`)).text;
    expect(refusal).toContain('The reasons: The request is manifestly excessive.');
    expect(refusal).toContain('lodge a complaint with a supervisory authority');
    expect((await get(`/privacy/rights-requests/${id}/letters/objection-recorded?locale=en&format=text`)).text).toContain(
      'B2B prospecting'
    );
  });

  test('a breach letter is not a request letter, and an unknown language is refused', async () => {
    const wrong = await get(`/privacy/rights-requests/${id}/letters/breach-notification`);
    expect(wrong.status).toBe(400);
    expect(errorPaths(wrong.body)).toEqual(['letter']);
    expect((await get(`/privacy/rights-requests/${id}/letters/access-reply?locale=xx`)).status).toBe(400);
  });
});

describe('breaches', () => {
  const breach = {
    organization: 'acme',
    title: 'Lost laptop',
    awareAt: hoursAgo(10),
    confidentiality: true,
    dataCategories: 'Names\nE-mail addresses',
    peopleCount: 1200,
    riskLevel: 'high-risk',
    consequences: 'Phishing messages',
    measuresTaken: 'Remote wipe; passwords reset',
    measuresProposed: 'Change your password',
  };

  test('the 72 hours run from awareness: 62 hours left after 10', async () => {
    const created = await post('/privacy/breaches', breach);
    expect(created.status).toBe(201);
    expect(created.body.data.clock).toMatchObject({ late: false, state: 'open' });
    expect(created.body.data.clock.hoursLeft).toBe(61);
    expect(Date.parse(created.body.data.clock.deadline) - Date.parse(created.body.data.awareAt)).toBe(72 * 3_600_000);
  });

  test('notified after 72 hours without reasons: 400 naming lateNotificationReasons and Art. 33(1); with them, notified late', async () => {
    const old = await post('/privacy/breaches', { ...breach, title: 'Old incident', awareAt: '2026-03-27T15:00:00Z' });
    const id = old.body.data.documentId;
    expect(old.body.data.clock.state).toBe('late');
    const noReasons = await put(`/privacy/breaches/${id}`, {
      notifiedAuthorityAt: '2026-03-31T09:00:00Z',
      authorityReference: 'CNIL-2026-0042',
    });
    expect(noReasons.status).toBe(400);
    expect(errorPaths(noReasons.body)).toEqual(['lateNotificationReasons']);
    expect(noReasons.body.error.message).toContain('GDPR Art. 33(1)');
    const notified = await put(`/privacy/breaches/${id}`, {
      notifiedAuthorityAt: '2026-03-31T09:00:00Z',
      authorityReference: 'CNIL-2026-0042',
      lateNotificationReasons: 'The scope was unknown until the forensic report',
    });
    expect(notified.status).toBe(200);
    expect(notified.body.data.clock).toMatchObject({ state: 'notified-late', late: true });

    const draft = (await get(`/privacy/breaches/${id}/letters/breach-notification?locale=fr&format=text`)).text;
    for (const expected of [
      'Acme Données SA',
      'SIREN 123 456 789',
      'Alex Martin',
      'perte de confidentialité',
      'Names, E-mail addresses',
      'CNIL-2026-0042',
      'The scope was unknown until the forensic report',
      'risque élevé pour les personnes',
      'Suite d’une notification initiale',
    ]) {
      expect([expected, draft.includes(expected)]).toEqual([expected, true]);
    }
    expect(draft).toMatch(/Nombre approximatif de personnes\s:\senviron 1\s200/);
    const communication = (await get(`/privacy/breaches/${id}/letters/breach-communication?locale=en&format=text`)).text;
    for (const expected of [
      'What happened',
      'Names, E-mail addresses',
      'Phishing messages',
      'Remote wipe; passwords reset',
      'Change your password',
      'dpo@acme.test',
    ]) {
      expect([expected, communication.includes(expected)]).toEqual([expected, true]);
    }
  });

  test('bad input: an unknown risk level, a negative count, a string for a boolean, occurredTo before occurredFrom', async () => {
    for (const [body, field] of [
      [{ ...breach, riskLevel: 'medium' }, 'riskLevel'],
      [{ ...breach, peopleCount: -1 }, 'peopleCount'],
      [{ ...breach, availability: 'yes' }, 'availability'],
      [{ ...breach, occurredFrom: '2026-03-02T00:00:00Z', occurredTo: '2026-03-01T00:00:00Z' }, 'occurredTo'],
      [{ ...breach, awareAt: undefined }, 'awareAt'],
    ] as const) {
      const response = await post('/privacy/breaches', body);
      expect([field, response.status]).toEqual([field, 400]);
      expect(errorPaths(response.body)).toContain(field);
    }
  });

  test('breaches are never deleted (Art. 33(5)): DELETE is a 405', async () => {
    const any = (await get('/privacy/breaches')).body.data[0];
    const response = await request(app.server).delete(`/privacy/breaches/${any.documentId}`).set(admin.auth);
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, PUT');
  });
});
