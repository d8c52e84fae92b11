// The completeness report's rules as data: each rule once, with its code, severity, citation, the field it points at
// and the key of its fix message (templates/locales, report.<code>). The checks in completeness.ts refer to this list;
// docs/completeness-rules.md is generated from it (tests/unit/completeness-rules.test.ts).
import { RETENTION_BENCHMARKS } from './retention-benchmarks';

export type Severity = 'error' | 'warning' | 'info';

export type RuleContentType = 'organization' | 'purpose' | 'recipient' | 'retention-rule' | 'cookie' | 'any';

export interface Rule {
  code: string;
  severity: Severity;
  /** Where the requirement comes from, as cited to the editor. */
  article: string;
  contentType: RuleContentType;
  /** The field to fix, or null when the finding is about the entry as a whole. */
  field: string | null;
  /** Key of the fix message in templates/locales. */
  message: string;
  /** A second severity and citation for a named case (dataCategories: data not collected from the person). */
  variant?: { when: string; severity: Severity; article: string };
  /** When and why the rule fires, for docs/completeness-rules.md (English). */
  note?: string;
  /**
   * Params holding comma-separated codes, each the message whose key is the pattern with `*` replaced by the code: the
   * report translates them into the admin's language and joins them before making the message (dpiaScreening's criteria).
   */
  listParams?: Record<string, string>;
}

/** The day B2C phone canvassing needs prior consent (Code de la consommation L223-1 as amended by loi n° 2025-594, art. 13). */
export const PHONE_OPT_IN_FROM = '2026-08-11';

const rule = (
  code: string,
  severity: Severity,
  article: string,
  contentType: RuleContentType,
  field: string | null,
  variant?: Rule['variant'],
  note?: string
): Rule => ({
  code,
  severity,
  article,
  contentType,
  field,
  message: `report.${code}`,
  ...(variant ? { variant } : {}),
  ...(note ? { note } : {}),
});

export const RULES: readonly Rule[] = [
  rule('organizationName', 'error', 'GDPR Art. 13(1)(a)', 'organization', 'name'),
  rule('organizationAddress', 'error', 'GDPR Art. 13(1)(a)', 'organization', 'address'),
  rule('organizationEmail', 'error', 'GDPR Art. 13(1)(a)', 'organization', 'email'),
  rule('euRepresentative', 'error', 'GDPR Art. 27, 13(1)(a)', 'organization', 'euRepresentative'),
  rule('rightsContact', 'warning', 'GDPR Art. 12(2), 13(2)(b)', 'organization', 'rightsContactEmail'),
  rule('dpo', 'warning', 'GDPR Art. 13(1)(b), 37', 'organization', 'dpo'),
  rule('policyUrl', 'warning', 'GDPR Art. 12(1)', 'organization', 'policyUrl'),
  rule('securityMeasures', 'warning', 'GDPR Art. 30(1)(g)', 'organization', 'securityMeasures'),
  rule('noPurpose', 'error', 'GDPR Art. 13(1)(c)', 'purpose', null),
  rule('purposeDescription', 'warning', 'GDPR Art. 13(1)(c)', 'purpose', 'description'),
  rule('legitimateInterest', 'error', 'GDPR Art. 13(1)(d)', 'purpose', 'legitimateInterest'),
  rule('consentForm', 'warning', 'GDPR Art. 7(1)', 'purpose', 'consentForm'),
  rule(
    'minorsUnset',
    'warning',
    'GDPR Art. 8(1), 12(1), WP260 rev.01 (information for children)',
    'purpose',
    'minors',
    undefined,
    'A purpose whose categories of data subjects include children while `minors` says not concerned: the policy would not ask for the parental consent Art. 8 requires below the age of digital consent.'
  ),
  rule(
    'minorsProfiling',
    'warning',
    'GDPR Recitals 38 and 71, EDPB WP251 rev.01',
    'purpose',
    'minors',
    undefined,
    'A purpose that targets minors (`minors: targets`) with profiling for direct marketing: children merit specific protection, and the guidelines advise against profiling them for marketing.'
  ),
  rule(
    'contractBasisNotParty',
    'warning',
    'GDPR Art. 6(1)(b), EDPB Guidelines 2/2019 on Art. 6(1)(b)',
    'purpose',
    'legalBasis',
    undefined,
    "A purpose on the contract basis whose categories of data subjects are only clients' contacts, suppliers' contacts or prospects: the contract is with their employer, or not yet made, so the basis is usually legitimate interests (with the interest stated) or, for steps a prospect asks for, pre-contractual measures at the person's own request."
  ),
  rule(
    'consentAsCondition',
    'error',
    'GDPR Art. 7(4), EDPB Guidelines 05/2020 on consent §3.1.2',
    'purpose',
    'requirement',
    undefined,
    'A purpose on consent whose data is required to sign up or by the contract: refusing would cost the service, so the consent is not free.'
  ),
  rule(
    'b2bOptOutMissing',
    'warning',
    'CPCE L34-5, CNIL guidance on B2B prospecting',
    'organization',
    'rightsContactEmail',
    undefined,
    'A purpose on legitimate interests, audience b2b, with no consent form (prospecting professionals without opt-in, which the CNIL accepts when the offer relates to their job) while the organization has neither a rights contact e-mail nor a DPO: the opt-out every message must offer has no named address, only the general one. One finding per such purpose, on the organization.'
  ),
  rule(
    'b2cElectronicProspecting',
    'error',
    'CPCE L34-5, GDPR Art. 6(1)(a); CNIL guidance on e-mail and SMS prospecting',
    'purpose',
    'legalBasis',
    undefined,
    'A marketing purpose (see "Marketing purposes" below) whose channels include email or sms, audience b2c or both, on a legal basis other than consent: electronic prospecting of individuals needs their prior consent. The law\'s one exception, the soft opt-in (your own customers, for products or services like those they bought, who could refuse at collection and in every message), is not told apart by the model: such a purpose is reported too, and the fix names the exception so that the editor can judge.'
  ),
  rule(
    'b2cPhoneCanvassing',
    'warning',
    'Code de la consommation L223-1 (prior consent from 11 August 2026)',
    'purpose',
    'legalBasis',
    {
      when: 'the report is made on or after 11 August 2026',
      severity: 'error',
      article: 'Code de la consommation L223-1 as amended by loi n° 2025-594 of 30 June 2025, art. 13',
    },
    `A marketing purpose whose channels include phone, audience b2c or both, on a legal basis other than consent. Until ${PHONE_OPT_IN_FROM} the opt-out regime (Bloctel) applies and the finding is a warning to prepare; from that day (a Paris calendar day; the report service passes the day of the request, tests pass their own) consumers may be canvassed by phone only with their prior consent, which the professional must be able to prove. Calls about a contract in progress and related to it stay allowed: such calls belong to the contract's purpose, not to a marketing one.`
  ),
  rule(
    'bundledConsent',
    'error',
    'GDPR Art. 4(11), 7(2), EDPB Guidelines 05/2020 on consent §3.1.3 (granularity)',
    'purpose',
    'consentForm',
    undefined,
    "Several purposes on consent share one consent form and their boxes would read the same. The form notices print one unticked box per consent purpose, but only the `other` form names the purpose on its box (and the newsletter its frequency): two consent purposes on the `white-paper` form get two identical boxes, and the reader cannot tell which tick consents to what. The finding is on each purpose of such a group after the first (in the policy's order) and names the first. An error: a consent that does not say what it is for is not specific."
  ),
  rule(
    'bundledConsentSecondUse',
    'warning',
    'GDPR Art. 4(11), 7(2), EDPB Guidelines 05/2020 on consent §3.1.3 (granularity)',
    'purpose',
    'description',
    undefined,
    'A purpose on consent with a consent form whose description announces a second use beside the one its box asks for (a white paper “and we will contact you”). Recognised by a short list of English and French phrases, `BUNDLED_USE_PHRASES` in server/src/report/completeness.ts, compared without case, accents, apostrophe or spacing differences; a negation (“we will not contact you”) matches none. A warning, as a text match is for the editor to judge; not raised again on a purpose `bundledConsent` already reports.'
  ),
  {
    ...rule(
      'dpiaScreening',
      'warning',
      'GDPR Art. 35(1), (3), (4); EDPB WP248 rev.01 (DPIA guidelines); CNIL délibération n° 2018-327 of 11 October 2018 (processing operations requiring a DPIA)',
      'purpose',
      null,
      undefined,
      "A purpose meeting two or more of the nine criteria of the DPIA guidelines (WP248 rev.01, endorsed by the EDPB; the CNIL built its list of processing operations requiring a DPIA, délibération n° 2018-327, on them): by the guidelines, such a processing needs a DPIA in most cases. Below two, nothing is reported. Five criteria can be read from the model: evaluation or scoring (`profiling` or `automatedDecision` on), automated decision with legal or similarly significant effect (`automatedDecision`), systematic monitoring (`profiling` on and a published tracker in analytics, advertising or social-media whose recipient, linked or matched by provider name, is one of the purpose's recipients), sensitive or highly personal data (`sensitiveData` or `criminalData`), vulnerable people (`minors: targets`, or categories of data subjects `children` or `employees`, whom the guidelines name for the imbalance of power). The model has no field for large scale, matching or combining datasets, innovative technology or a processing that blocks a right or a service: those are not counted, so a purpose may need a DPIA the report does not see. The message lists the criteria met."
    ),
    listParams: { criteria: 'dpiaCriteria.*' },
  },
  rule('purposeRetention', 'error', 'GDPR Art. 13(2)(a)', 'purpose', 'retention'),
  rule('sourceDetails', 'error', 'GDPR Art. 14(2)(f)', 'purpose', 'sourceDetails'),
  rule('dataCategories', 'warning', 'GDPR Art. 30(1)(c)', 'purpose', 'dataCategories', {
    when: 'data not obtained from the person (source third-party or public-source)',
    severity: 'error',
    article: 'GDPR Art. 14(1)(d)',
  }),
  rule('dataSubjects', 'warning', 'GDPR Art. 30(1)(c)', 'purpose', 'dataSubjects'),
  rule('automatedDecisionLogic', 'error', 'GDPR Art. 13(2)(f)', 'purpose', 'automatedDecisionLogic'),
  rule(
    'automatedDecisionMarketing',
    'warning',
    'GDPR Art. 22(1), 21(2), EDPB WP251 rev.01',
    'purpose',
    'automatedDecision',
    undefined,
    'A marketing purpose (newsletter or marketing-automation form, or an e-mail frequency) marked as an Art. 22 decision. Choosing which e-mail to send or scoring interest has no legal or similarly significant effect in the usual case: it is profiling, disclosed with the right to object, and the Art. 22 wording (human review, contesting the decision) would claim more than happens.'
  ),
  rule('profilingLogic', 'warning', 'GDPR Art. 13(1)(c), EDPB WP251', 'purpose', 'profilingLogic'),
  rule(
    'sensitiveData',
    'warning',
    'GDPR Art. 9(2)',
    'purpose',
    'sensitiveData',
    undefined,
    'Sensitive data with no `sensitiveDataCondition` (v2): name the Art. 9(2) exception, and the warning goes.'
  ),
  rule(
    'criminalData',
    'warning',
    'GDPR Art. 10',
    'purpose',
    'criminalData',
    undefined,
    'Data on criminal convictions or offences: always reported, as a reminder that only official authority or a law with safeguards allows it.'
  ),
  rule('transferSafeguard', 'error', 'GDPR Art. 13(1)(f), 44-46', 'recipient', 'transferSafeguard'),
  rule('derogationDetails', 'warning', 'GDPR Art. 49(1)', 'recipient', 'safeguardDetails'),
  rule(
    'jointArrangement',
    'warning',
    'GDPR Art. 26(2)',
    'recipient',
    'jointArrangement',
    undefined,
    'A recipient of category joint-controller without the essence of the arrangement, which must be made available to the people (the policy prints it beside the recipient).'
  ),
  rule('retentionRule', 'error', 'GDPR Art. 13(2)(a)', 'retention-rule', 'criteria'),
  rule(
    'retentionOverBenchmark',
    'warning',
    'GDPR Art. 5(1)(e); CNIL reference frameworks',
    'retention-rule',
    'durationValue',
    undefined,
    'A retention rule naming a benchmark with a maximum (see "Retention benchmarks" below) whose fixed duration is longer, with no legal reference. Durations are compared in months, a day counting 12/365.25 of a month. A rule given by criteria only is not compared.'
  ),
  rule(
    'retentionUnderBenchmark',
    'warning',
    'GDPR Art. 5(1)(e), 21(3); CNIL reference frameworks',
    'retention-rule',
    'durationValue',
    undefined,
    'A retention rule naming a benchmark with a minimum (connection-logs, suppression-list) whose fixed duration is shorter, with no legal reference: a suppression list kept too briefly lets people who objected be contacted again.'
  ),
  rule(
    'prospectRetentionStart',
    'warning',
    'CNIL reference framework on commercial activities',
    'retention-rule',
    'startsFrom',
    undefined,
    'A retention rule with benchmark cnil-prospects and a fixed duration but an empty startsFrom: the three years run from the last contact from the prospect. startsFrom is free text, which the report cannot read reliably, so only its absence is reported; whether it names a contact from the person (not an e-mail merely opened) is for the editor to check. A rule given by criteria says its start in the criteria and is not checked.'
  ),
  rule(
    'marketingRetentionBenchmark',
    'info',
    'GDPR Art. 5(1)(e), 13(2)(a)',
    'retention-rule',
    'benchmark',
    undefined,
    'A retention rule that a marketing purpose uses and that names no benchmark: naming one lets the report compare the period. One finding per rule, listing its marketing purposes.'
  ),
  rule(
    'suppressionListMissing',
    'warning',
    'GDPR Art. 21(3), CPCE L34-5; CNIL reference framework on commercial activities',
    'purpose',
    null,
    undefined,
    'Marketing purposes that send e-mails or SMS (their channels include email or sms, or they name no channel) while no purpose keeps the suppression list. The suppression list is recognised by convention: a purpose whose key is suppression-list, or whose retention rule has the benchmark suppression-list. One finding for the organization, listing the marketing purposes.'
  ),
  rule(
    'consentProofMissing',
    'warning',
    'GDPR Art. 7(1)',
    'purpose',
    null,
    undefined,
    'Purposes on consent with a consent form while no purpose keeps the proof of consent, recognised by convention: a purpose whose key is consent-proof, or whose retention rule has the benchmark consent-proof. One finding for the organization, listing the purposes on consent.'
  ),
  rule('exemptThirdParty', 'error', 'ePrivacy Art. 5(3), CNIL 2020 guidelines', 'cookie', 'party'),
  rule('exemptLifetime', 'error', 'ePrivacy Art. 5(3), CNIL audience measurement', 'cookie', 'lifetimeValue'),
  rule(
    'exemptExtended',
    'error',
    'ePrivacy Art. 5(3), CNIL 2020 guidelines art. 5, CNIL audience-measurement exemption conditions',
    'cookie',
    'extendedOnEachVisit',
    undefined,
    'An audience-measurement-exempt cookie whose lifetime restarts at each visit: the exemption needs a lifetime counted from the first visit, 13 months at most.'
  ),
  rule(
    'exemptStatistics',
    'error',
    'ePrivacy Art. 5(3), CNIL audience-measurement exemption conditions',
    'cookie',
    'statisticsRetentionMonths',
    undefined,
    'An audience-measurement-exempt cookie whose statistics are kept more than 25 months. Empty says nothing and raises nothing.'
  ),
  rule('cookieLifetime', 'warning', 'CNIL cookie guidelines', 'cookie', 'lifetimeUnit'),
  rule(
    'trackerPatternMissing',
    'warning',
    'ePrivacy Art. 5(3), CNIL 2020 guidelines (the list must cover every tracker)',
    'cookie',
    'namePattern',
    undefined,
    'A cookie named like one instance of a numbered family (`_ga_<container>`, `_pk_id.<site>.<hash>`, `_hjSessionUser_<site>`…) with no name pattern: the list names one instance where the vendor sets many. The families are NUMBERED_COOKIES in server/src/report/completeness.ts.'
  ),
  rule(
    'trackerProviderNotRecipient',
    'warning',
    'GDPR Art. 13(1)(e)',
    'cookie',
    'provider',
    undefined,
    'A third-party cookie in analytics, advertising or social-media that is linked to no recipient (its `recipient` field, v2) and whose provider matches no recipient name. Names match when, word by word (case and punctuation ignored), one starts with the other: "Google" matches "Google LLC", "Google Ireland Ltd" matches "Google", "Goo" matches nothing.'
  ),
  rule('consentCookieUndeclared', 'warning', 'ePrivacy Art. 5(3), CNIL 2020 guidelines', 'cookie', 'name'),
  {
    ...rule(
      'bannerCategoryWithoutPurpose',
      'warning',
      'GDPR Art. 6(1)(a), 13(1)(c); ePrivacy Art. 5(3)',
      'purpose',
      null,
      undefined,
      'Trackers in a category the banner asks consent for (analytics, advertising, social-media) while no purpose of the organization relies on consent: the banner collects a consent that the privacy policy gives no purpose for. The model links no purpose to a cookie or a banner category (a cookie has a category, a free-text purpose and a recipient; a purpose has no tracker field), so the rule cannot tell whether a given purpose covers a given category; it reports this weaker case, one finding per banner category, on the organization, naming its trackers. A purpose on consent for what the trackers do (audience analysis, targeted advertising) clears it.'
    ),
    listParams: { category: 'banner.categories.*.title' },
  },
  rule('missingTranslation', 'warning', 'GDPR Art. 12(1)', 'any', null),
  rule('relationDrift', 'warning', 'GDPR Art. 13(1)(e)', 'purpose', 'recipients'),
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

/** A finding's params ready for its message: the rule's list params translated (listParams) and joined. */
export const messageParams = (t: (key: string) => string, code: string, params: Record<string, string>): Record<string, string> => {
  const lists = BY_CODE.get(code)?.listParams ?? {};
  const translated = Object.entries(lists)
    .filter(([name]) => name in params)
    .map(([name, pattern]) => [
      name,
      params[name]
        .split(',')
        .filter(Boolean)
        .map((item) => t(pattern.replace('*', item)))
        .join(t('list.separator')),
    ]);
  return { ...params, ...Object.fromEntries(translated) };
};

export const ruleOf = (code: string): Rule => {
  const found = BY_CODE.get(code);
  if (!found) throw new Error(`unknown completeness rule ${code}`);
  return found;
};

/** The catalogue as Markdown, in English (docs/completeness-rules.md). */
export const rulesMarkdown = (fix: (key: string) => string): string => {
  const cell = (value: string) => value.replace(/\|/g, '\\|');
  const rows = RULES.map((r) => {
    const severity = r.variant ? `${r.severity} (${r.variant.severity} when ${r.variant.when})` : r.severity;
    const article = r.variant ? `${r.article} (${r.variant.article})` : r.article;
    const field = r.field ? `${r.contentType}.${r.field}` : r.contentType;
    return `| \`${r.code}\` | ${cell(severity)} | ${cell(article)} | \`${field}\` | ${cell(fix(r.message))} |`;
  });
  return [
    '# Completeness rules',
    '',
    'Generated from server/src/report/rules.ts by tests/unit/completeness-rules.test.ts (UPDATE_RULES=1 rewrites it). Do not edit by hand.',
    '',
    '| Code | Severity | Citation | Field | Fix |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Notes',
    '',
    ...RULES.filter((r) => r.note).map((r) => `- \`${r.code}\`: ${r.note}`),
    '',
    '## Marketing purposes',
    '',
    'The rules on prospecting, the suppression list and marketing retention recognise a marketing purpose by what the model says today: its consent form is `newsletter` or `marketing-automation`, or one hyphen-separated part of its key starts with `prospect` (`prospects`, `b2b-prospecting`), or it is B2B prospecting as `b2bOptOutMissing` reads it (legitimate interests, audience `b2b`, no consent form). A purpose that markets by other means and matches none of these is not checked; give it such a key.',
    '',
    '## Retention benchmarks',
    '',
    'The values of `retention-rule.benchmark`, from `server/src/report/retention-benchmarks.ts`. A maximum is checked by `retentionOverBenchmark`, a minimum by `retentionUnderBenchmark`; a period set by a contract or a processing has no fixed bound and is not compared. The sources are guidance (CNIL reference frameworks and recommendations) or law; a legal reference on the rule explains a period beyond them.',
    '',
    '| Benchmark | Minimum | Maximum | Counted from | Source |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(RETENTION_BENCHMARKS).map(
      ([name, b]) =>
        `| \`${name}\` | ${b.minMonths === null ? '—' : `${b.minMonths} months`} | ${b.maxMonths === null ? '—' : `${b.maxMonths} months`} | ${cell(b.startsFrom)} | ${cell(b.source)} |`
    ),
    '',
  ].join('\n');
};
