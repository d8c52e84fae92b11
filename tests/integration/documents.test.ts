// The public privacy and cookie policies on a real Strapi: every Art. 13/14 item in both languages, and each format.
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loadFixture, seedFixture } from '../helpers/fixtures';

let app: TestApp;

const get = (path: string) => request(app.server).get(path);
const policyJson = async (query: string) => {
  const response = await get(`/api/privacy/policy?organization=acme&${query}`);
  expect(response.status).toBe(200);
  return response.body.data as {
    sections: Array<{ key: string; heading: string; items: string[]; groups?: Array<{ heading: string; items: string[] }> }>;
    [key: string]: unknown;
  };
};
const sectionText = (data: Awaited<ReturnType<typeof policyJson>>, key: string): string => {
  const section = data.sections.find((s) => s.key === key);
  if (!section) throw new Error(`no section '${key}' in ${data.sections.map((s) => s.key).join(', ')}`);
  return [section.heading, ...section.items, ...(section.groups ?? []).flatMap((g) => [g.heading, ...g.items])].join('\n');
};
const groupText = (data: Awaited<ReturnType<typeof policyJson>>, purposeName: string): string => {
  const group = data.sections.find((s) => s.key === 'purposes')?.groups?.find((g) => g.heading === purposeName);
  if (!group) throw new Error(`no purpose '${purposeName}'`);
  return group.items.join('\n');
};

beforeAll(async () => {
  app = await startTestApp();
  await seedFixture(app, loadFixture('acme'));
});

afterAll(async () => {
  await app?.stop();
});

/** What a reader must find, written by hand per language (not read from the translation files). */
const EXPECTED = {
  fr: {
    purposes: {
      consent: 'Lettre d’information',
      contract: 'Compte client',
      legal: 'Facturation',
      vital: 'Urgence médicale',
      public: 'Mission publique',
      interest: 'Prospection B2B',
    },
    bases: {
      // French typography: a no-break space (U+00A0) before ':', the typographic apostrophe.
      consent: 'Base légale\u00a0: votre consentement.',
      contract: 'Base légale\u00a0: le contrat conclu avec vous',
      legal: 'Base légale\u00a0: une obligation légale.',
      vital: 'Base légale\u00a0: la protection de la vie d’une personne.',
      public: 'Base légale\u00a0: une mission d’intérêt public.',
      interest: 'Base légale\u00a0: notre intérêt légitime.',
    },
    interest: 'Notre intérêt légitime\u00a0: développer notre clientèle professionnelle.',
    source: 'Source\u00a0: un annuaire professionnel loué.',
    sourceTiming: 'au plus tard à notre premier contact, dans le mois qui suit',
    data: 'Données utilisées\u00a0: nom, fonction.',
    requirement: {
      consent: 'Facultatif. Sans ces données, pas de lettre.',
      contract: 'Nécessaire au contrat. Sans ces données, pas de compte.',
      legal: 'Imposé par la loi.',
    },
    retention: 'Conservation\u00a0: 3 ans après le dernier contact, puis suppression.',
    recipientsOfContract: 'Transmises à\u00a0: Acme Sales, CloudCRM Inc.',
    transfer: 'CloudCRM Inc., États-Unis\u00a0: protégé par les clauses contractuelles types',
    rights: ['Accès', 'Rectification', 'Effacement', 'Limitation', 'Opposition', 'Portabilité', 'Retrait du consentement'],
    rightsContact: 'rights@acme.test',
    delay: 'sous un mois',
    complaint: 'https://www.cnil.fr/fr/plaintes',
    automated: 'Un score de fraude bloque les inscriptions suspectes.',
    newPurpose: 'nouvelle finalité',
    sensitive: 'art. 9 du RGPD',
  },
  en: {
    purposes: {
      consent: 'Newsletter',
      contract: 'Customer account',
      legal: 'Invoicing',
      vital: 'Medical emergency',
      public: 'Public mission',
      interest: 'B2B prospecting',
    },
    bases: {
      consent: 'Legal basis: your consent.',
      contract: 'Legal basis: the contract with you',
      legal: 'Legal basis: a legal obligation.',
      vital: 'Legal basis: protecting someone’s life.',
      public: 'Legal basis: a task in the public interest.',
      interest: 'Legal basis: our legitimate interests.',
    },
    interest: 'Our legitimate interest: growing our business customer base.',
    source: 'Source: a rented business directory.',
    sourceTiming: 'at the latest at our first contact, within one month',
    data: 'Data used: name, job title.',
    requirement: {
      consent: 'Optional. Without it, no newsletter.',
      contract: 'Required for our contract. Without it, no account.',
      legal: 'Required by law.',
    },
    retention: 'Kept: 3 years after the last contact, then deleted.',
    recipientsOfContract: 'Shared with: Acme Sales, CloudCRM Inc.',
    transfer: 'CloudCRM Inc., United States: protected by the European Commission’s standard contractual clauses',
    rights: ['Access', 'Rectification', 'Erasure', 'Restriction', 'Objection', 'Portability', 'Withdrawal of consent'],
    rightsContact: 'rights@acme.test',
    delay: 'within one month',
    complaint: 'https://www.cnil.fr/fr/plaintes',
    automated: 'A fraud score blocks suspicious sign-ups.',
    newPurpose: 'new purpose',
    sensitive: 'GDPR Art. 9',
  },
};

describe.each(['fr', 'en'] as const)('privacy policy in %s: every Art. 13 and 14 item', (locale) => {
  const want = EXPECTED[locale];
  let data: Awaited<ReturnType<typeof policyJson>>;

  beforeAll(async () => {
    data = await policyJson(`locale=${locale}`);
  });

  test('sections come in the order of docs/api.md, none empty', () => {
    expect(data.sections.map((s) => s.key)).toEqual([
      'controller',
      'dpo',
      'purposes',
      // The acme fixture prospects on legitimate interests: the right to object to it stands on its own (Art. 21(4)).
      'objection',
      'recipients',
      'transfers',
      'retention',
      'security',
      'rights',
      'complaint',
      'automated-decisions',
      'cookies',
      'changes',
    ]);
    for (const section of data.sections) expect(section.items.length).toBeGreaterThan(0);
  });

  test('13(1)(a) the controller and its contact details', () => {
    const text = sectionText(data, 'controller');
    for (const fact of ['Acme Données SA', '5 quai de Test, 75001 Paris', 'contact@acme.test', 'SIREN 123 456 789'])
      expect(text).toContain(fact);
  });

  test('13(1)(b) the DPO', () => {
    expect(sectionText(data, 'dpo')).toContain('dpo@acme.test');
  });

  test('13(1)(c) each purpose with its legal basis in words', () => {
    for (const [key, name] of Object.entries(want.purposes)) {
      expect(groupText(data, name)).toContain(want.bases[key as keyof typeof want.bases]);
    }
  });

  test('13(1)(d) the legitimate interest', () => {
    expect(groupText(data, want.purposes.interest)).toContain(want.interest);
  });

  test('13(1)(e) the recipients, per purpose and in their own section', () => {
    expect(groupText(data, want.purposes.contract)).toContain(want.recipientsOfContract);
    const recipients = sectionText(data, 'recipients');
    expect(recipients).toContain('Acme Sales');
    expect(recipients).toContain('CloudCRM Inc.');
  });

  test('13(1)(f) the transfer outside the EU with its country and safeguard', () => {
    expect(sectionText(data, 'transfers')).toContain(want.transfer);
  });

  test('13(2)(a) how long each purpose keeps the data', () => {
    expect(groupText(data, want.purposes.consent)).toContain(want.retention);
    expect(sectionText(data, 'retention')).toContain('L123-22');
  });

  test('13(2)(b)(c) the six rights, withdrawal of consent, how and how fast', () => {
    const rights = sectionText(data, 'rights');
    for (const right of want.rights) expect(rights).toContain(right);
    expect(rights).toContain(want.rightsContact);
    expect(rights).toContain('https://acme.test/rights');
    expect(rights).toContain(want.delay);
  });

  test('13(2)(d) the complaint to the CNIL', () => {
    expect(sectionText(data, 'complaint')).toContain(want.complaint);
  });

  test('13(2)(e) whether the data is required, and what happens if not', () => {
    expect(groupText(data, want.purposes.consent)).toContain(want.requirement.consent);
    expect(groupText(data, want.purposes.contract)).toContain(want.requirement.contract);
    expect(groupText(data, want.purposes.legal)).toContain(want.requirement.legal);
  });

  test('13(2)(f) the automated decision and its logic', () => {
    expect(sectionText(data, 'automated-decisions')).toContain(want.automated);
  });

  test('13(3) new purposes are announced; the effective date and the cookie policy link are given', () => {
    expect(sectionText(data, 'changes')).toContain(want.newPurpose);
    expect(data.effectiveAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    expect(sectionText(data, 'cookies')).toContain('https://acme.test/cookies');
  });

  test('14(1)(d) and 14(2)(f) for data not collected from the person: categories and source', () => {
    const text = groupText(data, want.purposes.interest);
    expect(text).toContain(want.data);
    expect(text).toContain(want.source);
    expect(text).toContain(want.sourceTiming);
  });

  test('Art. 9 sensitive data is flagged', () => {
    expect(groupText(data, want.purposes.vital)).toContain(want.sensitive);
  });

  test('word count and reading time', () => {
    expect(data.wordCount).toBeGreaterThan(100);
    expect(data.readingMinutes).toBe(Math.max(1, Math.ceil((data.wordCount as number) / 200)));
  });
});

describe('formats', () => {
  test.each([
    ['json', 'application/json'],
    ['html', 'text/html'],
    ['markdown', 'text/markdown'],
    ['text', 'text/plain'],
    ['jsonld', 'application/ld+json'],
  ])('privacy policy as %s is served as %s', async (format, type) => {
    const response = await get(`/api/privacy/policy?organization=acme&locale=en&format=${format}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(`${type}; charset=utf-8`);
    const body = response.text;
    switch (format) {
      case 'json': {
        const data = JSON.parse(body).data;
        expect(Object.keys(data)).toEqual(
          expect.arrayContaining([
            'organization',
            'locale',
            'kind',
            'version',
            'effectiveAt',
            'hash',
            'title',
            'wordCount',
            'readingMinutes',
            'readability',
            'sections',
            'html',
          ])
        );
        expect(data).toMatchObject({ organization: 'acme', locale: 'en', kind: 'privacy-policy', title: 'Acme privacy policy' });
        expect(data.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
        break;
      }
      case 'html':
        expect(body).toMatch(/^<article class="privacy-document privacy-privacy-policy" lang="en">/);
        expect(body).toContain('<h2>Transfers outside the European Economic Area</h2>');
        expect(body).toContain('<a href="mailto:rights@acme.test">rights@acme.test</a>');
        expect(body).not.toMatch(/<script|style=|on\w+=/i);
        break;
      case 'markdown':
        expect(body).toMatch(/^# Acme privacy policy\n/);
        expect(body).toContain('\n## Your rights\n');
        expect(body).toContain('\n### Customer account\n');
        break;
      case 'text':
        expect(body).toMatch(/^Acme privacy policy\n=+\n/);
        expect(body).not.toMatch(/[<>]/);
        break;
      case 'jsonld': {
        const graph = JSON.parse(body);
        expect(graph['@type']).toBe('DigitalDocument');
        expect(graph['dpv:hasDataController'].legalName).toBe('Acme Données SA');
        const bases = graph['dpv:hasPersonalDataHandling'].map((h: Record<string, { '@id': string }>) => h['dpv:hasLegalBasis']['@id']);
        expect(bases.sort()).toEqual([
          'eu-gdpr:A6-1-a',
          'eu-gdpr:A6-1-b',
          'eu-gdpr:A6-1-c',
          'eu-gdpr:A6-1-d',
          'eu-gdpr:A6-1-e',
          'eu-gdpr:A6-1-f',
        ]);
        break;
      }
    }
  });

  test('the cookie policy groups cookies by consent, with a table, in both languages', async () => {
    const fr = await get('/api/privacy/cookie-policy?organization=acme&locale=fr&format=json');
    expect(fr.status).toBe(200);
    const sections = fr.body.data.sections as Array<{ key: string; table?: { columns: string[]; rows: string[][] } }>;
    expect(sections.map((s) => s.key)).toEqual(['about', 'exempt', 'consent', 'choices', 'changes']);
    expect(sections[1].table?.rows.map((r) => r[0])).toEqual(['acme_session']);
    expect(sections[2].table?.rows).toEqual([['_ga', 'Google', 'Statistiques détaillées.', '13 mois', 'un tiers']]);
    expect(JSON.stringify(sections[3])).toContain('6 mois');
    const html = await get('/api/privacy/cookie-policy?organization=acme&locale=en&format=html');
    expect(html.text).toContain('<th scope="col">Lifetime</th>');
    expect(html.text).toContain('<td>until you close your browser</td>');
    const md = await get('/api/privacy/cookie-policy?organization=acme&locale=en&format=markdown');
    expect(md.text).toContain('| \\_ga | Google | Detailed statistics. | 13 months | a third party |');
  });

  test('jsonld exists for the privacy policy only', async () => {
    const response = await get('/api/privacy/cookie-policy?organization=acme&format=jsonld');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('format must be one of json, html, markdown, text, page');
  });
});
