// The legal wording on a real Strapi: rights that follow the legal basis, the separate objection to marketing (Art. 21(4)),
// withdrawal (Art. 7(3)), the EEA, Art. 14(3) timing, profiling against Art. 22, first-layer notices, French typography.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loadFixture, seedFixture, type Fixture } from '../helpers/fixtures';

let app: TestApp;

interface Section {
  key: string;
  heading: string;
  items: string[];
  groups?: Array<{ heading: string; items: string[] }>;
}

/** The acme fixture with only the purposes named, under another name and slug. */
const variant = (slug: string, name: string, purposeKeys: string[], change: (fixture: Fixture) => void = () => {}): Fixture => {
  const fixture = loadFixture('acme');
  fixture.organization = { ...fixture.organization, slug, name, tradeName: null };
  fixture.purposes = fixture.purposes.filter((p: { key: string }) => purposeKeys.includes(p.key));
  change(fixture);
  return fixture;
};

const policy = async (slug: string, locale = 'en'): Promise<Section[]> => {
  const response = await request(app.server).get(`/api/privacy/policy?organization=${slug}&locale=${locale}`);
  expect(response.status).toBe(200);
  return response.body.data.sections;
};
const sectionOf = (sections: Section[], key: string): Section | undefined => sections.find((s) => s.key === key);
const rightsText = async (slug: string) => (sectionOf(await policy(slug), 'rights')?.items ?? []).join('\n');

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, variant('only-consent', 'Only Consent SAS', ['consent']));
  await seedFixture(app, variant('only-contract', 'Only Contract SAS', ['contract']));
  await seedFixture(
    app,
    variant('li-marketing', 'Atelier Boréal', ['interest', 'consent'], (fixture) => {
      fixture.recipients.push({
        key: 'norway',
        name: 'Fjord Hosting AS',
        category: 'processor',
        country: 'NO',
        transferSafeguard: 'none-needed',
        fr: { description: 'Hébergement.', safeguardDetails: null },
        en: { description: 'Hosting.', safeguardDetails: null },
      });
      const interest = fixture.purposes.find((p: { key: string }) => p.key === 'interest');
      interest.recipients = ['us-crm', 'norway'];
      interest.profiling = true;
      interest.en.profilingLogic = 'Your replies raise a score that decides which of our e-mails you get next';
      interest.fr.profilingLogic = 'Vos réponses font monter un score qui choisit nos prochains e-mails';
    })
  );
  await seedFixture(app, loadFixture('acme'));
});

afterAll(async () => {
  await app?.stop();
});

describe('rights follow the legal basis', () => {
  test('consent only: portability and withdrawal, no objection on grounds of one’s situation; withdrawal leaves the past lawful', async () => {
    const rights = await rightsText('only-consent');
    for (const right of ['Access:', 'Rectification:', 'Erasure:', 'Restriction:', 'Portability:', 'Withdrawal of consent:'])
      expect(rights).toContain(right);
    expect(rights).not.toContain('Objection:');
    expect(rights).toContain('at any time, as easily as you gave it, without affecting what was done before');
    expect(sectionOf(await policy('only-consent'), 'objection')).toBeUndefined();
  });

  test('contract only: portability, no withdrawal and no objection', async () => {
    const rights = await rightsText('only-contract');
    expect(rights).toContain('Portability:');
    expect(rights).not.toContain('Withdrawal of consent:');
    expect(rights).not.toContain('Objection:');
  });

  test('legitimate interests: objection (Art. 21(1)) for that purpose only, portability only for the consent purpose', async () => {
    const rights = await rightsText('li-marketing');
    expect(rights).toMatch(/Objection: object, on grounds relating to your situation, .* Applies to: B2B prospecting\./);
    expect(rights).toMatch(/Portability: .* Applies to: Newsletter\./);
  });
});

describe('the right to object to direct marketing (Art. 21(2)-(4))', () => {
  test('has a section of its own, right after the purposes, in every format', async () => {
    const sections = await policy('li-marketing');
    const keys = sections.map((s) => s.key);
    expect(keys.indexOf('objection')).toBe(keys.indexOf('purposes') + 1);
    const objection = sectionOf(sections, 'objection') as Section;
    expect(objection.heading).toBe('Your right to object to direct marketing');
    expect(objection.items.join(' ')).toMatch(/at any time, free of charge and without giving a reason.*B2B prospecting/);
    for (const format of ['html', 'markdown', 'text']) {
      const body = (await request(app.server).get(`/api/privacy/policy?organization=li-marketing&locale=en&format=${format}`)).text;
      expect(body).toContain('Your right to object to direct marketing');
    }
    const fr = sectionOf(await policy('li-marketing', 'fr'), 'objection') as Section;
    expect(fr.heading).toBe('Votre droit de vous opposer à la prospection');
  });

  test('the form notice and the B2B e-mail carry it apart from the rest', async () => {
    const kit = (await request(app.server).get('/api/privacy/consent-copy?organization=li-marketing&locale=en')).body.data;
    const other = kit.notices.find((n: { form: string }) => n.form === 'other');
    expect(other.optOut).toMatch(/You can object at any time, free of charge and without giving a reason/);
    expect(other.html).toMatch(/class="privacy-opt-out"/);
    const email = kit.emails.find((e: { kind: string }) => e.kind === 'b2b-information');
    expect(email.html).toMatch(/border:2px solid[^>]*>You can object to these e-mails at any time/);
  });
});

describe('transfers, indirect collection, profiling and Art. 22', () => {
  test('the test is the EEA: Norway needs no safeguard, the United States is listed', async () => {
    const transfers = sectionOf(await policy('li-marketing'), 'transfers') as Section;
    expect(transfers.heading).toBe('Transfers outside the European Economic Area');
    const text = transfers.items.join('\n');
    expect(text).toContain('Iceland, Liechtenstein and Norway');
    expect(text).toContain('CloudCRM Inc., United States');
    expect(text).not.toContain('Fjord Hosting');
    const fr = sectionOf(await policy('li-marketing', 'fr'), 'transfers') as Section;
    expect(fr.heading).toBe('Transferts hors de l’Espace économique européen');
  });

  test('Art. 14(3): at the latest at the first contact, and within one month', async () => {
    const purposes = sectionOf(await policy('li-marketing'), 'purposes') as Section;
    const interest = purposes.groups?.find((g) => g.heading === 'B2B prospecting');
    expect(interest?.items.join(' ')).toContain(
      'We tell you at the latest at our first contact, within one month of getting it and before sharing it with another recipient.'
    );
  });

  test('profiling is disclosed with the objection, and is not an Art. 22 decision', async () => {
    const sections = await policy('li-marketing');
    const interest = sectionOf(sections, 'purposes')?.groups?.find((g) => g.heading === 'B2B prospecting');
    expect(interest?.items.join(' ')).toContain('Profiling: your replies raise a score');
    expect(interest?.items.join(' ')).toContain('You can object to it: see “Your right to object to direct marketing”.');
    expect(sectionOf(sections, 'automated-decisions')).toBeUndefined();
  });

  test('an Art. 22 decision keeps the human-review wording', async () => {
    const decisions = sectionOf(await policy('acme'), 'automated-decisions') as Section;
    expect(decisions.items.join(' ')).toContain('You can ask for a person to review the decision');
  });
});

describe('first-layer notices (WP260 rev.01, CNIL model notices)', () => {
  test('controller, purpose, basis, the rights that apply, the DPO, transfers outside the EEA, the complaint and the policy', async () => {
    const kit = (await request(app.server).get('/api/privacy/consent-copy?organization=acme&locale=en')).body.data;
    const account = kit.notices.find((n: { form: string }) => n.form === 'account-creation');
    const text = account.notice.join('\n');
    expect(text).toContain('Acme Données SA uses your data for');
    expect(text).toContain('Legal basis: the contract with you');
    expect(text).toMatch(
      /You can access your data, correct it, delete it, restrict its use and receive it in a common format, by writing to rights@acme\.test\./
    );
    expect(text).toContain('Our data protection officer: dpo@acme.test.');
    expect(text).toContain('outside the European Economic Area (United States)');
    expect(text).toContain('You can complain to the CNIL');
    expect(text).toContain('https://acme.test/privacy');
    const newsletter = kit.notices.find((n: { form: string }) => n.form === 'newsletter');
    expect(newsletter.notice.join(' ')).toContain('withdraw your consent at any time, without affecting what was done before');
  });
});

describe('French typography', () => {
  test('elision before a vowel in the titles and the checkbox', async () => {
    const response = await request(app.server).get('/api/privacy/policy?organization=li-marketing&locale=fr');
    expect(response.body.data.title).toBe('Politique de confidentialité d’Atelier Boréal');
    const kit = (await request(app.server).get('/api/privacy/consent-copy?organization=li-marketing&locale=fr')).body.data;
    const newsletter = kit.notices.find((n: { form: string }) => n.form === 'newsletter');
    expect(newsletter.checkboxes[0].label).toMatch(/^Je souhaite recevoir la newsletter d’Atelier Boréal par e-mail/);
    const cookies = await request(app.server).get('/api/privacy/cookie-policy?organization=acme&locale=fr');
    expect(cookies.body.data.title).toBe('Politique relative aux cookies d’Acme');
  });

  test('no French output has an ordinary space before ; : ! ? or inside « »', async () => {
    const paths = [
      ...['json', 'html', 'markdown', 'text', 'jsonld'].map((f) => `/api/privacy/policy?organization=acme&locale=fr&format=${f}`),
      ...['json', 'html', 'markdown', 'text'].map((f) => `/api/privacy/cookie-policy?organization=acme&locale=fr&format=${f}`),
      '/api/privacy/consent-copy?organization=acme&locale=fr',
      '/api/privacy/consent-copy?organization=li-marketing&locale=fr&esp=brevo',
      ...['vanilla-cookieconsent', 'klaro', 'tarteaucitron'].map(
        (f) => `/api/privacy/cookie-banner?organization=acme&locale=fr&format=${f}`
      ),
    ];
    for (const path of paths) {
      const body = (await request(app.server).get(path)).text;
      expect([path, body.match(/.{0,30}(?: [;:!?»]|« ).{0,10}/)?.[0] ?? null]).toEqual([path, null]);
      // Sentences with a colon are there, and their space is a no-break one (JSON-LD holds no such sentence).
      if (!path.includes('jsonld')) expect([path, /\u00a0:/.test(body)]).toEqual([path, true]);
    }
  });
});

describe('the banner offers what the cookie policy says', () => {
  test('the choice is stored in the declared consent cookie, for its declared lifetime; closing refuses', async () => {
    await seedFixture(
      app,
      variant('declared', 'Declared Cookie SAS', ['consent'], (fixture) => {
        fixture.cookies.push({
          name: 'declared_consent',
          provider: 'Declared',
          domain: null,
          party: 'first',
          category: 'necessary',
          lifetimeValue: 6,
          lifetimeUnit: 'months',
          fr: { purpose: 'Garde vos choix.' },
          en: { purpose: 'Keeps your choices.' },
        });
      })
    );
    const banner = async (slug: string, library: string) =>
      (await request(app.server).get(`/api/privacy/cookie-banner?organization=${slug}&locale=en&format=${library}`)).body.data.config;
    const vanilla = await banner('declared', 'vanilla-cookieconsent');
    expect(vanilla.cookie).toEqual({ name: 'declared_consent', expiresAfterDays: 183 });
    expect(vanilla.language.translations.en.consentModal.closeIconLabel).toBe('Close without accepting');
    expect((await banner('declared', 'klaro')).cookieName).toBe('declared_consent');
    expect((await banner('declared', 'tarteaucitron')).init).toMatchObject({ cookieName: 'declared_consent', closePopup: true });
  });

  test('without a declared consent cookie, the report names the one to declare', async () => {
    const { loginAsSuperAdmin } = await import('../helpers/admin');
    const { auth } = await loginAsSuperAdmin(app);
    const report = (await request(app.server).get('/privacy/report?organization=acme&lang=en').set(auth)).body.data;
    const item = report.items.find((i: { code: string }) => i.code === 'consentCookieUndeclared');
    expect(item?.message).toBe(
      'The banner stores the person’s choice in a cookie the list does not declare: add the cookie “privacy_consent” (necessary, 6 months).'
    );
  });
});

test('the record of processing speaks of the data subject, not to them', async () => {
  const { loginAsSuperAdmin } = await import('../helpers/admin');
  const { auth } = await loginAsSuperAdmin(app);
  const rows = (await request(app.server).get('/privacy/register?organization=acme&locale=en&format=json').set(auth)).body.data.rows;
  const bases = rows.map((row: { legalBasis: string }) => row.legalBasis).join('\n');
  expect(bases).toContain('consent of the data subject');
  expect(bases).not.toMatch(/\byour\b/);
  const fr = (await request(app.server).get('/privacy/register?organization=acme&locale=fr&format=json').set(auth)).body.data.rows;
  expect(fr.map((row: { legalBasis: string }) => row.legalBasis).join('\n')).toContain('consentement de la personne concernée');
});
