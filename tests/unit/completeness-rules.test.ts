// Unit: the completeness rules' catalogue, its generated document, and the rules added for issue #17.
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import en from '../../templates/locales/en.json';
import fr from '../../templates/locales/fr.json';
import type { CookieFacts, PrivacyFacts, PurposeFacts, RecipientFacts } from '../../server/src/documents/facts';
import { lintLocale, providerMatchesRecipient } from '../../server/src/report/completeness';
import { RULES, rulesMarkdown } from '../../server/src/report/rules';
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
