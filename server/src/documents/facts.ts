// The privacy facts of one organization in one locale, as the documents read them (plain data, no Strapi types).
import type { Channel } from './channels';
import type { DataSubjectCategory } from './data-subjects';
import type { EnumOf } from './enums';
import { isInEea } from './regions';

export type LegalBasis = EnumOf<'purpose', 'legalBasis'>;

export interface DpoFacts {
  name: string | null;
  company: string | null;
  email: string;
  phone: string | null;
  address: string | null;
  contactFormUrl: string | null;
}

export interface RecipientFacts {
  documentId: string;
  /** The name readers see: the locale's `localizedName` when filled in, else the shared `name`. */
  name: string;
  category: EnumOf<'recipient', 'category'>;
  description: string | null;
  country: string;
  /** Further countries of processing, in the editor's order; empty for most recipients. */
  otherCountries: string[];
  transferSafeguard: EnumOf<'recipient', 'transferSafeguard'> | null;
  safeguardDetails: string | null;
  /** For a joint controller: the essence of the arrangement (Art. 26(2)); null when not given. */
  jointArrangement: string | null;
  /** For a joint controller: the contact point designated for the people (Art. 26(1)); null when none. */
  jointContactPoint: string | null;
}

export interface RetentionFacts {
  documentId: string;
  label: string;
  durationValue: number | null;
  durationUnit: EnumOf<'retention-rule', 'durationUnit'> | null;
  startsFrom: string | null;
  criteria: string | null;
  afterwards: EnumOf<'retention-rule', 'afterwards'> | null;
  legalReference: string | null;
  /** The reference framework the period follows (server/src/report/retention-benchmarks.ts); null when none is named. */
  benchmark: EnumOf<'retention-rule', 'benchmark'> | null;
}

export type ConsentForm = EnumOf<'purpose', 'consentForm'>;

export interface PurposeFacts {
  documentId: string;
  /** Stable key, unique in the organization and shared by locales; null on purposes saved before keys existed. */
  key: string | null;
  name: string;
  description: string | null;
  legalBasis: LegalBasis;
  legitimateInterest: string | null;
  dataCategories: string | null;
  dataSubjects: string | null;
  /** The structured categories of people (`dataSubjectCategories`), in the list's order; empty when none is chosen. */
  dataSubjectCategories: DataSubjectCategory[];
  sensitiveData: boolean;
  source: EnumOf<'purpose', 'source'> | null;
  sourceDetails: string | null;
  requirement: EnumOf<'purpose', 'requirement'> | null;
  consequenceIfNotProvided: string | null;
  /** Profiling that is disclosed and can be objected to, without legal or similarly significant effects (WP251). */
  profiling: boolean;
  profilingLogic: string | null;
  /** The Art. 9(2) exception relied on for sensitive data; null when not given. */
  sensitiveDataCondition: EnumOf<'purpose', 'sensitiveDataCondition'> | null;
  /** Data on criminal convictions or offences (Art. 10). */
  criminalData: boolean;
  /** Whether the purpose targets or may reach minors (Art. 8); null reads as not concerned. */
  minors: EnumOf<'purpose', 'minors'> | null;
  /** A decision based solely on automated processing with legal or similarly significant effects (Art. 22). */
  automatedDecision: boolean;
  automatedDecisionLogic: string | null;
  audience: EnumOf<'purpose', 'audience'> | null;
  consentForm: ConsentForm | null;
  /** How the purpose reaches people (e-mail, SMS, phone…), known values only, in the order of CHANNELS; empty when not given. */
  channels: Channel[];
  emailFrequency: string | null;
  order: number | null;
  recipients: RecipientFacts[];
  retention: RetentionFacts | null;
}

export type CookieCategory = EnumOf<'cookie', 'category'>;

export interface CookieFacts {
  documentId: string;
  name: string;
  /** The names a numbered tracker may take, `*` for any characters (`_ga_*`); null for one fixed name. */
  namePattern: string | null;
  /** The provider as typed, or else the linked recipient's name in this locale. */
  provider: string;
  /** documentId of the recipient that receives the tracker's data (it is then disclosed as a recipient); null when none is linked. */
  recipient: string | null;
  domain: string | null;
  party: EnumOf<'cookie', 'party'> | null;
  /** How it reads or writes on the device; null reads as a cookie. */
  storage: EnumOf<'cookie', 'storage'> | null;
  category: CookieCategory;
  purpose: string;
  lifetimeValue: number | null;
  lifetimeUnit: EnumOf<'cookie', 'lifetimeUnit'> | null;
  /** Its lifetime restarts at each visit (an exempt audience-measurement tracker must not). */
  extendedOnEachVisit: boolean;
  /** How long the statistics drawn from it are kept, in months; null when not said. */
  statisticsRetentionMonths: number | null;
}

export interface OrganizationFacts {
  documentId: string;
  name: string;
  slug: string;
  tradeName: string | null;
  legalForm: string | null;
  registrationNumber: string | null;
  address: string;
  country: string;
  email: string;
  phone: string | null;
  website: string | null;
  rightsContactEmail: string | null;
  rightsRequestUrl: string | null;
  policyUrl: string | null;
  cookiePolicyUrl: string | null;
  /** The logo of the HTML e-mails: an https address, else null. */
  emailLogoUrl: string | null;
  /** The colour of the e-mails' button and links, `#rrggbb`, else null. */
  brandColor: string | null;
  euRepresentative: string | null;
  supervisoryAuthority: string | null;
  securityMeasures: string | null;
  /** The age of digital consent the editor set (13 to 16, Art. 8(1)); null: the default of `digitalConsentAge()`. */
  digitalConsentAge: number | null;
  dpo: DpoFacts | null;
}

export interface PrivacyFacts {
  locale: string;
  organization: OrganizationFacts;
  purposes: PurposeFacts[];
  recipients: RecipientFacts[];
  retentionRules: RetentionFacts[];
  cookies: CookieFacts[];
  /**
   * The audience a privacy policy is written for (`?audience=`): only its purposes are shown. Absent for every other
   * document and for the default policy, which shows the purposes for the public (see data-subjects.ts).
   */
  audience?: DataSubjectCategory;
  /** The latest change among the entries read: the documents' effective date. */
  lastChangedAt: string | null;
}

/** Consent is needed for every cookie category but these (CNIL guidelines). */
export const CONSENT_EXEMPT_CATEGORIES: readonly CookieCategory[] = ['necessary', 'preferences', 'audience-measurement-exempt'];

export const needsConsent = (cookie: Pick<CookieFacts, 'category'>): boolean => !CONSENT_EXEMPT_CATEGORIES.includes(cookie.category);

/** Every country where the recipient processes the data: `country` first, then `otherCountries`. */
export const countriesOf = (recipient: Pick<RecipientFacts, 'country' | 'otherCountries'>): string[] => [
  recipient.country,
  ...recipient.otherCountries,
];

/** A transfer outside the EEA takes place when any of the recipient's countries is outside it (GDPR Art. 44). */
export const transfersOutsideEea = (recipient: Pick<RecipientFacts, 'country' | 'otherCountries'>): boolean =>
  countriesOf(recipient).some((country) => !isInEea(country));

/** "Lines" fields: one item per line, blank lines dropped. */
export const lines = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Where people exercise their rights: the rights contact, else the DPO, else the general address (docs/data-model.md). */
export const rightsContact = (facts: PrivacyFacts): string =>
  facts.organization.rightsContactEmail ?? facts.organization.dpo?.email ?? facts.organization.email;

/** Below this age a holder of parental responsibility consents too (Art. 8(1)): as set, else 15 in France (LIL art. 45), else 16. */
export const digitalConsentAge = (organization: Pick<OrganizationFacts, 'country' | 'digitalConsentAge'>): number =>
  organization.digitalConsentAge ?? (organization.country === 'FR' ? 15 : 16);
