// The consent copy kit on a real Strapi: form notices and the four e-mails, in both languages and every e-mail tool's syntax.
import request from 'supertest';
import { HtmlValidate } from 'html-validate';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loadFixture, seedFixture } from '../helpers/fixtures';

let app: TestApp;

const KINDS = ['double-opt-in', 're-permission', 'b2b-information', 'unsubscribe-confirmation'] as const;
/** The tags each tool documents (sources in the README), written out here independently of the plugin's table. */
const TAGS = {
  generic: { first: '{{first_name}}', unsubscribe: '{{unsubscribe_url}}', confirm: '{{confirm_url}}', confirmNative: true },
  brevo: { first: '{{ contact.FIRSTNAME }}', unsubscribe: '{{ unsubscribe }}', confirm: '{{ doubleoptin }}', confirmNative: true },
  sendinblue: { first: '%FIRSTNAME%', unsubscribe: '[UNSUBSCRIBE]', confirm: '[DOUBLEOPTIN]', confirmNative: true },
  mailchimp: { first: '*|FNAME|*', unsubscribe: '*|UNSUB|*', confirm: '{{confirm_url}}', confirmNative: false },
  hubspot: { first: '{{ contact.firstname }}', unsubscribe: '{{ unsubscribe_link }}', confirm: '{{confirm_url}}', confirmNative: false },
} as const;
type EspName = keyof typeof TAGS;

/** What each kind must carry: the link it asks to click, and whether the footer offers the unsubscribe link. */
const EXPECTED_LINKS: Record<(typeof KINDS)[number], { confirm: number; unsubscribe: number }> = {
  'double-opt-in': { confirm: 1, unsubscribe: 1 },
  're-permission': { confirm: 1, unsubscribe: 1 },
  'b2b-information': { confirm: 0, unsubscribe: 1 },
  'unsubscribe-confirmation': { confirm: 0, unsubscribe: 0 },
};

const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

// E-mail clients (Outlook above all) still need table attributes that HTML5 deprecates, so that one rule is off for e-mails.
const emailValidator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: { 'no-deprecated-attr': 'off' },
});
const fragmentValidator = new HtmlValidate({ extends: ['html-validate:standard'] });

const messagesOf = async (validator: HtmlValidate, html: string): Promise<string[]> =>
  (await validator.validateString(html)).results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, loadFixture('acme'));
  // A second consent purpose on the newsletter form: it must get a box of its own, never share one.
  const org = await documentsOf(app.strapi, 'plugin::privacy.organization').findFirst({ locale: 'en', filters: { slug: 'acme' } });
  const retention = await documentsOf(app.strapi, 'plugin::privacy.retention-rule').findFirst({
    locale: 'en',
    filters: { label: 'Three years' },
  });
  for (const [locale, name] of [
    ['en', 'Partner offers'],
    ['fr', 'Offres partenaires'],
  ]) {
    const existing = await documentsOf(app.strapi, 'plugin::privacy.purpose').findFirst({
      locale: 'en',
      filters: { name: 'Partner offers' },
    });
    const data = {
      organization: org?.documentId,
      name,
      legalBasis: 'consent',
      consentForm: 'newsletter',
      retention: retention?.documentId,
      order: 9,
    };
    const saved = existing
      ? await documentsOf(app.strapi, 'plugin::privacy.purpose').update({ documentId: existing.documentId, locale, data })
      : await documentsOf(app.strapi, 'plugin::privacy.purpose').create({ locale, data });
    await documentsOf(app.strapi, 'plugin::privacy.purpose').publish({ documentId: saved?.documentId, locale });
  }
});

afterAll(async () => {
  await app?.stop();
});

const copy = async (query: string) => {
  const response = await request(app.server).get(`/api/privacy/consent-copy?organization=acme&${query}`);
  expect(response.status).toBe(200);
  return response.body.data;
};

describe.each(['fr', 'en'])('e-mails in %s', (locale) => {
  describe.each(Object.keys(TAGS) as EspName[])('for %s', (esp) => {
    test.each(KINDS)('%s: parts, merge tags once each, valid HTML without script', async (kind) => {
      const response = await request(app.server).get(
        `/api/privacy/consent-copy/emails/${kind}?organization=acme&locale=${locale}&esp=${esp}`
      );
      expect(response.status).toBe(200);
      const email = response.body.data;
      expect(email).toMatchObject({ kind, organization: 'acme', locale });
      for (const part of ['subject', 'preheader', 'html', 'text']) expect(typeof email[part]).toBe('string');
      const tags = TAGS[esp];
      const want = EXPECTED_LINKS[kind];
      for (const body of [email.html, email.text]) {
        expect(occurrences(body, tags.first)).toBe(1);
        expect(occurrences(body, tags.confirm)).toBe(want.confirm);
        expect(occurrences(body, tags.unsubscribe)).toBe(want.unsubscribe);
        // The sender and the policy are named in every e-mail.
        expect(body).toContain('Acme');
        expect(body).toContain('5 quai de Test, 75001 Paris');
        expect(body).toContain('https://acme.test/privacy');
      }
      if (want.confirm) expect(email.html).toContain(`href="${tags.confirm}"`);
      if (want.unsubscribe) expect(email.html).toContain(`href="${tags.unsubscribe}"`);
      const placeholders = email.placeholders.map((p: { tag: string }) => p.tag);
      expect(placeholders).toContain(tags.first);
      if (want.confirm) {
        expect(email.placeholders.find((p: { name: string }) => p.name === 'confirm_url')).toMatchObject({
          tag: tags.confirm,
          native: tags.confirmNative,
        });
      }
      expect(email.html).not.toMatch(/<script|<link|<iframe|\son\w+=/i);
      expect(await messagesOf(emailValidator, email.html)).toEqual([]);
      expect(email.proof.policyHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(email.proof.copyHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    });
  });

  test('format=html and format=text serve one part of the e-mail alone', async () => {
    const base = `/api/privacy/consent-copy/emails/double-opt-in?organization=acme&locale=${locale}&esp=brevo`;
    const json = (await request(app.server).get(base)).body.data;
    const html = await request(app.server).get(`${base}&format=html`);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.text).toBe(json.html);
    const text = await request(app.server).get(`${base}&format=text`);
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.text).toBe(json.text);
  });
});

describe.each(['fr', 'en'])('form notices in %s', (locale) => {
  test('one notice per consent form in use; one unticked, optional box per consent purpose', async () => {
    const data = await copy(`locale=${locale}`);
    const forms = data.notices.map((n: { form: string }) => n.form);
    expect(forms).toEqual(['newsletter', 'account-creation', 'other']);
    const newsletter = data.notices[0];
    expect(newsletter.checkboxes).toHaveLength(2);
    expect(new Set(newsletter.checkboxes.map((c: { name: string }) => c.name)).size).toBe(2);
    for (const box of newsletter.checkboxes) expect(box).toMatchObject({ checked: false, required: false });
    expect((newsletter.html.match(/<input /g) ?? []).length).toBe(2);
    expect(newsletter.html).not.toMatch(/\bchecked\b|\brequired\b/);
    expect(newsletter.html).toContain(`data-policy-hash="${data.proof.policyHash}"`);
    expect(newsletter.checkboxes[0].label).toContain(locale === 'fr' ? '(chaque semaine)' : '(every week)');
  });

  test('a contract purpose gets the notice only, no box', async () => {
    const account = (await copy(`locale=${locale}`)).notices.find((n: { form: string }) => n.form === 'account-creation');
    expect(account.checkboxes).toEqual([]);
    expect(account.html).not.toContain('<input');
    expect(account.notice.join(' ')).toContain(locale === 'fr' ? 'Base légale\u00a0: le contrat' : 'Legal basis: the contract');
  });

  test('B2B prospecting under legitimate interests gets the opt-out information instead of a box', async () => {
    const b2b = (await copy(`locale=${locale}`)).notices.find((n: { form: string }) => n.form === 'other');
    expect(b2b.checkboxes).toEqual([]);
    expect(b2b.optOut).toContain(locale === 'fr' ? 'vous y opposer à tout moment' : 'object at any time');
    expect(b2b.html).toContain('class="privacy-opt-out"');
  });

  test('the first-layer notice names controller, purpose, basis, retention, rights and the full policy', async () => {
    const notice = (await copy(`locale=${locale}`)).notices[0].notice.join('\n');
    for (const fact of [
      'Acme Données SA',
      locale === 'fr' ? 'Lettre d’information' : 'Newsletter',
      '3',
      'rights@acme.test',
      'https://acme.test/privacy',
    ]) {
      expect(notice).toContain(fact);
    }
  });

  test('notice fragments are valid HTML', async () => {
    for (const notice of (await copy(`locale=${locale}`)).notices) {
      expect(await messagesOf(fragmentValidator, notice.html)).toEqual([]);
    }
  });
});

describe('the kit as a whole', () => {
  test('the kit holds the four e-mails of the chosen tool, and the proof of the policy they came with', async () => {
    const data = await copy('locale=en&esp=mailchimp');
    expect(data.esp).toBe('mailchimp');
    expect(data.emails.map((e: { kind: string }) => e.kind)).toEqual(KINDS);
    expect(data.emails[0].text).toContain('*|FNAME|*');
    const policy = await request(app.server).get('/api/privacy/policy?organization=acme&locale=en');
    expect(data.proof.policyHash).toBe(policy.body.data.hash);
  });

  test.each([
    ['/api/privacy/consent-copy?organization=acme&esp=sendgrid', 400, 'esp must be one of generic, brevo, sendinblue, mailchimp, hubspot'],
    ['/api/privacy/consent-copy?organization=acme&format=html', 400, 'format must be one of json'],
    ['/api/privacy/consent-copy/emails/welcome?organization=acme', 404, "e-mail kind 'welcome' does not exist"],
    ['/api/privacy/consent-copy/emails/double-opt-in?organization=acme&format=markdown', 400, 'format must be one of json, html, text'],
  ])('%s answers %i', async (path, status, message) => {
    const response = await request(app.server).get(path);
    expect(response.status).toBe(status);
    expect(response.body.error.message).toContain(message);
  });
});

describe('cookie-banner configurations', () => {
  const banner = async (format: string) => {
    const response = await request(app.server).get(`/api/privacy/cookie-banner?organization=acme&locale=en&format=${format}`);
    expect(response.status).toBe(200);
    return response.body.data;
  };

  test('vanilla-cookieconsent: necessary is read-only, each consent category starts off, revision follows the cookie policy version', async () => {
    const data = await banner('vanilla-cookieconsent');
    const versions = (await request(app.server).get('/api/privacy/versions?organization=acme&kind=cookie-policy&locale=en')).body.data;
    expect(data.revision).toBe(versions[0].version);
    expect(data.config.revision).toBe(versions[0].version);
    expect(data.config.categories).toEqual({
      necessary: { enabled: true, readOnly: true },
      analytics: { enabled: false, readOnly: false, autoClear: { cookies: [{ name: '_ga' }] } },
    });
    const modal = data.config.language.translations.en.consentModal;
    expect(modal).toMatchObject({ acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all' });
    expect(data.config.guiOptions.consentModal.equalWeightButtons).toBe(true);
  });

  test('Klaro: only exempt cookies are required; tarteaucitron: only consent cookies are services', async () => {
    const klaro = (await banner('klaro')).config;
    expect(klaro.services.map((s: { name: string; required: boolean; default: boolean }) => [s.name, s.required, s.default])).toEqual([
      ['_ga', false, false],
      ['acme_session', true, true],
    ]);
    expect(klaro.translations.en.decline).toBe('Reject all');
    const tac = (await banner('tarteaucitron')).config;
    expect(Object.keys(tac.services)).toEqual(['_ga']);
    expect(tac.init).toMatchObject({ DenyAllCta: true, AcceptAllCta: true, highPrivacy: true });
  });

  test('an unknown library is a 400 naming the choices', async () => {
    const response = await request(app.server).get('/api/privacy/cookie-banner?organization=acme&format=cookiebot');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('format must be one of vanilla-cookieconsent, klaro, tarteaucitron');
  });
});
