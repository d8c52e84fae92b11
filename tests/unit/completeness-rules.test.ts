// Unit: the completeness rules' catalogue, its generated document, and the rules added for issue #17.
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import en from '../../templates/locales/en.json';
import fr from '../../templates/locales/fr.json';
import type { CookieFacts, PrivacyFacts, PurposeFacts, RecipientFacts, RetentionFacts } from '../../server/src/documents/facts';
import { ENUMS } from '../../server/src/documents/enums';
import { DPIA_CRITERIA, isMarketingPurpose, lintLocale, providerMatchesRecipient } from '../../server/src/report/completeness';
import { RETENTION_BENCHMARKS } from '../../server/src/report/retention-benchmarks';
import { RULES, messageParams, rulesMarkdown } from '../../server/src/report/rules';
import { factsArbitrary } from '../helpers/facts-arbitrary';

const FILE = path.resolve(__dirname, '..', '..', 'docs', 'completeness-rules.md');
const lookup = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

test('docs/completeness-rules.md is up to date (UPDATE_RULES=1 npx jest tests/unit/completeness-rules.test.ts rewrites it)', () => {
  const generated = rulesMarkdown((key) => String(lookup(en, key)));
  if (process.env.UPDATE_RULES === '1') fs.writeFileSync(FILE, generated);
  expect(fs.readFileSync(FILE, 'utf8')).toBe(generated);
});

test('every rule has one code and a message in English and French', () => {
  expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
  for (const r of RULES) {
    expect(typeof lookup(en, r.message)).toBe('string');
    expect(typeof lookup(fr, r.message)).toBe('string');
  }
});

const base = fc.sample(factsArbitrary, { numRuns: 1, seed: 11 })[0];
const purpose = (over: Partial<PurposeFacts>): PurposeFacts => ({
  ...(base.purposes[0] ?? ({} as PurposeFacts)),
  documentId: 'p1',
  name: 'Newsletter',
  legalBasis: 'consent',
  requirement: 'optional',
  audience: null,
  consentForm: 'newsletter',
  channels: [],
  recipients: [],
  ...over,
});
const recipient = (name: string): RecipientFacts => ({ ...(base.recipients[0] ?? ({} as RecipientFacts)), documentId: name, name });
const cookie = (over: Partial<CookieFacts>): CookieFacts => ({
  documentId: 'c1',
  name: '_ga',
  provider: 'Google',
  domain: null,
  party: 'third',
  category: 'analytics',
  purpose: 'Audience',
  lifetimeValue: 13,
  lifetimeUnit: 'months',
  namePattern: null,
  recipient: null,
  storage: null,
  extendedOnEachVisit: false,
  statisticsRetentionMonths: null,
  ...over,
});
const codes = (facts: Partial<PrivacyFacts>): string[] => lintLocale({ ...base, ...facts } as PrivacyFacts).map((f) => f.code);

describe('consentAsCondition', () => {
  test.each(['required-to-sign-up', 'contractual'] as const)('fires on consent with requirement %s, as an error', (requirement) => {
    const found = lintLocale({ ...base, purposes: [purpose({ requirement })] }).find((f) => f.code === 'consentAsCondition');
    expect(found).toMatchObject({
      severity: 'error',
      field: 'requirement',
      article: 'GDPR Art. 7(4), EDPB Guidelines 05/2020 on consent §3.1.2',
    });
  });
  test('does not fire on optional consent, nor on a contract basis', () => {
    expect(codes({ purposes: [purpose({ requirement: 'optional' })] })).not.toContain('consentAsCondition');
    expect(codes({ purposes: [purpose({ legalBasis: 'contract', requirement: 'contractual' })] })).not.toContain('consentAsCondition');
  });
});

describe('trackerProviderNotRecipient', () => {
  test('a provider matches a recipient when one name starts with the other, word by word', () => {
    expect(providerMatchesRecipient('Google', 'Google LLC')).toBe(true);
    expect(providerMatchesRecipient(' google ireland ltd ', 'Google')).toBe(true);
    expect(providerMatchesRecipient('LinkedIn', 'LinkedIn Ireland Unlimited Company')).toBe(true);
    expect(providerMatchesRecipient('Goo', 'Google LLC')).toBe(false);
    expect(providerMatchesRecipient('Google', 'Alphabet Google')).toBe(false);
    expect(providerMatchesRecipient('', 'Google')).toBe(false);
  });
  test('fires on a third-party tracker whose provider is not a recipient', () => {
    const found = lintLocale({ ...base, recipients: [recipient('Brevo')], cookies: [cookie({})] }).filter(
      (f) => f.code === 'trackerProviderNotRecipient'
    );
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', field: 'provider', params: { provider: 'Google' } })]);
  });
  test('does not fire when the provider is a recipient, on first-party cookies, nor on exempt categories', () => {
    expect(codes({ recipients: [recipient('Google LLC')], cookies: [cookie({})] })).not.toContain('trackerProviderNotRecipient');
    expect(codes({ recipients: [], cookies: [cookie({ party: 'first' })] })).not.toContain('trackerProviderNotRecipient');
    expect(codes({ recipients: [], cookies: [cookie({ category: 'necessary', party: 'first' })] })).not.toContain(
      'trackerProviderNotRecipient'
    );
  });
  test('does not fire on a tracker linked to a recipient, whatever its provider text', () => {
    const linked = recipient('Alphabet');
    expect(codes({ recipients: [linked], cookies: [cookie({ recipient: linked.documentId })] })).not.toContain(
      'trackerProviderNotRecipient'
    );
  });
});

describe('automatedDecisionMarketing', () => {
  test('fires on a newsletter, marketing-automation or scheduled e-mail purpose marked automatedDecision', () => {
    for (const over of [
      { consentForm: 'newsletter' as const },
      { consentForm: 'marketing-automation' as const },
      { emailFrequency: 'weekly' },
    ]) {
      expect(codes({ purposes: [purpose({ automatedDecision: true, automatedDecisionLogic: 'Score.', ...over })] })).toContain(
        'automatedDecisionMarketing'
      );
    }
  });
  test('does not fire on profiling alone, nor on an Art. 22 decision outside marketing', () => {
    expect(codes({ purposes: [purpose({ profiling: true, consentForm: 'marketing-automation' })] })).not.toContain(
      'automatedDecisionMarketing'
    );
    expect(
      codes({
        purposes: [
          purpose({ automatedDecision: true, automatedDecisionLogic: 'Credit check.', consentForm: 'none', emailFrequency: null }),
        ],
      })
    ).not.toContain('automatedDecisionMarketing');
  });
});

describe('contractBasisNotParty', () => {
  const onContract = (categories: PurposeFacts['dataSubjectCategories']) =>
    purpose({ legalBasis: 'contract', consentForm: 'none', dataSubjectCategories: categories });
  test("fires on the contract basis when the people are only clients' or suppliers' contacts or prospects", () => {
    expect(codes({ purposes: [onContract(['client-contacts'])] })).toContain('contractBasisNotParty');
    expect(codes({ purposes: [onContract(['prospects', 'supplier-contacts'])] })).toContain('contractBasisNotParty');
  });
  test('does not fire with customers among them, without categories, or on another basis', () => {
    expect(codes({ purposes: [onContract(['customers', 'client-contacts'])] })).not.toContain('contractBasisNotParty');
    expect(codes({ purposes: [onContract([])] })).not.toContain('contractBasisNotParty');
    expect(
      codes({
        purposes: [purpose({ legalBasis: 'legitimate-interests', legitimateInterest: 'B2B', dataSubjectCategories: ['prospects'] })],
      })
    ).not.toContain('contractBasisNotParty');
  });
});

describe('minors', () => {
  test('minorsUnset fires on a purpose for children that says minors are not concerned', () => {
    expect(codes({ purposes: [purpose({ dataSubjectCategories: ['children'], minors: 'none' })] })).toContain('minorsUnset');
    expect(codes({ purposes: [purpose({ dataSubjectCategories: ['children'], minors: null })] })).toContain('minorsUnset');
    expect(codes({ purposes: [purpose({ dataSubjectCategories: ['children'], minors: 'targets' })] })).not.toContain('minorsUnset');
    expect(codes({ purposes: [purpose({ dataSubjectCategories: ['customers'], minors: 'none' })] })).not.toContain('minorsUnset');
  });
  test('minorsProfiling fires on marketing profiling of a purpose that targets minors, not when it may only reach them', () => {
    const marketing = { consentForm: 'marketing-automation' as const, profiling: true, profilingLogic: 'Score.' };
    expect(codes({ purposes: [purpose({ ...marketing, minors: 'targets' })] })).toContain('minorsProfiling');
    expect(codes({ purposes: [purpose({ ...marketing, minors: 'may-reach' })] })).not.toContain('minorsProfiling');
    expect(codes({ purposes: [purpose({ ...marketing, profiling: false, minors: 'targets' })] })).not.toContain('minorsProfiling');
  });
});

describe('sensitive and criminal-offence data', () => {
  test('sensitiveData fires until the Art. 9(2) condition is named', () => {
    expect(codes({ purposes: [purpose({ sensitiveData: true, sensitiveDataCondition: null })] })).toContain('sensitiveData');
    expect(codes({ purposes: [purpose({ sensitiveData: true, sensitiveDataCondition: 'explicit-consent' })] })).not.toContain(
      'sensitiveData'
    );
  });
  test('criminalData fires whenever the purpose processes criminal-offence data', () => {
    expect(codes({ purposes: [purpose({ criminalData: true })] })).toContain('criminalData');
    expect(codes({ purposes: [purpose({ criminalData: false })] })).not.toContain('criminalData');
  });
});

describe('jointArrangement', () => {
  const joint = (over: Partial<RecipientFacts>): RecipientFacts => ({
    ...recipient('LinkedIn'),
    category: 'joint-controller',
    country: 'IE',
    otherCountries: [],
    transferSafeguard: 'none-needed',
    jointArrangement: null,
    jointContactPoint: null,
    ...over,
  });
  test('fires on a joint controller without the essence of the arrangement, only there', () => {
    expect(codes({ recipients: [joint({})] })).toContain('jointArrangement');
    expect(codes({ recipients: [joint({ jointArrangement: 'We collect, LinkedIn uses.' })] })).not.toContain('jointArrangement');
    expect(codes({ recipients: [joint({ category: 'processor' })] })).not.toContain('jointArrangement');
  });
});

describe('audience-measurement exemption conditions', () => {
  const exempt = (over: Partial<CookieFacts>) =>
    cookie({ name: '_pk_id', party: 'first', category: 'audience-measurement-exempt', provider: 'Matomo', ...over });
  test('exemptExtended fires on an exempt cookie extended on each visit, only there', () => {
    expect(codes({ cookies: [exempt({ extendedOnEachVisit: true })] })).toContain('exemptExtended');
    expect(codes({ cookies: [exempt({})] })).not.toContain('exemptExtended');
    expect(codes({ cookies: [cookie({ extendedOnEachVisit: true })] })).not.toContain('exemptExtended');
  });
  test('exemptStatistics fires above 25 months of statistics, not at 25 nor when unsaid', () => {
    const found = lintLocale({ ...base, cookies: [exempt({ statisticsRetentionMonths: 26 })] } as PrivacyFacts).filter(
      (f) => f.code === 'exemptStatistics'
    );
    expect(found).toEqual([expect.objectContaining({ severity: 'error', field: 'statisticsRetentionMonths', params: { months: '26' } })]);
    expect(codes({ cookies: [exempt({ statisticsRetentionMonths: 25 })] })).not.toContain('exemptStatistics');
    expect(codes({ cookies: [exempt({ statisticsRetentionMonths: null })] })).not.toContain('exemptStatistics');
  });
  test('exemptLifetime counts years: 1 year passes, 2 years do not', () => {
    expect(codes({ cookies: [exempt({ lifetimeValue: 1, lifetimeUnit: 'years' })] })).not.toContain('exemptLifetime');
    expect(codes({ cookies: [exempt({ lifetimeValue: 2, lifetimeUnit: 'years' })] })).toContain('exemptLifetime');
  });
});

describe('trackerPatternMissing', () => {
  test('fires on one instance of a numbered family without a pattern', () => {
    const found = lintLocale({ ...base, cookies: [cookie({ name: '_ga_ABC123' })] } as PrivacyFacts).filter(
      (f) => f.code === 'trackerPatternMissing'
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'namePattern',
        params: { name: '_ga_ABC123', vendor: 'Google Analytics 4', pattern: '_ga_*' },
      }),
    ]);
    expect(codes({ cookies: [cookie({ name: '_pk_id.1.c4f2', category: 'audience-measurement-exempt' })] })).toContain(
      'trackerPatternMissing'
    );
  });
  test('does not fire with a pattern, on a plain name, nor on the bare prefix', () => {
    expect(codes({ cookies: [cookie({ name: '_ga_ABC123', namePattern: '_ga_*' })] })).not.toContain('trackerPatternMissing');
    expect(codes({ cookies: [cookie({ name: '_ga' })] })).not.toContain('trackerPatternMissing');
    expect(codes({ cookies: [cookie({ name: '_ga_' })] })).not.toContain('trackerPatternMissing');
  });
});

describe('b2bOptOutMissing', () => {
  const prospecting = purpose({
    legalBasis: 'legitimate-interests',
    legitimateInterest: 'Prospecting',
    audience: 'b2b',
    consentForm: null,
  });
  const org = (rightsContactEmail: string | null, dpo: PrivacyFacts['organization']['dpo']) => ({
    ...base.organization,
    rightsContactEmail,
    dpo,
  });
  test('fires on B2B prospecting on legitimate interests when there is no rights contact nor DPO', () => {
    const found = lintLocale({ ...base, organization: org(null, null), purposes: [prospecting] }).find(
      (f) => f.code === 'b2bOptOutMissing'
    );
    expect(found).toMatchObject({ severity: 'warning', field: 'rightsContactEmail', params: { purpose: 'Newsletter' } });
  });
  test('does not fire with a rights contact, with a consent form, or for a B2C audience', () => {
    expect(codes({ organization: org('privacy@example.com', null), purposes: [prospecting] })).not.toContain('b2bOptOutMissing');
    expect(codes({ organization: org(null, null), purposes: [{ ...prospecting, consentForm: 'newsletter' }] })).not.toContain(
      'b2bOptOutMissing'
    );
    expect(codes({ organization: org(null, null), purposes: [{ ...prospecting, audience: 'b2c' }] })).not.toContain('b2bOptOutMissing');
  });
});

const retention = (over: Partial<RetentionFacts>): RetentionFacts => ({
  documentId: 't-rule',
  label: 'Rule',
  durationValue: 3,
  durationUnit: 'years',
  startsFrom: 'from your last contact with us',
  criteria: null,
  afterwards: 'delete',
  legalReference: null,
  benchmark: null,
  ...over,
});
const ofCode = (facts: Partial<PrivacyFacts>, code: string, today?: string) =>
  lintLocale({ ...base, ...facts } as PrivacyFacts, today).filter((f) => f.code === code);

describe('marketing purposes', () => {
  test('are recognised by a newsletter or marketing-automation form, a key naming prospecting, or B2B prospecting', () => {
    expect(isMarketingPurpose(purpose({ consentForm: 'newsletter' }))).toBe(true);
    expect(isMarketingPurpose(purpose({ consentForm: 'marketing-automation' }))).toBe(true);
    expect(isMarketingPurpose(purpose({ consentForm: 'none', key: 'b2b-prospecting' }))).toBe(true);
    expect(isMarketingPurpose(purpose({ consentForm: 'none', key: 'prospects' }))).toBe(true);
    expect(isMarketingPurpose(purpose({ consentForm: 'none', key: null, legalBasis: 'legitimate-interests', audience: 'b2b' }))).toBe(true);
    expect(isMarketingPurpose(purpose({ consentForm: 'account-creation', key: 'customer-account', legalBasis: 'contract' }))).toBe(false);
    expect(isMarketingPurpose(purpose({ consentForm: 'none', key: 'non-prospect-list', legalBasis: 'legal-obligation' }))).toBe(true);
    expect(isMarketingPurpose(purpose({ consentForm: 'none', key: 'retrospective', legalBasis: 'legal-obligation' }))).toBe(false);
  });
});

describe('b2cElectronicProspecting', () => {
  const mailing = (over: Partial<PurposeFacts>) =>
    purpose({ legalBasis: 'legitimate-interests', legitimateInterest: 'Selling', audience: 'b2c', channels: ['email'], ...over });
  test.each([
    ['email to consumers', {}],
    ['sms to everyone', { channels: ['sms'] as PurposeFacts['channels'], audience: 'both' as const }],
    ['a prospecting key on a contract basis', { consentForm: 'none' as const, key: 'prospects', legalBasis: 'contract' as const }],
  ])('fires as an error on %s on a basis other than consent', (_case, over) => {
    expect(ofCode({ purposes: [mailing(over)] }, 'b2cElectronicProspecting')).toEqual([
      expect.objectContaining({ severity: 'error', field: 'legalBasis', article: expect.stringContaining('CPCE L34-5') }),
    ]);
  });
  test('does not fire on consent, on professionals only, without e-mail or SMS, or on a purpose that is not marketing', () => {
    expect(codes({ purposes: [mailing({ legalBasis: 'consent' })] })).not.toContain('b2cElectronicProspecting');
    expect(codes({ purposes: [mailing({ audience: 'b2b' })] })).not.toContain('b2cElectronicProspecting');
    expect(codes({ purposes: [mailing({ channels: ['post', 'phone'] })] })).not.toContain('b2cElectronicProspecting');
    expect(codes({ purposes: [mailing({ channels: [] })] })).not.toContain('b2cElectronicProspecting');
    expect(
      codes({ purposes: [mailing({ consentForm: 'account-creation', key: 'customer-account', legalBasis: 'contract' })] })
    ).not.toContain('b2cElectronicProspecting');
  });
});

describe('b2cPhoneCanvassing', () => {
  const calling = purpose({
    legalBasis: 'legitimate-interests',
    legitimateInterest: 'Selling',
    audience: 'both',
    consentForm: 'none',
    key: 'phone-prospecting',
    channels: ['phone'],
  });
  test('is a warning the day before 11 August 2026 and an error from that day, citing the amended L223-1', () => {
    expect(ofCode({ purposes: [calling] }, 'b2cPhoneCanvassing', '2026-08-10')).toEqual([
      expect.objectContaining({ severity: 'warning', article: 'Code de la consommation L223-1 (prior consent from 11 August 2026)' }),
    ]);
    expect(ofCode({ purposes: [calling] }, 'b2cPhoneCanvassing', '2026-08-11')).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'legalBasis',
        article: 'Code de la consommation L223-1 as amended by loi n° 2025-594 of 30 June 2025, art. 13',
      }),
    ]);
    expect(ofCode({ purposes: [calling] }, 'b2cPhoneCanvassing', '2027-01-01')[0].severity).toBe('error');
  });
  test('does not fire on consent, on professionals, without the phone channel, or on a purpose that is not marketing', () => {
    const today = '2026-09-01';
    expect(ofCode({ purposes: [{ ...calling, legalBasis: 'consent' }] }, 'b2cPhoneCanvassing', today)).toEqual([]);
    expect(ofCode({ purposes: [{ ...calling, audience: 'b2b' }] }, 'b2cPhoneCanvassing', today)).toEqual([]);
    expect(ofCode({ purposes: [{ ...calling, channels: ['email'] }] }, 'b2cPhoneCanvassing', today)).toEqual([]);
    expect(ofCode({ purposes: [{ ...calling, key: 'customer-support', legalBasis: 'contract' }] }, 'b2cPhoneCanvassing', today)).toEqual(
      []
    );
  });
});

describe('retention benchmarks', () => {
  test('the table gives a bound and a source to every benchmark of the schema', () => {
    expect(Object.keys(RETENTION_BENCHMARKS).sort()).toEqual([...ENUMS['retention-rule'].benchmark].sort());
    for (const spec of Object.values(RETENTION_BENCHMARKS)) expect(spec.source.trim()).not.toBe('');
    expect(RETENTION_BENCHMARKS['cnil-prospects'].maxMonths).toBe(36);
    expect(RETENTION_BENCHMARKS.accounting.maxMonths).toBe(120);
    expect(RETENTION_BENCHMARKS['cnil-candidates'].maxMonths).toBe(24);
    expect(RETENTION_BENCHMARKS['connection-logs']).toMatchObject({ minMonths: 6, maxMonths: 12 });
    expect(RETENTION_BENCHMARKS['suppression-list'].minMonths).toBe(36);
  });

  test.each([
    ['cnil-prospects', 4, 'years', '36'],
    ['cnil-prospects', 1097, 'days', '36'],
    ['accounting', 11, 'years', '120'],
    ['cnil-candidates', 25, 'months', '24'],
    ['connection-logs', 2, 'years', '12'],
  ] as const)('retentionOverBenchmark fires on %s kept %s %s without a legal reference', (benchmark, durationValue, durationUnit, max) => {
    expect(ofCode({ retentionRules: [retention({ benchmark, durationValue, durationUnit })] }, 'retentionOverBenchmark')).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'durationValue', params: { benchmark, max } }),
    ]);
  });

  test('retentionOverBenchmark does not fire at the maximum, with a legal reference, by criteria, or without a maximum', () => {
    const none = (over: Partial<RetentionFacts>) => ofCode({ retentionRules: [retention(over)] }, 'retentionOverBenchmark');
    expect(none({ benchmark: 'cnil-prospects', durationValue: 3, durationUnit: 'years' })).toEqual([]);
    expect(none({ benchmark: 'cnil-prospects', durationValue: 36, durationUnit: 'months' })).toEqual([]);
    expect(none({ benchmark: 'cnil-prospects', durationValue: 1095, durationUnit: 'days' })).toEqual([]);
    expect(none({ benchmark: 'cnil-prospects', durationValue: 5, durationUnit: 'years', legalReference: 'Code civil, art. 2224' })).toEqual(
      []
    );
    expect(none({ benchmark: 'cnil-prospects', durationValue: null, durationUnit: null, criteria: 'Until you unsubscribe' })).toEqual([]);
    expect(none({ benchmark: 'cnil-customers', durationValue: 30, durationUnit: 'years' })).toEqual([]);
    expect(none({ benchmark: null, durationValue: 30, durationUnit: 'years' })).toEqual([]);
  });

  test('retentionUnderBenchmark fires on a suppression list or logs kept less than the minimum, not at it', () => {
    const under = (over: Partial<RetentionFacts>) => ofCode({ retentionRules: [retention(over)] }, 'retentionUnderBenchmark');
    expect(under({ benchmark: 'suppression-list', durationValue: 1, durationUnit: 'years' })).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'durationValue', params: { benchmark: 'suppression-list', min: '36' } }),
    ]);
    expect(under({ benchmark: 'connection-logs', durationValue: 90, durationUnit: 'days' })).toHaveLength(1);
    expect(under({ benchmark: 'suppression-list', durationValue: 3, durationUnit: 'years' })).toEqual([]);
    expect(under({ benchmark: 'connection-logs', durationValue: 6, durationUnit: 'months' })).toEqual([]);
    expect(under({ benchmark: 'suppression-list', durationValue: 1, durationUnit: 'years', legalReference: 'Sector rule' })).toEqual([]);
  });

  test('prospectRetentionStart fires on the prospects benchmark with a duration and no start, and only then', () => {
    const start = (over: Partial<RetentionFacts>) => ofCode({ retentionRules: [retention(over)] }, 'prospectRetentionStart');
    expect(start({ benchmark: 'cnil-prospects', startsFrom: null })).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'startsFrom' }),
    ]);
    expect(start({ benchmark: 'cnil-prospects' })).toEqual([]);
    expect(
      start({ benchmark: 'cnil-prospects', startsFrom: null, durationValue: null, durationUnit: null, criteria: 'Until you unsubscribe' })
    ).toEqual([]);
    expect(start({ benchmark: 'accounting', startsFrom: null })).toEqual([]);
  });

  test('marketingRetentionBenchmark is an info on a marketing purpose’s rule without a benchmark, once per rule', () => {
    const rule = retention({});
    const facts = {
      retentionRules: [rule],
      purposes: [
        purpose({ documentId: 'p1', name: 'Newsletter', retention: rule }),
        purpose({ documentId: 'p2', name: 'Prospects', key: 'prospects', consentForm: 'none', retention: rule }),
        purpose({ documentId: 'p3', name: 'Account', key: 'account', consentForm: 'account-creation', retention: rule }),
      ],
    };
    expect(ofCode(facts, 'marketingRetentionBenchmark')).toEqual([
      expect.objectContaining({
        severity: 'info',
        field: 'benchmark',
        documentId: 't-rule',
        params: { purposes: 'Newsletter, Prospects' },
      }),
    ]);
    const named = retention({ benchmark: 'cnil-prospects' });
    expect(ofCode({ retentionRules: [named], purposes: [purpose({ retention: named })] }, 'marketingRetentionBenchmark')).toEqual([]);
    expect(
      ofCode(
        { retentionRules: [rule], purposes: [purpose({ consentForm: 'account-creation', key: null, retention: rule })] },
        'marketingRetentionBenchmark'
      )
    ).toEqual([]);
  });
});

describe('processings a DPO expects', () => {
  const newsletter = purpose({ documentId: 'p1', name: 'Newsletter', retention: retention({}) });
  const keyed = (key: string, benchmark: RetentionFacts['benchmark'] = null) =>
    purpose({
      documentId: key,
      key,
      name: key,
      legalBasis: 'legal-obligation',
      consentForm: 'none',
      retention: retention({ documentId: `t-${key}`, benchmark }),
    });

  test('marketing e-mails without a suppression list, and consent forms without a proof, are warnings on the organization', () => {
    const found = lintLocale({ ...base, purposes: [newsletter] }).filter((f) =>
      ['suppressionListMissing', 'consentProofMissing'].includes(f.code)
    );
    expect(found).toEqual([
      expect.objectContaining({ code: 'suppressionListMissing', severity: 'warning', documentId: '', params: { purposes: 'Newsletter' } }),
      expect.objectContaining({ code: 'consentProofMissing', severity: 'warning', documentId: '', params: { purposes: 'Newsletter' } }),
    ]);
    expect(found[0].entry).toBe(base.organization.name || '—');
  });

  test('a purpose keyed suppression-list or consent-proof, or a retention rule with that benchmark, is the processing', () => {
    for (const purposes of [
      [newsletter, keyed('suppression-list'), keyed('consent-proof')],
      [newsletter, keyed('opposition', 'suppression-list'), keyed('proofs', 'consent-proof')],
    ]) {
      expect(codes({ purposes })).not.toContain('suppressionListMissing');
      expect(codes({ purposes })).not.toContain('consentProofMissing');
    }
  });

  test('no finding without marketing e-mails nor consent forms; none for a marketing purpose by post only', () => {
    const account = purpose({ key: 'account', consentForm: 'account-creation', legalBasis: 'contract' });
    expect(codes({ purposes: [account] })).not.toContain('suppressionListMissing');
    expect(codes({ purposes: [account] })).not.toContain('consentProofMissing');
    const byPost = purpose({
      key: 'prospects',
      consentForm: 'none',
      legalBasis: 'legitimate-interests',
      legitimateInterest: 'x',
      channels: ['post'],
    });
    expect(codes({ purposes: [byPost] })).not.toContain('suppressionListMissing');
    expect(codes({ purposes: [] })).not.toContain('suppressionListMissing');
  });
});

describe('bundledConsent', () => {
  const paper = purpose({ documentId: 'p1', name: 'White paper', consentForm: 'white-paper', description: 'Sending the paper.' });
  const planted = purpose({
    documentId: 'p2',
    name: 'Sales follow-up',
    consentForm: 'white-paper',
    description: 'Calls after a download.',
  });
  const onlyIn = (facts: Partial<PrivacyFacts>, code: string) =>
    lintLocale({ ...base, ...facts } as PrivacyFacts).filter((f) => f.code === code);
  test('fires, as an error, on the second consent purpose whose box on a shared form reads like the first', () => {
    const found = onlyIn({ purposes: [paper, planted] }, 'bundledConsent');
    expect(found).toEqual([
      expect.objectContaining({
        documentId: 'p2',
        severity: 'error',
        field: 'consentForm',
        params: { form: 'white-paper', purpose: 'White paper' },
        article: 'GDPR Art. 4(11), 7(2), EDPB Guidelines 05/2020 on consent §3.1.3 (granularity)',
      }),
    ]);
  });
  test('does not fire once the second use has a box of its own, nor on boxes that name their purpose or frequency', () => {
    expect(onlyIn({ purposes: [paper, { ...planted, consentForm: 'other' }] }, 'bundledConsent')).toEqual([]);
    const other = (documentId: string, name: string) => purpose({ documentId, name, consentForm: 'other' });
    expect(onlyIn({ purposes: [other('p1', 'Surveys'), other('p2', 'Events')] }, 'bundledConsent')).toEqual([]);
    const weekly = purpose({ documentId: 'p1', emailFrequency: 'weekly' });
    const monthly = purpose({ documentId: 'p2', name: 'Digest', emailFrequency: 'monthly' });
    expect(onlyIn({ purposes: [weekly, monthly] }, 'bundledConsent')).toEqual([]);
    // A purpose on another basis on the same form has no box: nothing is bundled.
    expect(onlyIn({ purposes: [paper, { ...planted, legalBasis: 'legitimate-interests' }] }, 'bundledConsent')).toEqual([]);
  });
});

describe('bundledConsentSecondUse', () => {
  const onlyIn = (purposes: PurposeFacts[]) =>
    lintLocale({ ...base, purposes } as PrivacyFacts).filter((f) => f.code === 'bundledConsentSecondUse');
  const paper = (description: string) => purpose({ consentForm: 'white-paper', description });
  test.each([
    ['Sending the white paper you asked for, and we will contact you about our offers.', 'and we will contact you'],
    ['Envoi du livre blanc demandé, et nous vous recontacterons pour vous présenter nos offres.', 'et nous vous recontacterons'],
    ['Envoi du livre blanc ET  NOUS VOUS RECONTACTERONS.', 'et nous vous recontacterons'],
  ])('fires, as a warning, on %j', (description, phrase) => {
    expect(onlyIn([paper(description)])).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'description', params: { phrase } }),
    ]);
  });
  test.each([
    'Sending the white paper you asked for, without subscribing you to the newsletter.',
    'Envoi du livre blanc demandé, sans abonnement à la newsletter.',
    'Sending the paper; we will not contact you about anything else.',
    'Envoi du livre blanc : nous ne vous recontacterons pas.',
  ])('does not fire on %j', (description) => {
    expect(onlyIn([paper(description)])).toEqual([]);
  });
  test('does not fire on a purpose that is not on consent, nor without a form', () => {
    const text = 'Sending the paper, and we will contact you.';
    expect(onlyIn([purpose({ description: text, legalBasis: 'legitimate-interests', legitimateInterest: 'x' })])).toEqual([]);
    expect(onlyIn([purpose({ description: text, consentForm: 'none' })])).toEqual([]);
  });
});

describe('dpiaScreening', () => {
  const screened = (p: PurposeFacts, facts: Partial<PrivacyFacts> = {}) =>
    lintLocale({ ...base, cookies: [], ...facts, purposes: [p] } as PrivacyFacts).filter((f) => f.code === 'dpiaScreening');
  const neutral = purpose({
    legalBasis: 'contract',
    consentForm: 'none',
    profiling: false,
    profilingLogic: 'x',
    automatedDecision: false,
    automatedDecisionLogic: 'x',
    sensitiveData: false,
    sensitiveDataCondition: 'explicit-consent',
    criminalData: false,
    minors: 'none',
    dataSubjectCategories: ['customers'],
  });
  test('fires at two criteria, as a warning, and lists them', () => {
    expect(screened({ ...neutral, profiling: true, dataSubjectCategories: ['employees'] })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: null,
        documentId: 'p1',
        params: { count: '2', criteria: 'evaluation,vulnerablePeople' },
      }),
    ]);
    expect(screened({ ...neutral, automatedDecision: true })[0].params).toEqual({ count: '2', criteria: 'evaluation,automatedDecision' });
    expect(screened({ ...neutral, sensitiveData: true, minors: 'targets' })[0].params.criteria).toBe('sensitiveData,vulnerablePeople');
  });
  test('is nothing below two criteria', () => {
    expect(screened(neutral)).toEqual([]);
    expect(screened({ ...neutral, profiling: true })).toEqual([]);
    expect(screened({ ...neutral, criminalData: true })).toEqual([]);
    expect(screened({ ...neutral, dataSubjectCategories: ['children'], minors: 'targets' })).toEqual([]);
    expect(screened({ ...neutral, minors: 'may-reach', profiling: true })).toEqual([]);
  });
  test('systematic monitoring: profiling fed by an advertising or analytics tracker whose recipient the purpose has', () => {
    const google = recipient('Google LLC');
    const profiled = { ...neutral, profiling: true, recipients: [google] };
    const linked = cookie({ category: 'advertising', recipient: google.documentId, provider: 'Someone' });
    expect(screened(profiled, { cookies: [linked] })[0].params.criteria).toBe('evaluation,systematicMonitoring');
    expect(screened(profiled, { cookies: [cookie({ provider: 'Google' })] })[0].params.criteria).toBe('evaluation,systematicMonitoring');
    // A tracker feeding another recipient, an exempt one, or no profiling: not monitoring by this purpose.
    expect(screened(profiled, { cookies: [cookie({ provider: 'Hotjar' })] })).toEqual([]);
    expect(
      screened(profiled, { cookies: [cookie({ provider: 'Google', category: 'audience-measurement-exempt', party: 'first' })] })
    ).toEqual([]);
    expect(screened({ ...profiled, profiling: false }, { cookies: [linked] })).toEqual([]);
  });
  test('the criteria are translated and joined in the admin language', () => {
    const t = (key: string) => String(lookup(fr, key));
    expect(messageParams(t, 'dpiaScreening', { count: '2', criteria: 'evaluation,vulnerablePeople' })).toEqual({
      count: '2',
      criteria: 'évaluation ou notation, personnes vulnérables (enfants, salariés)',
    });
    expect(messageParams(t, 'consentForm', { criteria: 'evaluation' })).toEqual({ criteria: 'evaluation' });
    for (const criterion of DPIA_CRITERIA) {
      expect(typeof lookup(en, `dpiaCriteria.${criterion}`)).toBe('string');
      expect(typeof lookup(fr, `dpiaCriteria.${criterion}`)).toBe('string');
    }
  });
});

describe('bannerCategoryWithoutPurpose', () => {
  const found = (purposes: PurposeFacts[], cookies: CookieFacts[]) =>
    lintLocale({ ...base, purposes, cookies } as PrivacyFacts).filter((f) => f.code === 'bannerCategoryWithoutPurpose');
  const contract = purpose({ legalBasis: 'contract', consentForm: 'none' });
  const trackers = [
    cookie({ documentId: 'c1', name: '_ga', category: 'analytics' }),
    cookie({ documentId: 'c2', name: '_gid', category: 'analytics' }),
    cookie({ documentId: 'c3', name: 'session', category: 'necessary', party: 'first' }),
  ];
  test('fires once per consent category of trackers when no purpose relies on consent, naming the trackers', () => {
    expect(found([contract], trackers)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        uid: 'plugin::privacy.purpose',
        documentId: '',
        field: null,
        params: { category: 'analytics', cookies: '_ga, _gid' },
      }),
    ]);
    expect(
      found([contract], [...trackers, cookie({ documentId: 'c4', name: 'fr', category: 'advertising' })]).map((f) => f.params.category)
    ).toEqual(['analytics', 'advertising']);
  });
  test('does not fire once a purpose relies on consent, nor on exempt trackers only', () => {
    expect(found([contract, purpose({ documentId: 'p2', name: 'Audience analysis', consentForm: 'other' })], trackers)).toEqual([]);
    expect(found([contract], [trackers[2], cookie({ name: '_pk_id', category: 'audience-measurement-exempt', party: 'first' })])).toEqual(
      []
    );
  });
  test('its category is the banner’s own title, in the admin language', () => {
    const t = (key: string) => String(lookup(fr, key));
    expect(messageParams(t, 'bannerCategoryWithoutPurpose', { category: 'analytics', cookies: '_ga' })).toEqual({
      category: String(lookup(fr, 'banner.categories.analytics.title')),
      cookies: '_ga',
    });
    expect(typeof lookup(fr, 'banner.categories.social-media.title')).toBe('string');
  });
});
