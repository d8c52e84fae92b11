// The enumerations of the content types, as the documents read them; a unit test checks them against the schemas' enums.
import { DOCUMENT_KINDS } from './model';

export const ENUMS = {
  purpose: {
    legalBasis: ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'],
    source: ['data-subject', 'third-party', 'public-source'],
    requirement: ['optional', 'required-to-sign-up', 'contractual', 'statutory'],
    audience: ['b2b', 'b2c', 'both'],
    consentForm: ['none', 'newsletter', 'marketing-automation', 'account-creation', 'white-paper', 'other'],
    minors: ['none', 'may-reach', 'targets'],
    sensitiveDataCondition: [
      'explicit-consent',
      'employment-social-security',
      'vital-interests',
      'not-for-profit-members',
      'made-public',
      'legal-claims',
      'substantial-public-interest',
      'health-or-social-care',
      'public-health',
      'archiving-research-statistics',
    ],
  },
  recipient: {
    category: ['internal-team', 'processor', 'joint-controller', 'partner', 'authority'],
    transferSafeguard: [
      'none-needed',
      'adequacy-decision',
      'standard-contractual-clauses',
      'binding-corporate-rules',
      'derogation-art-49',
      'eu-us-data-privacy-framework',
    ],
  },
  'retention-rule': {
    durationUnit: ['days', 'months', 'years'],
    afterwards: ['delete', 'anonymise', 'archive'],
    benchmark: [
      'cnil-prospects',
      'cnil-customers',
      'accounting',
      'cnil-candidates',
      'connection-logs',
      'consent-proof',
      'suppression-list',
    ],
  },
  cookie: {
    party: ['first', 'third'],
    category: ['necessary', 'preferences', 'audience-measurement-exempt', 'analytics', 'advertising', 'social-media'],
    lifetimeUnit: ['session', 'days', 'months', 'years'],
    storage: ['cookie', 'local-storage', 'session-storage', 'pixel', 'fingerprinting'],
  },
  'policy-version': {
    kind: DOCUMENT_KINDS,
  },
  'rights-request': {
    kind: ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdrawal', 'post-mortem'],
    channel: ['email', 'web-form', 'post', 'phone', 'in-person', 'other'],
    status: ['received', 'identity-check', 'in-progress', 'answered', 'refused', 'withdrawn'],
    outcome: ['granted', 'partially-granted', 'refused', 'no-data'],
  },
  breach: {
    riskLevel: ['none', 'risk', 'high-risk'],
  },
} as const;

/** The values of one enumeration field: `EnumOf<'purpose', 'legalBasis'>`. */
export type EnumOf<
  Type extends keyof typeof ENUMS,
  Field extends keyof (typeof ENUMS)[Type],
> = (typeof ENUMS)[Type][Field] extends readonly (infer V)[] ? V : never;
