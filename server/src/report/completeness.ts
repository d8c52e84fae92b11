// The completeness linter: every item of the legal checklist (docs/legal-checklist.md) that the entries leave missing or contradict, with its article and the field to fix.
import type { CookieFacts, PrivacyFacts, PurposeFacts, RecipientFacts, RetentionFacts } from '../documents/facts';
import { CONSENT_EXEMPT_CATEGORIES, countriesOf, lines, needsConsent, transfersOutsideEea } from '../documents/facts';
import { isInEea } from '../documents/regions';
import { choiceCookie } from '../documents/consent-cookie';
import { UID } from '../uids';

export type Severity = 'error' | 'warning';

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

const finding = (
  severity: Severity,
  code: string,
  article: string,
  field: string | null,
  params: Record<string, string> = {}
): Omit<Finding, 'uid' | 'documentId' | 'entry' | 'locale'> => ({ severity, code, article, field, params });

const blank = (value: string | null | undefined): boolean => value === null || value === undefined || value.trim() === '';

const organizationChecks: Check<PrivacyFacts['organization']> = (org) => [
  ...(blank(org.name) ? [finding('error', 'organizationName', 'GDPR Art. 13(1)(a)', 'name')] : []),
  ...(blank(org.address) ? [finding('error', 'organizationAddress', 'GDPR Art. 13(1)(a)', 'address')] : []),
  ...(blank(org.email) ? [finding('error', 'organizationEmail', 'GDPR Art. 13(1)(a)', 'email')] : []),
  ...(!isInEea(org.country) && blank(org.euRepresentative)
    ? [finding('error', 'euRepresentative', 'GDPR Art. 27, 13(1)(a)', 'euRepresentative', { country: org.country })]
    : []),
  ...(blank(org.rightsContactEmail) && !org.dpo
    ? [finding('warning', 'rightsContact', 'GDPR Art. 12(2), 13(2)(b)', 'rightsContactEmail')]
    : []),
  ...(!org.dpo ? [finding('warning', 'dpo', 'GDPR Art. 13(1)(b), 37', 'dpo')] : []),
  ...(blank(org.policyUrl) ? [finding('warning', 'policyUrl', 'GDPR Art. 12(1)', 'policyUrl')] : []),
  ...(blank(org.securityMeasures) ? [finding('warning', 'securityMeasures', 'GDPR Art. 30(1)(g)', 'securityMeasures')] : []),
];

const purposeChecks: Check<PurposeFacts> = (p) => {
  const indirect = p.source === 'third-party' || p.source === 'public-source';
  return [
    ...(blank(p.description) ? [finding('warning', 'purposeDescription', 'GDPR Art. 13(1)(c)', 'description')] : []),
    ...(p.legalBasis === 'legitimate-interests' && blank(p.legitimateInterest)
      ? [finding('error', 'legitimateInterest', 'GDPR Art. 13(1)(d)', 'legitimateInterest')]
      : []),
    ...(p.legalBasis === 'consent' && (p.consentForm === null || p.consentForm === 'none')
      ? [finding('warning', 'consentForm', 'GDPR Art. 7(1)', 'consentForm')]
      : []),
    ...(!p.retention ? [finding('error', 'purposeRetention', 'GDPR Art. 13(2)(a)', 'retention')] : []),
    ...(indirect && blank(p.sourceDetails) ? [finding('error', 'sourceDetails', 'GDPR Art. 14(2)(f)', 'sourceDetails')] : []),
    ...(lines(p.dataCategories).length === 0
      ? [
          finding(
            indirect ? 'error' : 'warning',
            'dataCategories',
            indirect ? 'GDPR Art. 14(1)(d)' : 'GDPR Art. 30(1)(c)',
            'dataCategories'
          ),
        ]
      : []),
    ...(lines(p.dataSubjects).length === 0 ? [finding('warning', 'dataSubjects', 'GDPR Art. 30(1)(c)', 'dataSubjects')] : []),
    ...(p.automatedDecision && blank(p.automatedDecisionLogic)
      ? [finding('error', 'automatedDecisionLogic', 'GDPR Art. 13(2)(f)', 'automatedDecisionLogic')]
      : []),
    ...(p.profiling && blank(p.profilingLogic)
      ? [finding('warning', 'profilingLogic', 'GDPR Art. 13(1)(c), EDPB WP251', 'profilingLogic')]
      : []),
    ...(p.sensitiveData ? [finding('warning', 'sensitiveData', 'GDPR Art. 9(2)', 'sensitiveData')] : []),
  ];
};

const recipientChecks: Check<RecipientFacts> = (r) => [
  ...(transfersOutsideEea(r) && (r.transferSafeguard === null || r.transferSafeguard === 'none-needed')
    ? [
        finding('error', 'transferSafeguard', 'GDPR Art. 13(1)(f), 44-46', 'transferSafeguard', {
          country: countriesOf(r)
            .filter((country) => !isInEea(country))
            .join(', '),
        }),
      ]
    : []),
  ...(r.transferSafeguard === 'derogation-art-49' && blank(r.safeguardDetails)
    ? [finding('warning', 'derogationDetails', 'GDPR Art. 49(1)', 'safeguardDetails')]
    : []),
];

const retentionChecks: Check<RetentionFacts> = (r) =>
  r.durationValue === null && blank(r.criteria) ? [finding('error', 'retentionRule', 'GDPR Art. 13(2)(a)', 'criteria')] : [];

const MONTHS_13_IN_DAYS = 396;

const cookieChecks: Check<CookieFacts> = (c) => {
  const exempt = CONSENT_EXEMPT_CATEGORIES.includes(c.category);
  const lifetimeDays =
    c.lifetimeValue === null
      ? null
      : c.lifetimeUnit === 'months'
        ? c.lifetimeValue * 30.44
        : c.lifetimeUnit === 'days'
          ? c.lifetimeValue
          : 0;
  return [
    ...(exempt && c.party === 'third' ? [finding('error', 'exemptThirdParty', 'ePrivacy Art. 5(3), CNIL 2020 guidelines', 'party')] : []),
    ...(c.category === 'audience-measurement-exempt' && lifetimeDays !== null && lifetimeDays > MONTHS_13_IN_DAYS
      ? [finding('error', 'exemptLifetime', 'ePrivacy Art. 5(3), CNIL audience measurement', 'lifetimeValue')]
      : []),
    ...(c.lifetimeUnit === null ? [finding('warning', 'cookieLifetime', 'CNIL cookie guidelines', 'lifetimeUnit')] : []),
  ];
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

/** Findings of one locale's entries. */
export const lintLocale = (facts: PrivacyFacts): Finding[] => {
  const { locale } = facts;
  return [
    ...located(UID.organization, locale, [facts.organization], (o) => o.name, organizationChecks, facts),
    ...(facts.purposes.length === 0
      ? [
          {
            ...finding('error', 'noPurpose', 'GDPR Art. 13(1)(c)', null),
            uid: UID.purpose,
            documentId: '',
            entry: facts.organization.name,
            locale,
          },
        ]
      : []),
    ...located(UID.purpose, locale, facts.purposes, (p) => p.name, purposeChecks, facts),
    ...located(UID.recipient, locale, facts.recipients, (r) => r.name, recipientChecks, facts),
    ...located(UID.retentionRule, locale, facts.retentionRules, (r) => r.label, retentionChecks, facts),
    ...located(UID.cookie, locale, facts.cookies, (c) => c.name, cookieChecks, facts),
    ...(facts.cookies.some(needsConsent) && !choiceCookie(facts).declared
      ? [
          {
            ...finding('warning', 'consentCookieUndeclared', 'ePrivacy Art. 5(3), CNIL 2020 guidelines', 'name', {
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
            ...finding('warning', 'missingTranslation', 'GDPR Art. 12(1)', null, { from: present }),
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
          ...finding('warning', 'relationDrift', 'GDPR Art. 13(1)(e)', 'recipients', { other: locales[0] }),
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
