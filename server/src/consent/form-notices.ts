// Form notices: for each consent form in use, one unticked box per consent purpose and the first-layer notice under the form.
import { rightsContact, type ConsentForm, type PrivacyFacts, type PurposeFacts } from '../documents/facts';
import { present } from '../documents/model';
import { continuing, retentionPhrase } from '../documents/phrases';
import type { Translate } from '../documents/translator';

export interface ConsentCheckbox {
  /** A stable field name for the form: one box per purpose. */
  name: string;
  purpose: string;
  label: string;
  /** Always false: consent is never pre-ticked (CNIL). */
  checked: false;
  /** Always false: consent is never a condition of the form. */
  required: false;
}

export interface FormNotice {
  form: Exclude<ConsentForm, 'none'>;
  purposes: string[];
  /** One per purpose that relies on consent; empty when no purpose of the form does. */
  checkboxes: ConsentCheckbox[];
  /** The opt-out information for B2B prospecting under legitimate interests, instead of a box. */
  optOut: string | null;
  /** The first-layer notice to place under the form, one sentence per item. */
  notice: string[];
}

const FORMS: ReadonlyArray<Exclude<ConsentForm, 'none'>> = [
  'newsletter',
  'marketing-automation',
  'account-creation',
  'white-paper',
  'other',
];

export const senderName = (facts: PrivacyFacts): string => facts.organization.tradeName ?? facts.organization.name;

const slugify = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'purpose';

const isB2bOptOut = (purpose: PurposeFacts): boolean => purpose.legalBasis === 'legitimate-interests' && purpose.audience === 'b2b';

const checkboxLabel = (t: Translate, facts: PrivacyFacts, form: FormNotice['form'], purpose: PurposeFacts): string => {
  const sender = senderName(facts);
  if (form === 'newsletter' && purpose.emailFrequency) {
    return t('consent.checkbox.newsletterFrequency', { sender, frequency: purpose.emailFrequency });
  }
  return t(`consent.checkbox.${form}`, { sender, purpose: purpose.name });
};

const noticeSentences = (t: Translate, facts: PrivacyFacts, purposes: PurposeFacts[]): string[] => {
  const org = facts.organization;
  const anyConsent = purposes.some((p) => p.legalBasis === 'consent');
  const bases = [...new Set(purposes.map((p) => t(`legalBasis.${p.legalBasis}`)))];
  const retentions = [...new Set(purposes.map((p) => (p.retention ? retentionPhrase(t, p.retention) : null)).filter(present))];
  const described = purposes.map((p) => (p.description ? `${p.name} (${continuing(p.description).replace(/\.$/, '')})` : p.name));
  return [
    t('consent.notice.who', { controller: org.name, purpose: described.join(t('consent.email.and')) }),
    t('consent.notice.basis', { basis: bases.join(t('consent.email.and')) }),
    retentions.length ? t('consent.notice.retention', { retention: retentions.join(t('list.semicolon')) }) : null,
    t(anyConsent ? 'consent.notice.rightsConsent' : 'consent.notice.rights', { contact: rightsContact(facts) }),
    org.policyUrl ? t('consent.notice.policy', { url: org.policyUrl }) : t('consent.notice.policyNoLink'),
  ].filter(present);
};

export const buildFormNotices = (t: Translate, facts: PrivacyFacts): FormNotice[] =>
  FORMS.map((form) => {
    const purposes = facts.purposes.filter((p) => p.consentForm === form);
    if (purposes.length === 0) return null;
    const optOutPurposes = purposes.filter(isB2bOptOut);
    return {
      form,
      purposes: purposes.map((p) => p.name),
      checkboxes: purposes
        .filter((p) => p.legalBasis === 'consent')
        .map((p) => ({
          name: `consent-${form}-${slugify(p.name)}`,
          purpose: p.name,
          label: checkboxLabel(t, facts, form, p),
          checked: false as const,
          required: false as const,
        })),
      optOut: optOutPurposes.length ? t('consent.notice.optOut', { contact: rightsContact(facts) }) : null,
      notice: noticeSentences(t, facts, purposes),
    };
  }).filter(present);
