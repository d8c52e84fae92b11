// Generates a fictitious organization with N purposes, in the shape of playground/scripts/demo-data.json, for the cold-render runs.

const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'legitimate-interests', 'public-task', 'vital-interests'];
const REQUIREMENTS = ['optional', 'required-to-sign-up', 'contractual', 'statutory'];
const CONSENT_FORMS = ['newsletter', 'marketing-automation', 'account-creation', 'white-paper', 'other'];
const RECIPIENT_CATEGORIES = ['processor', 'internal-team', 'partner', 'joint-controller', 'authority'];
const COOKIE_CATEGORIES = ['necessary', 'preferences', 'audience-measurement-exempt', 'analytics', 'advertising', 'social-media'];
/** Mostly EEA countries, one in four outside it, so the transfers section has something to say. */
const COUNTRIES = [
  { code: 'FR', safeguard: 'none-needed' },
  { code: 'DE', safeguard: 'none-needed' },
  { code: 'US', safeguard: 'standard-contractual-clauses' },
  { code: 'IE', safeguard: 'none-needed' },
  { code: 'FR', safeguard: 'none-needed' },
  { code: 'NL', safeguard: 'none-needed' },
  { code: 'IN', safeguard: 'binding-corporate-rules' },
  { code: 'BE', safeguard: 'none-needed' },
];

const RETENTION_RULES = [
  {
    key: 'prospects',
    durationValue: 3,
    durationUnit: 'years',
    afterwards: 'delete',
    legalReference: null,
    fr: { label: 'Prospects : 3 ans après le dernier contact', startsFrom: 'à compter du dernier contact', criteria: null },
    en: { label: 'Prospects: 3 years after the last contact', startsFrom: 'from the last contact', criteria: null },
  },
  {
    key: 'subscribers',
    durationValue: null,
    durationUnit: null,
    afterwards: 'delete',
    legalReference: null,
    fr: { label: "Abonnés : jusqu'à la désinscription", startsFrom: null, criteria: "Jusqu'à votre désinscription" },
    en: { label: 'Subscribers: until you unsubscribe', startsFrom: null, criteria: 'Until you unsubscribe' },
  },
  {
    key: 'customers',
    durationValue: 5,
    durationUnit: 'years',
    afterwards: 'archive',
    legalReference: 'Code de commerce, art. L110-4',
    fr: { label: 'Clients : 5 ans après le contrat', startsFrom: 'à compter de la fin du contrat', criteria: null },
    en: { label: 'Customers: 5 years after the contract', startsFrom: 'from the end of the contract', criteria: null },
  },
  {
    key: 'logs',
    durationValue: 12,
    durationUnit: 'months',
    afterwards: 'delete',
    legalReference: null,
    fr: { label: 'Journaux : 12 mois', startsFrom: 'à compter de leur enregistrement', criteria: null },
    en: { label: 'Logs: 12 months', startsFrom: 'from when they are recorded', criteria: null },
  },
  {
    key: 'invoices',
    durationValue: 10,
    durationUnit: 'years',
    afterwards: 'archive',
    legalReference: 'Code de commerce, art. L123-22',
    fr: { label: 'Factures : 10 ans', startsFrom: "à compter de la clôture de l'exercice", criteria: null },
    en: { label: 'Invoices: 10 years', startsFrom: 'from the end of the financial year', criteria: null },
  },
];

const recipient = (i) => {
  const { code, safeguard } = COUNTRIES[i % COUNTRIES.length];
  const outsideEea = safeguard !== 'none-needed';
  return {
    key: `recipient-${i}`,
    name: `Prestataire ${i}`,
    category: RECIPIENT_CATEGORIES[i % RECIPIENT_CATEGORIES.length],
    country: code,
    transferSafeguard: safeguard,
    fr: {
      description: `Prestataire n° ${i}, qui héberge ou traite une partie des données pour notre compte.`,
      safeguardDetails: outsideEea ? 'Garanties signées avec le prestataire, copie sur demande.' : null,
    },
    en: {
      description: `Provider no. ${i}, which hosts or processes part of the data on our behalf.`,
      safeguardDetails: outsideEea ? 'Safeguards signed with the provider, copy on request.' : null,
    },
  };
};

const purpose = (i, recipientCount) => {
  const legalBasis = LEGAL_BASES[i % LEGAL_BASES.length];
  const fromThirdParty = i % 5 === 4;
  const automated = i % 7 === 6;
  const recipients = [...new Set([`recipient-${i % recipientCount}`, `recipient-${(i + 1) % recipientCount}`])];
  return {
    key: `purpose-${i}`,
    legalBasis,
    sensitiveData: false,
    source: fromThirdParty ? 'third-party' : 'data-subject',
    requirement: REQUIREMENTS[i % REQUIREMENTS.length],
    automatedDecision: automated,
    audience: ['both', 'b2b', 'b2c'][i % 3],
    consentForm: legalBasis === 'consent' ? CONSENT_FORMS[i % CONSENT_FORMS.length] : 'none',
    order: i,
    retention: RETENTION_RULES[i % RETENTION_RULES.length].key,
    recipients,
    fr: {
      name: `Traitement ${i} : suivi des demandes`,
      description: `Nous traitons les demandes du service ${i} et vous répondons.`,
      legitimateInterest: legalBasis === 'legitimate-interests' ? `Faire connaître nos offres du service ${i} aux professionnels.` : null,
      dataCategories: 'Adresse e-mail\nNom et prénom\nEntreprise\nHistorique des échanges',
      dataSubjects: 'Clients et prospects',
      sourceDetails: fromThirdParty ? `Fichier loué au partenaire ${i}.` : null,
      consequenceIfNotProvided: 'nous ne pouvons pas traiter votre demande.',
      automatedDecisionLogic: automated ? 'Un score calculé sur vos clics choisit les prochains e-mails. Rien d’autre.' : null,
      emailFrequency: legalBasis === 'consent' ? 'une fois par mois' : null,
    },
    en: {
      name: `Processing ${i}: handling requests`,
      description: `We handle the requests of department ${i} and answer you.`,
      legitimateInterest: legalBasis === 'legitimate-interests' ? `Letting businesses know about the offers of department ${i}.` : null,
      dataCategories: 'E-mail address\nName\nCompany\nHistory of our exchanges',
      dataSubjects: 'Customers and prospects',
      sourceDetails: fromThirdParty ? `A list rented from partner ${i}.` : null,
      consequenceIfNotProvided: 'we cannot handle your request.',
      automatedDecisionLogic: automated ? 'A score computed from your clicks picks the next e-mails. Nothing else.' : null,
      emailFrequency: legalBasis === 'consent' ? 'once a month' : null,
    },
  };
};

const cookie = (i) => {
  const category = COOKIE_CATEGORIES[i % COOKIE_CATEGORIES.length];
  const session = i % 4 === 0;
  return {
    name: `bench_cookie_${i}`,
    provider: i % 2 === 0 ? 'Bench' : `Fournisseur ${i}`,
    domain: 'www.bench.example',
    party: i % 2 === 0 ? 'first' : 'third',
    category,
    lifetimeValue: session ? null : 1 + (i % 13),
    lifetimeUnit: session ? 'session' : 'months',
    fr: { purpose: `Sert à la fonction ${i} du site (${category}).` },
    en: { purpose: `Used by feature ${i} of the site (${category}).` },
  };
};

/** An organization with `purposeCount` purposes, as many recipients and cookies, and five retention rules. */
export const generateOrganization = (purposeCount) => {
  const slug = `bench-${purposeCount}`;
  const recipientCount = Math.max(1, purposeCount);
  return {
    organization: {
      name: `Bench ${purposeCount} SAS`,
      slug,
      tradeName: `Bench ${purposeCount}`,
      legalForm: 'SAS',
      registrationNumber: 'SIREN 000 000 000, RCS Lille Métropole',
      address: '1 rue de la Mesure\n59000 Lille\nFrance',
      country: 'FR',
      email: `contact@${slug}.example`,
      phone: '+33 3 00 00 00 00',
      website: `https://www.${slug}.example`,
      rightsContactEmail: `vie-privee@${slug}.example`,
      rightsRequestUrl: `https://www.${slug}.example/mes-donnees`,
      policyUrl: `https://www.${slug}.example/confidentialite`,
      cookiePolicyUrl: `https://www.${slug}.example/cookies`,
      supervisoryAuthority: 'CNIL',
      fr: { securityMeasures: 'Hébergement en France, chiffrement, sauvegardes quotidiennes.' },
      en: { securityMeasures: 'Hosting in France, encryption, daily backups.' },
    },
    dpo: {
      company: 'Mesure Conformité SARL',
      email: `dpo@${slug}.example`,
      phone: null,
      address: '2 rue de la Mesure\n59000 Lille\nFrance',
      contactFormUrl: `https://www.${slug}.example/contact-dpo`,
      fr: { name: 'Alex Martin' },
      en: { name: 'Alex Martin' },
    },
    retentionRules: RETENTION_RULES,
    recipients: Array.from({ length: recipientCount }, (_, i) => recipient(i)),
    purposes: Array.from({ length: purposeCount }, (_, i) => purpose(i, recipientCount)),
    cookies: Array.from({ length: purposeCount }, (_, i) => cookie(i)),
  };
};
