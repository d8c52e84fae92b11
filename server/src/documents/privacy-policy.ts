// Builds the privacy policy (GDPR Art. 13 and 14) from one organization's facts: short sections of plain sentences.
import type { PrivacyFacts, RecipientFacts } from './facts';
import { countriesOf, rightsContact, transfersOutsideEea } from './facts';
import { section, present, type DocumentModel, type Section } from './model';
import { listAnd, sentence } from './phrases';
import { countryName, formatDate } from './regions';
import { lowerFirstCommonWord, withAside } from './typography';
import type { Edition } from './edition';
import type { Translate } from './translator';
import { automatedDecisionsSection, purposesSection } from './policy-purposes';
import { complaintSection, objectionSection, rightsSection } from './policy-rights';

export interface PolicyLinks {
  cookiePolicyUrl: string | null;
  edition: Edition;
}

export const controller = (t: Translate, facts: PrivacyFacts): Section | null => {
  const org = facts.organization;
  const details = [org.legalForm, org.registrationNumber].filter(present).join(', ');
  return section('controller', t('privacyPolicy.sections.controller'), {
    items: [
      t('privacyPolicy.controller.identity', { name: org.name }),
      // "Courrielia is a brand of Courrielia SAS" says nothing: only a trade name the legal name does not contain.
      org.tradeName && !org.name.startsWith(org.tradeName)
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

/** Recipients named by at least one purpose or linked to a tracker: an unused recipient is not disclosed. */
const usedRecipients = (facts: PrivacyFacts) => {
  const used = new Set([
    ...facts.purposes.flatMap((p) => p.recipients.map((r) => r.documentId)),
    ...facts.cookies.map((cookie) => cookie.recipient).filter((id): id is string => id !== null),
  ]);
  return facts.recipients.filter((r) => used.has(r.documentId));
};

/** A joint controller's arrangement and contact point (Art. 26(1)-(2)), when the editor gave them. */
const jointControl = (t: Translate, r: RecipientFacts): string[] =>
  r.category !== 'joint-controller'
    ? []
    : [
        r.jointArrangement
          ? t('privacyPolicy.recipient.jointArrangement', { name: r.name, arrangement: sentence(r.jointArrangement) })
          : null,
        r.jointContactPoint ? t('privacyPolicy.recipient.jointContact', { contact: r.jointContactPoint.trim() }) : null,
      ].filter(present);

export const recipients = (t: Translate, facts: PrivacyFacts): Section | null =>
  section('recipients', t('privacyPolicy.sections.recipients'), {
    items: usedRecipients(facts).flatMap((r) => {
      const category = t(`recipientCategory.${r.category}`);
      return [
        r.description
          ? t('privacyPolicy.recipient.item', {
              name: withAside(r.name, category),
              description: lowerFirstCommonWord(sentence(r.description), facts.locale),
            })
          : t('privacyPolicy.recipient.itemNoDescription', { name: withAside(r.name, category) }),
        ...jointControl(t, r),
      ];
    }),
  });

export const transfers = (t: Translate, facts: PrivacyFacts): Section | null => {
  // A recipient with one country outside the EEA transfers, whatever its other countries (all are named).
  const abroad = usedRecipients(facts).filter(transfersOutsideEea);
  if (abroad.length === 0) return null;
  return section('transfers', t('privacyPolicy.sections.transfers'), {
    items: [
      // The test is the European Economic Area, not the EU: Iceland, Liechtenstein and Norway need no safeguard (Art. 44).
      t('privacyPolicy.transfer.lead'),
      ...abroad.flatMap((r) => [
        t('privacyPolicy.transfer.item', {
          name: r.name,
          country: listAnd(
            t,
            countriesOf(r).map((code) => countryName(code, facts.locale))
          ),
          safeguard: t(`safeguard.${r.transferSafeguard ?? 'none-needed'}`),
        }),
        r.safeguardDetails ? t('privacyPolicy.transfer.details', { details: sentence(r.safeguardDetails) }) : null,
      ]),
      // Art. 13(1)(f): how to get a copy of the safeguard. A Data Privacy Framework certification is public (the adequacy
      // decision and the DPF list), so it needs no copy; every other safeguard without details keeps the offer, as before.
      abroad.every((r) => r.safeguardDetails || r.transferSafeguard === 'eu-us-data-privacy-framework')
        ? null
        : t('privacyPolicy.transfer.copy', { contact: rightsContact(facts) }),
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
  title: facts.audience
    ? t('privacyPolicy.audienceTitle', {
        name: facts.organization.tradeName ?? facts.organization.name,
        audience: t(`dataSubjectCategory.${facts.audience}`),
      })
    : t('privacyPolicy.title', { name: facts.organization.tradeName ?? facts.organization.name }),
  effectiveAt: links.edition.effectiveAt,
  sections: [
    controller(t, facts),
    dpo(t, facts),
    purposesSection(t, facts),
    objectionSection(t, facts),
    recipients(t, facts),
    transfers(t, facts),
    retention(t, facts),
    security(t, facts),
    rightsSection(t, facts),
    complaintSection(t, facts),
    automatedDecisionsSection(t, facts),
    cookies(t, facts, links),
    privacyPolicyChanges(t, facts, links.edition),
  ].filter(present),
});
