// The Content Manager's preview button on the plugin's entries, on a real Strapi: Strapi's own preview URL route asks the
// plugin's handler, whose signed link opens the generated policy of the entry's organization, drafts included.
import request from 'supertest';
import { HtmlValidate } from 'html-validate';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loadFixture, seedFixture } from '../helpers/fixtures';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { signPreview } from '../../server/src/preview/signed-link';
import { UID } from '../../server/src/uids';

let app: TestApp;
let admin: AdminSession;
const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:document'] });

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, loadFixture('acme'));
  admin = await loginAsSuperAdmin(app);
});

afterAll(async () => {
  await app?.stop();
});

const first = async (uid: string, filters: Record<string, unknown> = {}) => {
  const entry = await documentsOf(app.strapi, uid).findFirst({ locale: 'en', filters });
  if (!entry) throw new Error(`no ${uid}`);
  return entry.documentId as string;
};

/** What the Content Manager's "Open preview" asks Strapi for. */
const previewUrl = (uid: string, documentId: string, locale: string, status: 'draft' | 'published') =>
  request(app.server).get(`/content-manager/preview/url/${uid}`).query({ documentId, locale, status }).set(admin.auth);

const open = async (uid: string, documentId: string, locale: string, status: 'draft' | 'published') => {
  const answer = await previewUrl(uid, documentId, locale, status);
  expect(answer.status).toBe(200);
  const url: string = answer.body.data.url;
  expect(url.startsWith('/api/privacy/preview?')).toBe(true);
  return { url, page: await request(app.server).get(url) };
};

test("a purpose's draft preview shows its organization's privacy policy with the unpublished change, in the entry's locale", async () => {
  const documentId = await first(UID.purpose, { legalBasis: 'consent', organization: { slug: 'acme' } });
  await documentsOf(app.strapi, UID.purpose).update({ documentId, locale: 'fr', data: { name: 'Club fidélité en brouillon' } });
  const { url, page } = await open(UID.purpose, documentId, 'fr', 'draft');
  const parameters = new URL(url, 'http://x').searchParams;
  expect(Object.fromEntries(['organization', 'locale', 'kind', 'status'].map((name) => [name, parameters.get(name)]))).toEqual({
    organization: 'acme',
    locale: 'fr',
    kind: 'privacy-policy',
    status: 'draft',
  });
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(page.headers['cache-control']).toBe('no-store');
  expect(page.headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(page.text).toContain('<html lang="fr">');
  expect(page.text).toContain('Club fidélité en brouillon');
  // Not published: the public policy does not have it, and neither does the preview of the published tab.
  const published = await request(app.server).get('/api/privacy/policy?organization=acme&locale=fr&format=text');
  expect(published.text).not.toContain('Club fidélité en brouillon');
  const publishedPreview = await open(UID.purpose, documentId, 'fr', 'published');
  expect(publishedPreview.page.status).toBe(200);
  expect(publishedPreview.page.text).not.toContain('Club fidélité en brouillon');
  const messages = (await validator.validateString(page.text)).results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
  expect(messages).toEqual([]);
});

test("a cookie's preview is its organization's cookie policy, and a DPO's that of the organization naming it", async () => {
  const cookie = await open(UID.cookie, await first(UID.cookie, { organization: { slug: 'acme' } }), 'en', 'draft');
  expect(new URL(cookie.url, 'http://x').searchParams.get('kind')).toBe('cookie-policy');
  expect(cookie.page.status).toBe(200);
  const dpo = await open(UID.dpo, await first(UID.dpo), 'en', 'draft');
  expect(new URL(dpo.url, 'http://x').searchParams.get('organization')).toBe('acme');
  expect(dpo.page.status).toBe(200);
});

test("the app's own content types keep their preview setting: no plugin link for them", async () => {
  const answer = await request(app.server)
    .get('/content-manager/preview/url/api::policy-page.policy-page')
    .query({ documentId: 'x', locale: 'en', status: 'draft' })
    .set(admin.auth);
  expect(answer.body?.data?.url ?? undefined).toBeUndefined();
});

test('a link with a changed value, a bad signature or a past expiry answers 403; a missing or unknown parameter 400', async () => {
  const { url } = await open(UID.organization, await first(UID.organization, { slug: 'acme' }), 'en', 'draft');
  const changed = url.replace('status=draft', 'status=published');
  const forged = await request(app.server).get(changed);
  expect(forged.status).toBe(403);
  expect(forged.body.error.message).toMatch(/not valid/);
  const secret = app.strapi.config.get('admin.auth.secret') as string;
  const target = { organization: 'acme', locale: 'en', kind: 'privacy-policy', status: 'draft' as const };
  const expires = Date.now() - 1000;
  const old = new URLSearchParams({ ...target, expires: String(expires), signature: signPreview(secret, target, expires) });
  const expired = await request(app.server).get(`/api/privacy/preview?${old}`);
  expect(expired.status).toBe(403);
  expect(expired.body.error.message).toMatch(/expired/);
  const missing = await request(app.server).get(url.replace(/&signature=[^&]+/, ''));
  expect(missing.status).toBe(400);
  expect(missing.body.error.details.errors[0].path).toEqual(['signature']);
  const unknown = await request(app.server).get(`${url}&format=json`);
  expect(unknown.status).toBe(400);
  expect(unknown.body.error.details.errors[0].path).toEqual(['format']);
  const post = await request(app.server).post(url);
  expect(post.status).toBe(405);
});
