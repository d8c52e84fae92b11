// The organization's e-mail branding on a real Strapi: a logo and a colour set in the entry reach the HTML e-mail of the
// public route, escaped; unset again, the e-mail is byte for byte what it was; a bad address or colour is a 400 naming the field.
import request from 'supertest';
import { HtmlValidate } from 'html-validate';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loadFixture, seedFixture } from '../helpers/fixtures';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';

const ORGANIZATION = 'plugin::privacy.organization';
const LOGO = 'https://cdn.acme.test/logo.png?v=2&s=1';

let app: TestApp;
let admin: AdminSession;
let documentId: string;

const organizations = () => documentsOf(app.strapi, ORGANIZATION);

/** Saves fields of the organization in both locales and publishes them, as an editor would. */
const saveAndPublish = async (data: Record<string, unknown>): Promise<void> => {
  for (const locale of ['en', 'fr']) {
    await organizations().update({ documentId, locale, data });
    await organizations().publish({ documentId, locale });
  }
};

const emailHtml = async (kind: string, locale: string, esp = 'brevo'): Promise<string> => {
  const response = await request(app.server).get(
    `/api/privacy/consent-copy/emails/${kind}?organization=acme&locale=${locale}&esp=${esp}&format=html`
  );
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/html/);
  return response.text;
};

const emailValidator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: { 'no-deprecated-attr': 'off' },
});

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, loadFixture('acme'));
  admin = await loginAsSuperAdmin(app);
  const org = await organizations().findFirst({ locale: 'en', filters: { slug: 'acme' } });
  documentId = org?.documentId as string;
  // A trade name with characters HTML must escape: it is the logo's alt text.
  await saveAndPublish({ tradeName: 'Acme & <Fils> "Données"' });
});

afterAll(async () => {
  await app?.stop();
});

describe('the e-mail branding', () => {
  test('shows the logo at the top and the colour on the button and links; unset again, the HTML is as before', async () => {
    const before = {
      fr: await emailHtml('double-opt-in', 'fr'),
      en: await emailHtml('b2b-information', 'en', 'mailchimp'),
    };
    expect(before.fr).not.toContain('<img');
    expect(before.fr).toContain('background-color:#1d4ed8;');

    await saveAndPublish({ emailLogoUrl: LOGO, brandColor: '#0B7A75' });
    const stored = await organizations().findFirst({ locale: 'fr', filters: { slug: 'acme' }, status: 'published' });
    expect(stored).toMatchObject({ emailLogoUrl: LOGO, brandColor: '#0B7A75' });

    for (const html of [await emailHtml('double-opt-in', 'fr'), await emailHtml('b2b-information', 'en', 'mailchimp')]) {
      // One image, first in the card, its address and alt text escaped.
      expect(html.match(/<img /g)).toHaveLength(1);
      expect(html).toContain(
        '<img src="https://cdn.acme.test/logo.png?v&#x3D;2&amp;s&#x3D;1" alt="Acme &amp; &lt;Fils&gt; &quot;Données&quot;" width="160"'
      );
      expect(html.indexOf('<img ')).toBeLessThan(html.indexOf('<p '));
      // The colour (written lower-case) on the button; white text reads on it (contrast above 4.5:1), and so do the links.
      expect(html).toContain('<td style="border-radius:6px;background-color:#0b7a75;">');
      expect(html).toMatch(/<a href="[^"]*" style="display:inline-block;[^"]*color:#ffffff;/);
      expect(html).toContain('<a href="https://acme.test/privacy" style="color:#0b7a75;">');
      expect(html).not.toContain('#1d4ed8');
      const report = await emailValidator.validateString(html);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    }
    // The B2B e-mail's objection box takes the colour as its border.
    expect(await emailHtml('b2b-information', 'en', 'mailchimp')).toContain('border:2px solid #0b7a75;');

    await saveAndPublish({ emailLogoUrl: null, brandColor: null });
    expect(await emailHtml('double-opt-in', 'fr')).toBe(before.fr);
    expect(await emailHtml('b2b-information', 'en', 'mailchimp')).toBe(before.en);
  });

  test.each([
    [
      'emailLogoUrl',
      'plain http',
      'http://cdn.acme.test/logo.png',
      /emailLogoUrl "http:\/\/cdn\.acme\.test\/logo\.png" is not an https:\/\/ address/,
    ],
    ['emailLogoUrl', 'not a URL', 'logo.png', /emailLogoUrl "logo\.png" is not an https:\/\/ address/],
    ['emailLogoUrl', 'over 2048 characters', `https://cdn.acme.test/${'a'.repeat(2050)}`, /emailLogoUrl is longer than 2048 characters/],
    ['brandColor', 'a colour name', 'teal', /brandColor "teal" is not a colour written #rrggbb/],
    ['brandColor', 'five digits', '#0b7a7', /brandColor "#0b7a7" is not a colour written #rrggbb/],
  ])('%s (%s) is refused with a 400 naming the field, and nothing is stored', async (field, _case, value, message) => {
    const response = await request(app.server)
      .put(`/content-manager/collection-types/${ORGANIZATION}/${documentId}?locale=en`)
      .set(admin.auth)
      .send({ [field]: value });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path)).toContainEqual([field]);
    expect(response.body.error.message).toMatch(message);
    const draft = await organizations().findFirst({ locale: 'en', filters: { slug: 'acme' }, status: 'draft' });
    expect(draft?.[field] ?? null).toBeNull();
  });
});
