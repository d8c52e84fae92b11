// The privacy policy as linked data: schema.org for the document and the controller, W3C DPV for purposes, bases and recipients.
import type { LegalBasis, PrivacyFacts } from './facts';
import { countriesOf, lines } from './facts';
import { present } from './model';
import { safeUrl } from './urls';

/** GDPR Art. 6(1) points, as the DPV GDPR extension names them. */
const LEGAL_BASIS_IRI: Record<LegalBasis, string> = {
  consent: 'eu-gdpr:A6-1-a',
  contract: 'eu-gdpr:A6-1-b',
  'legal-obligation': 'eu-gdpr:A6-1-c',
  'vital-interests': 'eu-gdpr:A6-1-d',
  'public-task': 'eu-gdpr:A6-1-e',
  'legitimate-interests': 'eu-gdpr:A6-1-f',
};

const RECIPIENT_TYPE: Record<string, string> = {
  'internal-team': 'dpv:Recipient',
  processor: 'dpv:DataProcessor',
  'joint-controller': 'dpv:JointDataControllers',
  partner: 'dpv:ThirdParty',
  authority: 'dpv:Authority',
};

/** What the linked data says about the document itself, beside the facts. */
export interface JsonLdMeta {
  title: string;
  hash: string;
  version: number | null;
  effectiveAt: string | null;
  url: string | null;
}

export const privacyPolicyJsonLd = (facts: PrivacyFacts, meta: JsonLdMeta): Record<string, unknown> => {
  const org = facts.organization;
  // The facts read from the database are checked already; facts built elsewhere (tests, callers) pass the same check.
  const website = safeUrl(org.website);
  const url = safeUrl(meta.url);
  const controller = {
    '@type': ['Organization', 'dpv:DataController'],
    name: org.tradeName ?? org.name,
    legalName: org.name,
    address: org.address,
    addressCountry: org.country,
    email: org.email,
    ...(org.phone ? { telephone: org.phone } : {}),
    ...(website ? { url: website } : {}),
    ...(org.registrationNumber ? { identifier: org.registrationNumber } : {}),
  };
  return {
    '@context': {
      '@vocab': 'https://schema.org/',
      dpv: 'https://w3id.org/dpv#',
      'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
    },
    '@type': 'DigitalDocument',
    additionalType: 'dpv:PrivacyNotice',
    name: meta.title,
    inLanguage: facts.locale,
    ...(url ? { url } : {}),
    ...(meta.effectiveAt ? { dateModified: meta.effectiveAt } : {}),
    ...(meta.version ? { version: meta.version } : {}),
    sha256: meta.hash.replace(/^sha256:/, ''),
    publisher: controller,
    'dpv:hasDataController': controller,
    ...(org.dpo
      ? { 'dpv:hasDataProtectionOfficer': { '@type': 'dpv:DataProtectionOfficer', name: org.dpo.name, email: org.dpo.email } }
      : {}),
    'dpv:hasPersonalDataHandling': facts.purposes
      .map((purpose) => ({
        '@type': 'dpv:PersonalDataHandling',
        'dpv:hasPurpose': {
          '@type': 'dpv:Purpose',
          name: purpose.name,
          ...(purpose.description ? { description: purpose.description } : {}),
        },
        'dpv:hasLegalBasis': { '@id': LEGAL_BASIS_IRI[purpose.legalBasis] },
        'dpv:hasPersonalData': lines(purpose.dataCategories).map((name) => ({ '@type': 'dpv:PersonalData', name })),
        'dpv:hasDataSubject': [
          ...lines(purpose.dataSubjects).map((name) => ({ '@type': 'dpv:DataSubject', name })),
          // The structured categories, by their slug (none on a purpose that has none: the output is as before).
          ...purpose.dataSubjectCategories.map((identifier) => ({ '@type': 'dpv:DataSubject', identifier })),
        ],
        'dpv:hasRecipient': purpose.recipients.map((recipient) => ({
          '@type': RECIPIENT_TYPE[recipient.category] ?? 'dpv:Recipient',
          name: recipient.name,
          // One country stays a string, as before; several are a list.
          'dpv:hasCountry': recipient.otherCountries.length ? countriesOf(recipient) : recipient.country,
        })),
        ...(purpose.retention
          ? { 'dpv:hasStorageCondition': { '@type': 'dpv:StorageDuration', description: purpose.retention.label } }
          : {}),
      }))
      .filter(present),
  };
};
