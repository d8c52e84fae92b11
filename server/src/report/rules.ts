// The completeness report's rules as data: each rule once, with its code, severity, citation, the field it points at
// and the key of its fix message (templates/locales, report.<code>). The checks in completeness.ts refer to this list;
// docs/completeness-rules.md is generated from it (tests/unit/completeness-rules.test.ts).
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
}

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
  rule('sensitiveData', 'warning', 'GDPR Art. 9(2)', 'purpose', 'sensitiveData'),
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
  rule('missingTranslation', 'warning', 'GDPR Art. 12(1)', 'any', null),
  rule('relationDrift', 'warning', 'GDPR Art. 13(1)(e)', 'purpose', 'recipients'),
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

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
  ].join('\n');
};
