// The privacy policy's purposes: one group of short sentences per purpose, and the Art. 22 automated decisions.
import { digitalConsentAge, lines, type PrivacyFacts, type PurposeFacts } from './facts';
import { present, section, type Section } from './model';
import { continuing, list, retentionPhrase, sentence } from './phrases';
import { objectsToMarketing } from './rights';
import type { Translate } from './translator';
import { lowerFirstCommonWord, lowerFirstInList } from './typography';

/** What follows "Source:": the editor's sentence, then when the person is told (Art. 14(3)). */
const sourceItem = (t: Translate, purpose: PurposeFacts, locale: string): string | null =>
  purpose.source === 'third-party' || purpose.source === 'public-source'
    ? t(`privacyPolicy.purpose.source.${purpose.source}`, { details: lowerFirstCommonWord(sentence(purpose.sourceDetails ?? ''), locale) })
    : null;

/** Profiling is disclosed with what it does; where it serves marketing on legitimate interests, with the way to object. */
const profilingItem = (t: Translate, purpose: PurposeFacts, locale: string): string | null => {
  if (!purpose.profiling) return null;
  const described = purpose.profilingLogic
    ? t('privacyPolicy.purpose.profiling', { logic: lowerFirstCommonWord(sentence(purpose.profilingLogic), locale) })
    : t('privacyPolicy.purpose.profilingUndescribed');
  return objectsToMarketing(purpose)
    ? `${described} ${t('privacyPolicy.purpose.profilingObjection', { section: t('privacyPolicy.sections.objection') })}`
    : described;
};

/**
 * The bullets of one purpose: what for, basis, interest, data, source, requirement, retention, recipients.
 * Data subjects are an Art. 30 register item, not an Art. 13 one: the register shows them, the notice does not.
 */
const purposeItems = (t: Translate, purpose: PurposeFacts, locale: string, consentAge: number): string[] => {
  const categories = lines(purpose.dataCategories);
  const indirect = purpose.source === 'third-party' || purpose.source === 'public-source';
  const requirement = purpose.requirement ?? 'optional';
  return [
    purpose.description ? sentence(purpose.description) : null,
    purpose.legalBasis === 'consent'
      ? t('privacyPolicy.purpose.basisConsent')
      : t('privacyPolicy.purpose.basis', { basis: t(`legalBasis.${purpose.legalBasis}`) }),
    // Art. 8(1): below the age of digital consent, a holder of parental responsibility consents too.
    purpose.legalBasis === 'consent' && (purpose.minors === 'may-reach' || purpose.minors === 'targets')
      ? t('privacyPolicy.purpose.minorsConsent', { age: consentAge })
      : null,
    purpose.legalBasis === 'legitimate-interests' && purpose.legitimateInterest
      ? t('privacyPolicy.purpose.interest', { interest: lowerFirstCommonWord(sentence(purpose.legitimateInterest), locale) })
      : null,
    // Editors' values continue our sentence after a colon: a capitalised common word is lowered, names are kept.
    categories.length ? t('privacyPolicy.purpose.data', { list: list(t, lowerFirstInList(categories, locale)) }) : null,
    purpose.sensitiveData ? t('privacyPolicy.purpose.sensitive') : null,
    purpose.sensitiveData && purpose.sensitiveDataCondition
      ? t('privacyPolicy.purpose.sensitiveCondition', { condition: t(`sensitiveCondition.${purpose.sensitiveDataCondition}`) })
      : null,
    purpose.criminalData ? t('privacyPolicy.purpose.criminal') : null,
    sourceItem(t, purpose, locale),
    // Art. 13(2)(e) concerns data the person gives; Art. 14 (indirect source) has no such item.
    indirect
      ? null
      : purpose.consequenceIfNotProvided
        ? t('privacyPolicy.purpose.requirementWithConsequence', {
            requirement: t(`privacyPolicy.purpose.requirement.${requirement}`),
            consequence: continuing(purpose.consequenceIfNotProvided),
          })
        : `${t(`privacyPolicy.purpose.requirement.${requirement}`)}.`,
    purpose.retention
      ? t('privacyPolicy.purpose.retention', { retention: lowerFirstCommonWord(retentionPhrase(t, purpose.retention), locale) })
      : null,
    purpose.recipients.length
      ? t('privacyPolicy.purpose.recipients', {
          list: list(
            t,
            purpose.recipients.map((r) => r.name)
          ),
        })
      : null,
    profilingItem(t, purpose, locale),
    purpose.automatedDecision ? t('privacyPolicy.purpose.automated', { section: t('privacyPolicy.sections.automated-decisions') }) : null,
  ].filter(present);
};

export const purposesSection = (t: Translate, facts: PrivacyFacts): Section | null => {
  const age = digitalConsentAge(facts.organization);
  const groups = facts.purposes.map((purpose) => ({ heading: purpose.name, items: purposeItems(t, purpose, facts.locale, age) }));
  return section('purposes', t('privacyPolicy.sections.purposes'), {
    items: groups.map((group) => t('privacyPolicy.purpose.flat', { name: group.heading, details: group.items.join(' ') })),
    groups,
  });
};

/** Only decisions based solely on automated processing with legal or similarly significant effects (Art. 22, WP251). */
export const automatedDecisionsSection = (t: Translate, facts: PrivacyFacts): Section | null => {
  const automated = facts.purposes.filter((p) => p.automatedDecision);
  if (automated.length === 0) return null;
  return section('automated-decisions', t('privacyPolicy.sections.automated-decisions'), {
    items: [
      ...automated.map((p) => t('privacyPolicy.automated.item', { name: p.name, logic: sentence(p.automatedDecisionLogic ?? '') })),
      t('privacyPolicy.automated.rights'),
    ],
  });
};
