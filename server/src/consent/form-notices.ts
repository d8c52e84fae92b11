// Form notices: for each consent form in use, one unticked box per consent purpose and the first-layer notice under the form.
import { countriesOf, rightsContact, type ConsentForm, type PrivacyFacts, type PurposeFacts } from '../documents/facts';
import { present } from '../documents/model';
import { continuing, retentionPhrase } from '../documents/phrases';
import { isCnil } from '../documents/policy-rights';
import { countryName, isInEea } from '../documents/regions';
import { objectsToMarketing, rightsAcross } from '../documents/rights';
import type { Translate } from '../documents/translator';
import { lowerFirstCommonWord } from '../documents/typography';
import { checkboxWording } from '../documents/consent-checkbox';

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
  /**
   * The right to object to marketing on legitimate interests (B2B prospecting, say), instead of a box: apart from the
   * rest of the notice, as Art. 21(4) asks.
   */
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

/** "a, b and c" in the reader's language. */
const joined = (t: Translate, values: string[]): string =>
  values.length < 2
    ? (values[0] ?? '')
    : `${values.slice(0, -1).join(t('list.separator'))}${t('consent.email.and')}${values[values.length - 1]}`;

const checkboxLabel = (t: Translate, facts: PrivacyFacts, form: FormNotice['form'], purpose: PurposeFacts): string => {
  const { key, params } = checkboxWording(form, purpose);
  return t(key, { sender: senderName(facts), ...params });
};

/**
 * The first layer (EDPB WP260 rev.01 §35-38, CNIL model notices): who, what for, on which basis, how long, the rights
 * these purposes open and how, the DPO, transfers outside the EEA, the complaint, and where the full policy is.
 */
const noticeSentences = (t: Translate, facts: PrivacyFacts, purposes: PurposeFacts[]): string[] => {
  const org = facts.organization;
  const bases = [...new Set(purposes.map((p) => t(`legalBasis.${p.legalBasis}`)))];
  const retentions = [...new Set(purposes.map((p) => (p.retention ? retentionPhrase(t, p.retention) : null)).filter(present))];
  const described = purposes.map((p) => (p.description ? `${p.name} (${continuing(p.description).replace(/\.$/, '')})` : p.name));
  const rights = rightsAcross(purposes).map(({ right }) => t(`consent.notice.right.${right}`));
  const countries = [
    ...new Set(
      purposes.flatMap((p) =>
        p.recipients
          .flatMap((r) => countriesOf(r).filter((country) => !isInEea(country)))
          .map((country) => countryName(country, facts.locale))
      )
    ),
  ];
  return [
    t('consent.notice.who', { controller: org.name, purpose: described.join(t('consent.email.and')) }),
    t('consent.notice.basis', { basis: bases.join(t('consent.email.and')) }),
    retentions.length
      ? t('consent.notice.retention', { retention: lowerFirstCommonWord(retentions.join(t('list.semicolon')), facts.locale) })
      : null,
    t('consent.notice.rights', { rights: joined(t, rights), contact: rightsContact(facts) }),
    org.dpo ? t('consent.notice.dpo', { email: org.dpo.email }) : null,
    countries.length ? t('consent.notice.transfers', { countries: joined(t, countries) }) : null,
    isCnil(facts) ? t('consent.notice.complaintCnil') : t('consent.notice.complaint'),
    org.policyUrl ? t('consent.notice.policy', { url: org.policyUrl }) : t('consent.notice.policyNoLink'),
  ].filter(present);
};

/** The objection block: B2B prospecting says so, any other marketing on legitimate interests gets the general form. */
const optOutOf = (t: Translate, facts: PrivacyFacts, purposes: PurposeFacts[]): string | null => {
  const marketing = purposes.filter(objectsToMarketing);
  if (marketing.length === 0) return null;
  const key = marketing.every((p) => p.audience === 'b2b') ? 'consent.notice.optOut' : 'consent.notice.optOutGeneral';
  return t(key, { contact: rightsContact(facts) });
};

export const buildFormNotices = (t: Translate, facts: PrivacyFacts): FormNotice[] =>
  FORMS.map((form) => {
    const purposes = facts.purposes.filter((p) => p.consentForm === form);
    if (purposes.length === 0) return null;
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
      optOut: optOutOf(t, facts, purposes),
      notice: noticeSentences(t, facts, purposes),
    };
  }).filter(present);
