// The completeness linter: every item of the legal checklist (docs/legal-checklist.md) that the entries leave missing or contradict, with its article and the field to fix.
import type { CookieFacts, PrivacyFacts, PurposeFacts, RecipientFacts, RetentionFacts } from '../documents/facts';
import { CONSENT_EXEMPT_CATEGORIES, countriesOf, lines, needsConsent, transfersOutsideEea } from '../documents/facts';
import { isInEea } from '../documents/regions';
import { isDirectMarketing } from '../documents/rights';
import { choiceCookie } from '../documents/consent-cookie';
import { checkboxWording } from '../documents/consent-checkbox';
import { parisDate, type CalendarDate } from '../registers/deadlines';
import { UID } from '../uids';

import { RETENTION_BENCHMARKS, durationMonths, type Benchmark } from './retention-benchmarks';
import { PHONE_OPT_IN_FROM, ruleOf, type Severity } from './rules';

export type { Severity } from './rules';

export interface Finding {
  severity: Severity;
  /** The rule, also the key of its message in templates/locales (report.<code>). */
  code: string;
  /** Where the requirement comes from, as cited to the editor. */
  article: string;
  uid: string;
  documentId: string;
  /** The entry's name, so the editor knows which one. */
  entry: string;
  locale: string;
  field: string | null;
  /** Values the message quotes. */
  params: Record<string, string>;
}

type Check<T> = (item: T, facts: PrivacyFacts) => Array<Omit<Finding, 'uid' | 'documentId' | 'entry' | 'locale'>>;

/** A finding of a catalogued rule; `variant` picks the rule's second severity and citation (rules.ts). */
export const finding = (
  code: string,
  field: string | null,
  params: Record<string, string> = {},
  variant = false
): Omit<Finding, 'uid' | 'documentId' | 'entry' | 'locale'> => {
  const rule = ruleOf(code);
  const chosen = variant && rule.variant ? rule.variant : rule;
  return { severity: chosen.severity, code, article: chosen.article, field, params };
};

const blank = (value: string | null | undefined): boolean => value === null || value === undefined || value.trim() === '';

/** Cookie categories that need consent and whose third-party setters receive the data (a recipient of Art. 13(1)(e)). */
const TRACKER_CATEGORIES: readonly string[] = ['analytics', 'advertising', 'social-media'];

const words = (value: string): string[] =>
  value
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * A cookie's provider names a recipient when, compared word by word (case-insensitive, punctuation ignored), one name
 * starts with the other: "Google" matches "Google LLC" and "Google Ireland Ltd" matches "Google"; "Goo" matches nothing.
 */
export const providerMatchesRecipient = (provider: string, recipient: string): boolean => {
  const a = words(provider);
  const b = words(recipient);
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((word, i) => long[i] === word);
};

const noConsentForm = (p: PurposeFacts): boolean => p.consentForm === null || p.consentForm === 'none';

/** B2B prospecting as the model tells it: legitimate interests, audience b2b, no consent form (the CNIL's opt-out regime). */
export const isB2bProspecting = (p: PurposeFacts): boolean =>
  p.legalBasis === 'legitimate-interests' && p.audience === 'b2b' && noConsentForm(p);

/** A purpose key naming prospecting: one of its hyphen-separated parts starts with "prospect" (prospects, b2b-prospecting). */
export const keyNamesProspecting = (key: string | null): boolean =>
  key !== null && key.split('-').some((part) => part.startsWith('prospect'));

/**
 * Marketing, as the report recognises it (docs/completeness-rules.md): a newsletter or marketing-automation form, a key
 * naming prospecting, or B2B prospecting. Narrower than isDirectMarketing (documents/rights.ts), which every audience
 * meets, so that an error is not raised on invoicing.
 */
export const isMarketingPurpose = (p: PurposeFacts): boolean =>
  p.consentForm === 'newsletter' || p.consentForm === 'marketing-automation' || keyNamesProspecting(p.key) || isB2bProspecting(p);

const reachesConsumers = (p: PurposeFacts): boolean => p.audience === 'b2c' || p.audience === 'both';
const usesElectronicMail = (p: PurposeFacts): boolean => p.channels.includes('email') || p.channels.includes('sms');

/** A processing the organization has, named by its purpose key or by the benchmark of the retention rule a purpose uses. */
const hasProcessing = (facts: PrivacyFacts, name: 'suppression-list' | 'consent-proof'): boolean =>
  facts.purposes.some((p) => p.key === name || p.retention?.benchmark === name);

const names = (purposes: PurposeFacts[]): string => purposes.map((p) => p.name || '—').join(', ');

/**
 * Phrases by which a consent purpose's description announces a second use beside the one the box asks for (a white
 * paper "and we will contact you"). Kept short on purpose: an editor's wording that merely resembles one raises
 * nothing. Compared after normalizedText (lower case, no accents, straight apostrophes, single spaces).
 */
export const BUNDLED_USE_PHRASES: readonly string[] = [
  'and we will contact you',
  'and we may contact you',
  'and we will call you',
  'we will also contact you',
  'we may also contact you',
  'and to contact you',
  'et nous vous recontacterons',
  'et nous vous contacterons',
  'et nous vous appellerons',
  'nous vous recontacterons ensuite',
  'nous pourrons vous recontacter',
  'nous pourrons aussi vous contacter',
  'et pour vous recontacter',
  'et pour vous contacter',
];

const normalizedText = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\s+/gu, ' ');

/** The phrase of BUNDLED_USE_PHRASES a description contains, or null. */
export const bundledUsePhrase = (description: string | null): string | null => {
  if (blank(description)) return null;
  const text = ` ${normalizedText(description as string)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/ +/g, ' ')} `;
  return BUNDLED_USE_PHRASES.find((phrase) => text.includes(` ${phrase} `)) ?? null;
};

/**
 * Consent purposes whose box on a shared form reads like an earlier one's (one tick would consent to both): each
 * purpose after the first of such a group, with the first one's name.
 */
const bundledOnForms = (facts: PrivacyFacts): Map<string, { form: string; first: string }> => {
  const bundled = new Map<string, { form: string; first: string }>();
  const seen = new Map<string, PurposeFacts>();
  for (const p of facts.purposes) {
    if (p.legalBasis !== 'consent' || noConsentForm(p)) continue;
    const form = p.consentForm as Exclude<PurposeFacts['consentForm'], null | 'none'>;
    const { key, params } = checkboxWording(form, p);
    const identity = JSON.stringify([form, key, params]);
    const first = seen.get(identity);
    if (first) bundled.set(p.documentId, { form, first: first.name || '—' });
    else seen.set(identity, p);
  }
  return bundled;
};

/** The DPIA criteria of WP248 rev.01 the model can read (docs/completeness-rules.md, dpiaScreening), in the guidelines' order. */
export const DPIA_CRITERIA = ['evaluation', 'automatedDecision', 'systematicMonitoring', 'sensitiveData', 'vulnerablePeople'] as const;
export type DpiaCriterion = (typeof DPIA_CRITERIA)[number];

/** Categories of data subjects the guidelines name as vulnerable (children; employees, for the imbalance of power). */
const VULNERABLE_SUBJECTS: readonly string[] = ['children', 'employees'];

/** A tracker in analytics, advertising or social-media whose data goes to one of the purpose's recipients. */
const fedByTracker = (p: PurposeFacts, facts: PrivacyFacts): boolean =>
  facts.cookies.some(
    (c) =>
      TRACKER_CATEGORIES.includes(c.category) &&
      p.recipients.some((r) =>
        c.recipient !== null ? r.documentId === c.recipient : !blank(c.provider) && providerMatchesRecipient(c.provider, r.name)
      )
  );

/** The DPIA criteria a purpose meets, as far as the model tells them. */
export const dpiaCriteria = (p: PurposeFacts, facts: PrivacyFacts): DpiaCriterion[] => {
  const met: Record<DpiaCriterion, boolean> = {
    evaluation: p.profiling || p.automatedDecision,
    automatedDecision: p.automatedDecision,
    systematicMonitoring: p.profiling && fedByTracker(p, facts),
    sensitiveData: p.sensitiveData || p.criminalData,
    vulnerablePeople: p.minors === 'targets' || p.dataSubjectCategories.some((category) => VULNERABLE_SUBJECTS.includes(category)),
  };
  return DPIA_CRITERIA.filter((criterion) => met[criterion]);
};

/** WP248 rev.01: two criteria or more, a DPIA is required in most cases. */
const DPIA_THRESHOLD = 2;

const organizationChecks: Check<PrivacyFacts['organization']> = (org, facts) => [
  ...(blank(org.name) ? [finding('organizationName', 'name')] : []),
  ...(blank(org.address) ? [finding('organizationAddress', 'address')] : []),
  ...(blank(org.email) ? [finding('organizationEmail', 'email')] : []),
  ...(!isInEea(org.country) && blank(org.euRepresentative)
    ? [finding('euRepresentative', 'euRepresentative', { country: org.country })]
    : []),
  ...(blank(org.rightsContactEmail) && !org.dpo ? [finding('rightsContact', 'rightsContactEmail')] : []),
  ...(!org.dpo ? [finding('dpo', 'dpo')] : []),
  // B2B prospecting on legitimate interests, with no consent form: each message must offer a free, simple way to
  // object (CPCE L34-5, CNIL); with neither a rights contact nor a DPO, the policy names no address for it.
  ...(blank(org.rightsContactEmail) && !org.dpo
    ? facts.purposes.filter(isB2bProspecting).map((p) => finding('b2bOptOutMissing', 'rightsContactEmail', { purpose: p.name || '—' }))
    : []),
  ...(blank(org.policyUrl) ? [finding('policyUrl', 'policyUrl')] : []),
  ...(blank(org.securityMeasures) ? [finding('securityMeasures', 'securityMeasures')] : []),
];

/** Categories of people who are not, as such, party to a contract with the organization (EDPB Guidelines 2/2019). */
const NOT_PARTY_TO_A_CONTRACT: readonly string[] = ['client-contacts', 'supplier-contacts', 'prospects'];

const purposeChecks = (
  p: PurposeFacts,
  facts: PrivacyFacts,
  today: CalendarDate,
  bundled: Map<string, { form: string; first: string }>
): ReturnType<Check<PurposeFacts>> => {
  const onForm = bundled.get(p.documentId);
  const secondUse = p.legalBasis === 'consent' && !noConsentForm(p) && !onForm ? bundledUsePhrase(p.description) : null;
  const indirect = p.source === 'third-party' || p.source === 'public-source';
  const dpia = dpiaCriteria(p, facts);
  const consumerMarketing = isMarketingPurpose(p) && reachesConsumers(p) && p.legalBasis !== 'consent';
  return [
    // E-mail and SMS prospecting of individuals needs their prior consent (CPCE L34-5).
    ...(consumerMarketing && usesElectronicMail(p) ? [finding('b2cElectronicProspecting', 'legalBasis')] : []),
    // Phone canvassing of consumers needs their prior consent from 11 August 2026 (Code de la consommation L223-1).
    ...(consumerMarketing && p.channels.includes('phone')
      ? [finding('b2cPhoneCanvassing', 'legalBasis', { from: PHONE_OPT_IN_FROM }, today >= PHONE_OPT_IN_FROM)]
      : []),
    ...(blank(p.description) ? [finding('purposeDescription', 'description')] : []),
    ...(p.legalBasis === 'legitimate-interests' && blank(p.legitimateInterest)
      ? [finding('legitimateInterest', 'legitimateInterest')]
      : []),
    ...(p.legalBasis === 'consent' && (p.consentForm === null || p.consentForm === 'none') ? [finding('consentForm', 'consentForm')] : []),
    // Art. 7(2), EDPB 05/2020 §3.1.3: one box per use, told apart; a description announcing a second use is read too.
    ...(onForm ? [finding('bundledConsent', 'consentForm', { form: onForm.form, purpose: onForm.first })] : []),
    ...(secondUse ? [finding('bundledConsentSecondUse', 'description', { phrase: secondUse })] : []),
    ...(p.legalBasis === 'consent' && (p.requirement === 'required-to-sign-up' || p.requirement === 'contractual')
      ? [finding('consentAsCondition', 'requirement')]
      : []),
    // Marketing e-mails and their scoring rarely have legal or similarly significant effects (WP251): profiling, not Art. 22.
    ...(p.automatedDecision && (p.consentForm === 'newsletter' || p.consentForm === 'marketing-automation' || p.emailFrequency !== null)
      ? [finding('automatedDecisionMarketing', 'automatedDecision')]
      : []),
    // Art. 6(1)(b) covers only a contract with the person: a client's or supplier's staff, or a prospect, is not a party.
    ...(p.legalBasis === 'contract' &&
    p.dataSubjectCategories.length > 0 &&
    p.dataSubjectCategories.every((category) => NOT_PARTY_TO_A_CONTRACT.includes(category))
      ? [finding('contractBasisNotParty', 'legalBasis')]
      : []),
    // Art. 8 and WP260: a purpose for children must say so, so that parental consent and plain wording follow.
    ...(p.dataSubjectCategories.includes('children') && (p.minors === null || p.minors === 'none')
      ? [finding('minorsUnset', 'minors')]
      : []),
    // Recital 38 and 71, WP251: no marketing profiling of children.
    ...(p.minors === 'targets' && p.profiling && isDirectMarketing(p) ? [finding('minorsProfiling', 'minors')] : []),
    ...(!p.retention ? [finding('purposeRetention', 'retention')] : []),
    ...(indirect && blank(p.sourceDetails) ? [finding('sourceDetails', 'sourceDetails')] : []),
    ...(lines(p.dataCategories).length === 0 ? [finding('dataCategories', 'dataCategories', {}, indirect)] : []),
    // The record's data-subjects column is filled by the structured categories as well as by the lines.
    ...(lines(p.dataSubjects).length === 0 && p.dataSubjectCategories.length === 0 ? [finding('dataSubjects', 'dataSubjects')] : []),
    ...(p.automatedDecision && blank(p.automatedDecisionLogic) ? [finding('automatedDecisionLogic', 'automatedDecisionLogic')] : []),
    ...(p.profiling && blank(p.profilingLogic) ? [finding('profilingLogic', 'profilingLogic')] : []),
    // Art. 9(2): the warning stays until the editor names the exception relied on.
    ...(p.sensitiveData && p.sensitiveDataCondition === null ? [finding('sensitiveData', 'sensitiveData')] : []),
    ...(p.criminalData ? [finding('criminalData', 'criminalData')] : []),
    // WP248 rev.01, CNIL délibération 2018-327: two criteria or more, a DPIA before the processing starts.
    ...(dpia.length >= DPIA_THRESHOLD ? [finding('dpiaScreening', null, { count: String(dpia.length), criteria: dpia.join(',') })] : []),
  ];
};

const recipientChecks: Check<RecipientFacts> = (r) => [
  ...(transfersOutsideEea(r) && (r.transferSafeguard === null || r.transferSafeguard === 'none-needed')
    ? [
        finding('transferSafeguard', 'transferSafeguard', {
          country: countriesOf(r)
            .filter((country) => !isInEea(country))
            .join(', '),
        }),
      ]
    : []),
  ...(r.transferSafeguard === 'derogation-art-49' && blank(r.safeguardDetails) ? [finding('derogationDetails', 'safeguardDetails')] : []),
  ...(r.category === 'joint-controller' && blank(r.jointArrangement) ? [finding('jointArrangement', 'jointArrangement')] : []),
];

/** A hair under a day, so that 36 months and 3 years compare equal whatever the rounding of days. */
const EPSILON_MONTHS = 0.01;

const benchmarkChecks = (r: RetentionFacts, benchmark: Benchmark): ReturnType<Check<RetentionFacts>> => {
  const { maxMonths, minMonths } = RETENTION_BENCHMARKS[benchmark];
  const months = durationMonths(r);
  const unexplained = blank(r.legalReference);
  return [
    ...(months !== null && maxMonths !== null && months > maxMonths + EPSILON_MONTHS && unexplained
      ? [finding('retentionOverBenchmark', 'durationValue', { benchmark, max: String(maxMonths) })]
      : []),
    ...(months !== null && minMonths !== null && months < minMonths - EPSILON_MONTHS && unexplained
      ? [finding('retentionUnderBenchmark', 'durationValue', { benchmark, min: String(minMonths) })]
      : []),
    // Free text cannot be checked to name a contact from the person: only its absence is reported.
    ...(benchmark === 'cnil-prospects' && months !== null && blank(r.startsFrom) ? [finding('prospectRetentionStart', 'startsFrom')] : []),
  ];
};

const retentionChecks: Check<RetentionFacts> = (r, facts) => {
  const marketing = facts.purposes.filter((p) => isMarketingPurpose(p) && p.retention?.documentId === r.documentId);
  return [
    ...(r.durationValue === null && blank(r.criteria) ? [finding('retentionRule', 'criteria')] : []),
    ...(r.benchmark ? benchmarkChecks(r, r.benchmark) : []),
    ...(r.benchmark === null && marketing.length > 0
      ? [finding('marketingRetentionBenchmark', 'benchmark', { purposes: names(marketing) })]
      : []),
  ];
};

/** Processings a DPO expects given others: the suppression list beside marketing messages, the proof beside consent forms. */
const expectedProcessings = (facts: PrivacyFacts): Array<ReturnType<typeof finding>> => {
  const mailing = facts.purposes.filter((p) => isMarketingPurpose(p) && (p.channels.length === 0 || usesElectronicMail(p)));
  const consentForms = facts.purposes.filter((p) => p.legalBasis === 'consent' && !noConsentForm(p));
  return [
    ...(mailing.length > 0 && !hasProcessing(facts, 'suppression-list')
      ? [finding('suppressionListMissing', null, { purposes: names(mailing) })]
      : []),
    ...(consentForms.length > 0 && !hasProcessing(facts, 'consent-proof')
      ? [finding('consentProofMissing', null, { purposes: names(consentForms) })]
      : []),
  ];
};

const MONTHS_13_IN_DAYS = 396;
/** CNIL audience-measurement exemption: the statistics drawn from the tracker are kept 25 months at most. */
const STATISTICS_MAX_MONTHS = 25;

/**
 * Vendors that number or suffix their cookies, so that one declared name covers only one site or container: the
 * prefix an instance's name starts with, and the pattern that covers them all (the vendors' cookie documentation).
 */
export const NUMBERED_COOKIES: ReadonlyArray<{ prefix: string; pattern: string; vendor: string }> = [
  { prefix: '_ga_', pattern: '_ga_*', vendor: 'Google Analytics 4' },
  { prefix: '_gac_', pattern: '_gac_*', vendor: 'Google Ads' },
  { prefix: '_pk_id.', pattern: '_pk_id.*', vendor: 'Matomo' },
  { prefix: '_pk_ses.', pattern: '_pk_ses.*', vendor: 'Matomo' },
  { prefix: '_hjSessionUser_', pattern: '_hjSessionUser_*', vendor: 'Hotjar' },
  { prefix: '_hjSession_', pattern: '_hjSession_*', vendor: 'Hotjar' },
];

/** The numbered family a cookie's name belongs to, when the cookie gives no pattern that covers it. */
const uncoveredNumbered = (c: CookieFacts) =>
  c.namePattern === null ? (NUMBERED_COOKIES.find((n) => c.name.startsWith(n.prefix) && c.name.length > n.prefix.length) ?? null) : null;

const cookieChecks: Check<CookieFacts> = (c, facts) => {
  const exempt = CONSENT_EXEMPT_CATEGORIES.includes(c.category);
  const lifetimeDays =
    c.lifetimeValue === null
      ? null
      : c.lifetimeUnit === 'years'
        ? c.lifetimeValue * 365.25
        : c.lifetimeUnit === 'months'
          ? c.lifetimeValue * 30.44
          : c.lifetimeUnit === 'days'
            ? c.lifetimeValue
            : 0;
  const numbered = uncoveredNumbered(c);
  const measuresAudience = c.category === 'audience-measurement-exempt';
  return [
    ...(exempt && c.party === 'third' ? [finding('exemptThirdParty', 'party')] : []),
    ...(c.category === 'audience-measurement-exempt' && lifetimeDays !== null && lifetimeDays > MONTHS_13_IN_DAYS
      ? [finding('exemptLifetime', 'lifetimeValue')]
      : []),
    ...(measuresAudience && c.extendedOnEachVisit ? [finding('exemptExtended', 'extendedOnEachVisit')] : []),
    ...(measuresAudience && c.statisticsRetentionMonths !== null && c.statisticsRetentionMonths > STATISTICS_MAX_MONTHS
      ? [finding('exemptStatistics', 'statisticsRetentionMonths', { months: String(c.statisticsRetentionMonths) })]
      : []),
    ...(c.lifetimeUnit === null ? [finding('cookieLifetime', 'lifetimeUnit')] : []),
    ...(numbered
      ? [finding('trackerPatternMissing', 'namePattern', { name: c.name, vendor: numbered.vendor, pattern: numbered.pattern })]
      : []),
    // A tracker linked to a recipient is disclosed through it, whatever its provider text says.
    ...(TRACKER_CATEGORIES.includes(c.category) &&
    c.party === 'third' &&
    c.recipient === null &&
    !blank(c.provider) &&
    !facts.recipients.some((r) => providerMatchesRecipient(c.provider, r.name))
      ? [finding('trackerProviderNotRecipient', 'provider', { provider: c.provider.trim() })]
      : []),
  ];
};

/**
 * Banner categories (the consent categories of trackers) present while no purpose relies on consent: the model links no
 * purpose to a tracker, so this is the check it can make (docs/completeness-rules.md, bannerCategoryWithoutPurpose).
 */
const uncoveredBannerCategories = (facts: PrivacyFacts): Array<ReturnType<typeof finding>> => {
  if (facts.purposes.some((p) => p.legalBasis === 'consent')) return [];
  const categories = [...new Set(facts.cookies.filter(needsConsent).map((c) => c.category))];
  return categories.map((category) =>
    finding('bannerCategoryWithoutPurpose', null, {
      category,
      cookies: facts.cookies
        .filter((c) => c.category === category)
        .map((c) => c.name)
        .join(', '),
    })
  );
};

const located = <T extends { documentId: string }>(
  uid: string,
  locale: string,
  items: T[],
  name: (item: T) => string,
  check: Check<T>,
  facts: PrivacyFacts
): Finding[] =>
  items.flatMap((item) => check(item, facts).map((f) => ({ ...f, uid, documentId: item.documentId, entry: name(item) || '—', locale })));

/**
 * Findings of one locale's entries. `today` (a Paris calendar day) decides the rules that depend on the date, such as
 * phone canvassing from 11 August 2026; tests give it, the report service passes the day of the request.
 */
export const lintLocale = (facts: PrivacyFacts, today: CalendarDate = parisDate(new Date())): Finding[] => {
  const { locale } = facts;
  const bundled = bundledOnForms(facts);
  return [
    ...located(UID.organization, locale, [facts.organization], (o) => o.name, organizationChecks, facts),
    ...(facts.purposes.length === 0
      ? [
          {
            ...finding('noPurpose', null),
            uid: UID.purpose,
            documentId: '',
            entry: facts.organization.name,
            locale,
          },
        ]
      : []),
    ...located(
      UID.purpose,
      locale,
      facts.purposes,
      (p) => p.name,
      (p) => purposeChecks(p, facts, today, bundled),
      facts
    ),
    ...(facts.purposes.length > 0
      ? expectedProcessings(facts).map((f) => ({ ...f, uid: UID.purpose, documentId: '', entry: facts.organization.name, locale }))
      : []),
    ...located(UID.recipient, locale, facts.recipients, (r) => r.name, recipientChecks, facts),
    ...located(UID.retentionRule, locale, facts.retentionRules, (r) => r.label, retentionChecks, facts),
    ...located(UID.cookie, locale, facts.cookies, (c) => c.name, cookieChecks, facts),
    ...uncoveredBannerCategories(facts).map((f) => ({ ...f, uid: UID.purpose, documentId: '', entry: facts.organization.name, locale })),
    ...(facts.cookies.some(needsConsent) && !choiceCookie(facts).declared
      ? [
          {
            ...finding('consentCookieUndeclared', 'name', {
              name: choiceCookie(facts).name,
            }),
            uid: UID.cookie,
            documentId: '',
            entry: facts.organization.name,
            locale,
          },
        ]
      : []),
  ];
};

type Named = { documentId: string; name: string };

/** An entry present in one locale and missing in another, or a purpose whose recipients differ between locales. */
export const lintLocaleDrift = (byLocale: Record<string, PrivacyFacts>): Finding[] => {
  const locales = Object.keys(byLocale).sort();
  const findings: Finding[] = [];
  const collections: Array<[string, (f: PrivacyFacts) => Named[]]> = [
    [UID.purpose, (f) => f.purposes],
    [UID.recipient, (f) => f.recipients],
    [UID.retentionRule, (f) => f.retentionRules.map((r) => ({ documentId: r.documentId, name: r.label }))],
    [UID.cookie, (f) => f.cookies],
  ];
  for (const [uid, entries] of collections) {
    const seen = new Map<string, { name: string; locale: string }>();
    for (const locale of locales)
      for (const e of entries(byLocale[locale])) if (!seen.has(e.documentId)) seen.set(e.documentId, { name: e.name, locale });
    for (const [documentId, { name, locale: present }] of seen) {
      for (const locale of locales) {
        if (!entries(byLocale[locale]).some((e) => e.documentId === documentId)) {
          findings.push({
            ...finding('missingTranslation', null, { from: present }),
            uid,
            documentId,
            entry: name,
            locale,
          });
        }
      }
    }
  }
  for (const locale of locales.slice(1)) {
    const reference = new Map(byLocale[locales[0]].purposes.map((p) => [p.documentId, p]));
    for (const purpose of byLocale[locale].purposes) {
      const other = reference.get(purpose.documentId);
      if (!other) continue;
      const ids = (p: PurposeFacts) =>
        p.recipients
          .map((r) => r.documentId)
          .sort()
          .join(',');
      if (ids(purpose) !== ids(other)) {
        findings.push({
          ...finding('relationDrift', 'recipients', { other: locales[0] }),
          uid: UID.purpose,
          documentId: purpose.documentId,
          entry: purpose.name,
          locale,
        });
      }
    }
  }
  return findings;
};
