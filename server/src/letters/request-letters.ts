// The letters that answer a rights request: the Art. 15 reply from the organization's facts, and the cover letters of the other answers.
import type { PrivacyFacts } from '../documents/facts';
import { lines, rightsContact } from '../documents/facts';
import { present, section, type DocumentModel, type LetterKind, type Section } from '../documents/model';
import { list, sentence } from '../documents/phrases';
import { automatedDecisionsSection as automatedDecisions, purposesSection as purposes } from '../documents/policy-purposes';
import { complaintSection as complaint, objectionSection, rightsSection as rights } from '../documents/policy-rights';
import { recipients, retention, transfers } from '../documents/privacy-policy';
import { formatDay } from '../documents/regions';
import type { Translate } from '../documents/translator';
import { addMonths, ANSWER_MONTHS, EXTENSION_MONTHS, parisDate } from '../registers/deadlines';
import type { RightsRequestView } from '../registers/records';

/** A day as the letters print it: the day in Paris, in the letter's language. */
export const letterDate = formatDay;

export const instantDay = (iso: string, locale: string): string => letterDate(parisDate(new Date(iso)), locale);

const fold = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();

/**
 * The purposes that concern the person, by documentId: those whose data subjects, in any of the given locales'
 * facts, share a category with the request's dataSubjectCategories (one per line, case and accents ignored), since
 * the person's category may be written in another language than the letter; null (every purpose) when it names none.
 */
export const purposesConcerningIds = (factsByLocale: PrivacyFacts[], categories: string | null): ReadonlySet<string> | null => {
  const wanted = lines(categories).map(fold);
  if (wanted.length === 0) return null;
  return new Set(
    factsByLocale.flatMap((facts) =>
      facts.purposes.filter((p) => lines(p.dataSubjects).some((subject) => wanted.includes(fold(subject)))).map((p) => p.documentId)
    )
  );
};

const concerning = (facts: PrivacyFacts, ids: ReadonlySet<string> | null): PrivacyFacts =>
  ids === null ? facts : { ...facts, purposes: facts.purposes.filter((p) => ids.has(p.documentId)) };

const sender = (t: Translate, facts: PrivacyFacts): string => {
  const org = facts.organization;
  return t('letters.common.sender', { name: org.name, address: org.address.replace(/\s*\n\s*/g, ', ') });
};

const opening = (t: Translate, facts: PrivacyFacts, request: RightsRequestView, today: Date, paragraphs: string[]): Section | null =>
  section('letter', t('letters.common.subject', { kind: t(`letters.requestKind.${request.kind}`) }), {
    lead: [
      sender(t, facts),
      t('letters.common.dated', { date: letterDate(parisDate(today), facts.locale) }),
      t('letters.common.to', { requester: request.requester }),
      t('letters.common.greeting'),
      t('letters.common.received', { date: instantDay(request.receivedAt, facts.locale), kind: t(`letters.requestKind.${request.kind}`) }),
      ...paragraphs,
    ],
  });

const closing = (t: Translate, facts: PrivacyFacts): Section | null =>
  section('closing', t('letters.common.closingHeading'), {
    lead: [
      t('letters.common.questions', { contact: rightsContact(facts) }),
      t('letters.common.regards'),
      facts.organization.dpo
        ? t('letters.common.signatureDpo', {
            name: facts.organization.dpo.name ?? facts.organization.dpo.email,
            organization: facts.organization.name,
          })
        : t('letters.common.signature', { organization: facts.organization.name }),
    ],
  });

const letter = (
  kind: LetterKind,
  t: Translate,
  facts: PrivacyFacts,
  title: string,
  sections: Array<Section | null>
): DocumentModel<LetterKind> => ({
  kind,
  locale: facts.locale,
  organization: facts.organization.slug,
  title,
  effectiveAt: null,
  sections: sections.filter(present),
});

/** Art. 15(1)(a)-(h) and 15(3): what is done with the person's data, and a copy of it. */
export const buildAccessReply = (
  t: Translate,
  facts: PrivacyFacts,
  request: RightsRequestView,
  today: Date,
  concernedIds: ReadonlySet<string> | null = null
): DocumentModel<LetterKind> => {
  const concerned = concerning(facts, concernedIds);
  const none = concerned.purposes.length === 0;
  return letter('access-reply', t, facts, t('letters.access.title', { name: facts.organization.tradeName ?? facts.organization.name }), [
    opening(
      t,
      facts,
      request,
      today,
      [none ? t('letters.access.noData') : t('letters.access.intro'), none ? null : t('letters.access.copy')].filter(present)
    ),
    none ? null : purposes(t, concerned),
    // The right to object to marketing, apart from the rest, in this communication too (Art. 21(4)).
    none ? null : objectionSection(t, concerned),
    none ? null : recipients(t, concerned),
    none ? null : transfers(t, concerned),
    none ? null : retention(t, concerned),
    none
      ? null
      : (automatedDecisions(t, concerned) ??
        section('automated-decisions', t('privacyPolicy.sections.automated-decisions'), { items: [t('letters.access.noAutomated')] })),
    // The rights these purposes open (they follow each one's legal basis).
    rights(t, none ? facts : concerned),
    complaint(t, facts),
    closing(t, facts),
  ]);
};

/** Art. 17 and 19: the data is erased, the recipients told; what the law obliges the organization to keep. */
export const buildErasureDone = (t: Translate, facts: PrivacyFacts, request: RightsRequestView, today: Date): DocumentModel<LetterKind> => {
  const kept = facts.retentionRules.filter((rule) => rule.legalReference);
  const told = facts.recipients.filter((r) => r.category !== 'internal-team').map((r) => r.name);
  return letter('erasure-done', t, facts, t('letters.erasure.title'), [
    opening(
      t,
      facts,
      request,
      today,
      [
        t('letters.erasure.done', {
          date: request.answeredAt ? instantDay(request.answeredAt, facts.locale) : letterDate(parisDate(today), facts.locale),
        }),
        told.length ? t('letters.erasure.recipients', { list: list(t, told) }) : null,
        kept.length ? t('letters.erasure.kept') : null,
      ].filter(present)
    ),
    section('kept', t('letters.erasure.keptHeading'), {
      items: kept.map((rule) => t('privacyPolicy.retention.itemWithReference', { label: rule.label, reference: rule.legalReference })),
    }),
    complaint(t, facts),
    closing(t, facts),
  ]);
};

/** Art. 21: the objection is recorded; marketing stops at once, other uses unless compelling grounds override it. */
export const buildObjectionRecorded = (
  t: Translate,
  facts: PrivacyFacts,
  request: RightsRequestView,
  today: Date
): DocumentModel<LetterKind> => {
  const objectable = facts.purposes
    .filter((p) => p.legalBasis === 'legitimate-interests' || p.legalBasis === 'public-task')
    .map((p) => p.name);
  return letter('objection-recorded', t, facts, t('letters.objection.title'), [
    opening(
      t,
      facts,
      request,
      today,
      [
        t('letters.objection.recorded', {
          date: request.answeredAt ? instantDay(request.answeredAt, facts.locale) : letterDate(parisDate(today), facts.locale),
        }),
        objectable.length ? t('letters.objection.purposes', { list: list(t, objectable) }) : null,
        t('letters.objection.marketing'),
      ].filter(present)
    ),
    complaint(t, facts),
    closing(t, facts),
  ]);
};

/** Art. 12(3): told within the first month, with the reasons, that the answer will take up to two more months. */
export const buildExtensionNotice = (
  t: Translate,
  facts: PrivacyFacts,
  request: RightsRequestView,
  today: Date
): DocumentModel<LetterKind> => {
  // The letter is usually drafted before the notice date is recorded: it announces the extended date either way.
  const extendedDue = addMonths(request.clock.receivedOn, ANSWER_MONTHS + EXTENSION_MONTHS);
  return letter('extension-notice', t, facts, t('letters.extension.title'), [
    opening(t, facts, request, today, [
      t('letters.extension.more', {
        reason: sentence(request.extensionReason ?? t('letters.extension.defaultReason')),
        date: letterDate(extendedDue, facts.locale),
      }),
      t('letters.extension.law'),
    ]),
    complaint(t, facts),
    closing(t, facts),
  ]);
};

/** Art. 12(4): the reasons for not acting, and the right to complain and to go to court. */
export const buildRefusal = (t: Translate, facts: PrivacyFacts, request: RightsRequestView, today: Date): DocumentModel<LetterKind> =>
  letter('refusal', t, facts, t('letters.refusal.title'), [
    opening(t, facts, request, today, [
      t('letters.refusal.cannot'),
      t('letters.refusal.reasons', { reasons: sentence(request.refusalReasons ?? t('letters.refusal.noReason')) }),
      t('letters.refusal.remedies'),
    ]),
    complaint(t, facts),
    closing(t, facts),
  ]);
