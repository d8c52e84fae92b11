// Builds the privacy policy (GDPR Art. 13 and 14) from one organization's facts: short sections of plain sentences.
import type { PrivacyFacts, PurposeFacts } from './facts';
import { lines, rightsContact } from './facts';
import { section, present, type DocumentModel, type Section } from './model';
import { continuing, list, retentionPhrase, sentence } from './phrases';
import { countryName, formatDate, isInEea } from './regions';
import type { Edition } from './edition';
import type { Translate } from './translator';

export interface PolicyLinks {
  cookiePolicyUrl: string | null;
  edition: Edition;
}

const CNIL_COMPLAINT_URL = 'https://www.cnil.fr/fr/plaintes';

export const controller = (t: Translate, facts: PrivacyFacts): Section | null => {
  const org = facts.organization;
  const details = [org.legalForm, org.registrationNumber].filter(present).join(', ');
  return section('controller', t('privacyPolicy.sections.controller'), {
    items: [
      t('privacyPolicy.controller.identity', { name: org.name }),
      org.tradeName && org.tradeName !== org.name
        ? t('privacyPolicy.controller.brand', { tradeName: org.tradeName, name: org.name })
        : null,
      details ? t('privacyPolicy.controller.company', { details }) : null,
      t('privacyPolicy.controller.address', { address: org.address.replace(/\s*\n\s*/g, ', ') }),
      t('privacyPolicy.controller.email', { email: org.email }),
      org.phone ? t('privacyPolicy.controller.phone', { phone: org.phone }) : null,
      org.website ? t('privacyPolicy.controller.website', { website: org.website }) : null,
      org.euRepresentative
        ? t('privacyPolicy.controller.representative', { representative: org.euRepresentative.replace(/\s*\n\s*/g, ', ') })
        : null,
    ].filter(present),
  });
};

export const dpo = (t: Translate, facts: PrivacyFacts): Section | null => {
  const officer = facts.organization.dpo;
  if (!officer) return null;
  const name = officer.name ?? t('privacyPolicy.sections.dpo');
  return section('dpo', t('privacyPolicy.sections.dpo'), {
    items: [
      officer.company ? t('privacyPolicy.dpo.whoCompany', { name, company: officer.company }) : t('privacyPolicy.dpo.who', { name }),
      t('privacyPolicy.dpo.email', { email: officer.email }),
      officer.phone ? t('privacyPolicy.dpo.phone', { phone: officer.phone }) : null,
      officer.address ? t('privacyPolicy.dpo.address', { address: officer.address.replace(/\s*\n\s*/g, ', ') }) : null,
      officer.contactFormUrl ? t('privacyPolicy.dpo.form', { url: officer.contactFormUrl }) : null,
    ].filter(present),
  });
};

/**
 * The bullets of one purpose: what for, basis, interest, data, source, requirement, retention, recipients.
 * Data subjects are an Art. 30 register item, not an Art. 13 one: the register shows them, the notice does not.
 */
const purposeItems = (t: Translate, purpose: PurposeFacts): string[] => {
  const categories = lines(purpose.dataCategories);
  const indirect = purpose.source === 'third-party' || purpose.source === 'public-source';
  const requirement = purpose.requirement ?? 'optional';
  return [
    purpose.description ? sentence(purpose.description) : null,
    purpose.legalBasis === 'consent'
      ? t('privacyPolicy.purpose.basisConsent')
      : t('privacyPolicy.purpose.basis', { basis: t(`legalBasis.${purpose.legalBasis}`) }),
    purpose.legalBasis === 'legitimate-interests' && purpose.legitimateInterest
      ? t('privacyPolicy.purpose.interest', { interest: sentence(purpose.legitimateInterest) })
      : null,
    categories.length ? t('privacyPolicy.purpose.data', { list: list(t, categories) }) : null,
    purpose.sensitiveData ? t('privacyPolicy.purpose.sensitive') : null,
    indirect && purpose.source
      ? t(`privacyPolicy.purpose.source.${purpose.source}`, { details: sentence(purpose.sourceDetails ?? '') })
      : null,
    // Art. 13(2)(e) concerns data the person gives; Art. 14 (indirect source) has no such item.
    indirect
      ? null
      : purpose.consequenceIfNotProvided
        ? t('privacyPolicy.purpose.requirementWithConsequence', {
            requirement: t(`privacyPolicy.purpose.requirement.${requirement}`),
            consequence: continuing(purpose.consequenceIfNotProvided),
          })
        : `${t(`privacyPolicy.purpose.requirement.${requirement}`)}.`,
    purpose.retention ? t('privacyPolicy.purpose.retention', { retention: retentionPhrase(t, purpose.retention) }) : null,
    purpose.recipients.length
      ? t('privacyPolicy.purpose.recipients', {
          list: list(
            t,
            purpose.recipients.map((r) => r.name)
          ),
        })
      : null,
    purpose.automatedDecision ? t('privacyPolicy.purpose.automated') : null,
  ].filter(present);
};

export const purposes = (t: Translate, facts: PrivacyFacts): Section | null => {
  const groups = facts.purposes.map((purpose) => ({ heading: purpose.name, items: purposeItems(t, purpose) }));
  return section('purposes', t('privacyPolicy.sections.purposes'), {
    items: groups.map((group) => t('privacyPolicy.purpose.flat', { name: group.heading, details: group.items.join(' ') })),
    groups,
  });
};

/** Recipients named by at least one purpose: an unused recipient is not disclosed. */
const usedRecipients = (facts: PrivacyFacts) => {
  const used = new Set(facts.purposes.flatMap((p) => p.recipients.map((r) => r.documentId)));
  return facts.recipients.filter((r) => used.has(r.documentId));
};

export const recipients = (t: Translate, facts: PrivacyFacts): Section | null =>
  section('recipients', t('privacyPolicy.sections.recipients'), {
    items: usedRecipients(facts).map((r) => {
      const category = t(`recipientCategory.${r.category}`);
      return r.description
        ? t('privacyPolicy.recipient.item', { name: r.name, category, description: sentence(r.description) })
        : t('privacyPolicy.recipient.itemNoDescription', { name: r.name, category });
    }),
  });

export const transfers = (t: Translate, facts: PrivacyFacts): Section | null => {
  const abroad = usedRecipients(facts).filter((r) => !isInEea(r.country));
  if (abroad.length === 0) return null;
  return section('transfers', t('privacyPolicy.sections.transfers'), {
    items: [
      ...abroad.flatMap((r) => [
        t('privacyPolicy.transfer.item', {
          name: r.name,
          country: countryName(r.country, facts.locale),
          safeguard: t(`safeguard.${r.transferSafeguard ?? 'none-needed'}`),
        }),
        r.safeguardDetails ? t('privacyPolicy.transfer.details', { details: sentence(r.safeguardDetails) }) : null,
      ]),
      abroad.every((r) => r.safeguardDetails) ? null : t('privacyPolicy.transfer.copy', { contact: rightsContact(facts) }),
    ].filter(present),
  });
};

export const retention = (t: Translate, facts: PrivacyFacts): Section | null => {
  const used = new Set(facts.purposes.map((p) => p.retention?.documentId).filter(present));
  return section('retention', t('privacyPolicy.sections.retention'), {
    items: facts.retentionRules
      .filter((rule) => used.has(rule.documentId))
      .map((rule) =>
        rule.legalReference
          ? t('privacyPolicy.retention.itemWithReference', { label: rule.label, reference: rule.legalReference })
          : t('privacyPolicy.retention.item', { label: rule.label })
      ),
  });
};

const security = (t: Translate, facts: PrivacyFacts): Section | null =>
  section('security', t('privacyPolicy.sections.security'), {
    items: [
      facts.organization.securityMeasures
        ? t('privacyPolicy.security.measures', { measures: sentence(facts.organization.securityMeasures) })
        : null,
      t('privacyPolicy.security.breach'),
    ].filter(present),
  });

export const rights = (t: Translate, facts: PrivacyFacts): Section | null => {
  const anyConsent = facts.purposes.some((p) => p.legalBasis === 'consent');
  return section('rights', t('privacyPolicy.sections.rights'), {
    items: [
      t('privacyPolicy.rights.access'),
      t('privacyPolicy.rights.rectification'),
      t('privacyPolicy.rights.erasure'),
      t('privacyPolicy.rights.restriction'),
      t('privacyPolicy.rights.objection'),
      t('privacyPolicy.rights.portability'),
      anyConsent ? t('privacyPolicy.rights.withdraw') : null,
      // French law (loi Informatique et Libertés, art. 85) adds instructions for after one's death.
      facts.organization.country === 'FR' ? t('privacyPolicy.rights.postMortem') : null,
      t('privacyPolicy.rights.how', { contact: rightsContact(facts) }),
      facts.organization.rightsRequestUrl ? t('privacyPolicy.rights.form', { url: facts.organization.rightsRequestUrl }) : null,
      t('privacyPolicy.rights.delay'),
    ].filter(present),
  });
};

export const complaint = (t: Translate, facts: PrivacyFacts): Section | null => {
  const authority = facts.organization.supervisoryAuthority;
  const isCnil = authority ? /^cnil\b/i.test(authority.trim()) : facts.organization.country === 'FR';
  const item = isCnil
    ? t('privacyPolicy.complaint.cnil', { url: CNIL_COMPLAINT_URL })
    : authority
      ? t('privacyPolicy.complaint.other', { authority })
      : t('privacyPolicy.complaint.generic');
  return section('complaint', t('privacyPolicy.sections.complaint'), { items: [item] });
};

export const automatedDecisions = (t: Translate, facts: PrivacyFacts): Section | null => {
  const automated = facts.purposes.filter((p) => p.automatedDecision);
  if (automated.length === 0) return null;
  return section('automated-decisions', t('privacyPolicy.sections.automated-decisions'), {
    items: [
      ...automated.map((p) => t('privacyPolicy.automated.item', { name: p.name, logic: sentence(p.automatedDecisionLogic ?? '') })),
      t('privacyPolicy.automated.rights'),
    ],
  });
};

const cookies = (t: Translate, facts: PrivacyFacts, links: PolicyLinks): Section | null => {
  if (facts.cookies.length === 0) return null;
  return section('cookies', t('privacyPolicy.sections.cookies'), {
    items: [links.cookiePolicyUrl ? t('privacyPolicy.cookies.link', { url: links.cookiePolicyUrl }) : t('privacyPolicy.cookies.noLink')],
  });
};

/** The only section that depends on the edition (with the model's effectiveAt): see withEdition in render-document.ts. */
export const privacyPolicyChanges = (t: Translate, facts: PrivacyFacts, edition: Edition): Section | null =>
  section('changes', t('privacyPolicy.sections.changes'), {
    items: [
      t('privacyPolicy.changes.newPurpose'),
      edition.effectiveAt ? t('privacyPolicy.changes.effective', { date: formatDate(edition.effectiveAt, facts.locale) }) : null,
      edition.version ? t('privacyPolicy.changes.version', { version: edition.version }) : null,
    ].filter(present),
  });

export const buildPrivacyPolicy = (t: Translate, facts: PrivacyFacts, links: PolicyLinks): DocumentModel => ({
  kind: 'privacy-policy',
  locale: facts.locale,
  organization: facts.organization.slug,
  title: t('privacyPolicy.title', { name: facts.organization.tradeName ?? facts.organization.name }),
  effectiveAt: links.edition.effectiveAt,
  sections: [
    controller(t, facts),
    dpo(t, facts),
    purposes(t, facts),
    recipients(t, facts),
    transfers(t, facts),
    retention(t, facts),
    security(t, facts),
    rights(t, facts),
    complaint(t, facts),
    automatedDecisions(t, facts),
    cookies(t, facts, links),
    privacyPolicyChanges(t, facts, links.edition),
  ].filter(present),
});
