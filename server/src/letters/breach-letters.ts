// The breach documents: the notification draft with the fields of the CNIL's online form (Art. 33(3)), and the Art. 34 communication to the people.
import type { PrivacyFacts } from '../documents/facts';
import { lines, rightsContact } from '../documents/facts';
import { present, section, type DocumentModel, type LetterKind, type Section } from '../documents/model';
import { list, sentence } from '../documents/phrases';
import type { Translate } from '../documents/translator';
import { parisDate } from '../registers/deadlines';
import type { BreachView } from '../registers/records';
import { instantDay, letterDate } from './request-letters';

/** An instant with its hour, in Paris time: the 72 hours are counted in hours. */
const instantTime = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));

const field = (t: Translate, key: string, value: string | null): string =>
  t('letters.breach.field', { label: t(`letters.breach.fields.${key}`), value: value ?? t('letters.breach.unknown') });

const natures = (t: Translate, breach: BreachView): string[] =>
  (['confidentiality', 'integrity', 'availability'] as const)
    .filter((nature) => breach[nature])
    .map((nature) => t(`letters.breach.nature.${nature}`));

const dpoContact = (facts: PrivacyFacts, breach: BreachView): string | null => {
  if (breach.dpoContact) return breach.dpoContact.replace(/\s*\n\s*/g, ', ');
  const dpo = facts.organization.dpo;
  return dpo ? [dpo.name, dpo.email, dpo.phone].filter(present).join(', ') : null;
};

const count = (t: Translate, value: number | null, locale: string): string | null =>
  value === null ? null : t('letters.breach.approximately', { value: value.toLocaleString(locale) });

const draft = (kind: LetterKind, facts: PrivacyFacts, title: string, sections: Array<Section | null>): DocumentModel<LetterKind> => ({
  kind,
  locale: facts.locale,
  organization: facts.organization.slug,
  title,
  effectiveAt: null,
  sections: sections.filter(present),
});

/** The CNIL's form, section by section: the notice (first or complete), the controller, the breach, the data, the effects, the measures. */
export const buildBreachNotification = (t: Translate, facts: PrivacyFacts, breach: BreachView): DocumentModel<LetterKind> => {
  const org = facts.organization;
  const { locale } = facts;
  const phase = breach.notificationCompletedAt ? 'complete' : breach.notifiedAuthorityAt ? 'followUp' : 'initial';
  return draft('breach-notification', facts, t('letters.breach.notificationTitle', { name: org.name }), [
    section('notice', t('letters.breach.sections.notice'), {
      lead: [t(`letters.breach.phase.${phase}`)],
      items: [
        field(t, 'awareAt', instantTime(breach.awareAt, locale)),
        field(t, 'deadline', instantTime(breach.clock.deadline, locale)),
        breach.notifiedAuthorityAt ? field(t, 'notifiedAuthorityAt', instantTime(breach.notifiedAuthorityAt, locale)) : null,
        breach.authorityReference ? field(t, 'authorityReference', breach.authorityReference) : null,
        breach.clock.late ? field(t, 'lateReasons', breach.lateNotificationReasons ?? t('letters.breach.lateReasonsMissing')) : null,
      ].filter(present),
    }),
    section('controller', t('letters.breach.sections.controller'), {
      items: [
        field(t, 'organization', org.name),
        org.registrationNumber ? field(t, 'registration', org.registrationNumber) : null,
        field(t, 'address', org.address.replace(/\s*\n\s*/g, ', ')),
        field(t, 'dpo', dpoContact(facts, breach)),
      ].filter(present),
    }),
    section('breach', t('letters.breach.sections.breach'), {
      items: [
        field(t, 'title', breach.title),
        field(
          t,
          'occurred',
          breach.occurredFrom
            ? t('letters.breach.period', {
                from: instantTime(breach.occurredFrom, locale),
                to: breach.occurredTo ? instantTime(breach.occurredTo, locale) : t('letters.breach.ongoing'),
              })
            : null
        ),
        field(t, 'nature', natures(t, breach).length ? list(t, natures(t, breach)) : null),
        field(t, 'description', breach.description ? sentence(breach.description) : null),
      ],
    }),
    section('data', t('letters.breach.sections.data'), {
      items: [
        field(t, 'dataCategories', lines(breach.dataCategories).length ? list(t, lines(breach.dataCategories)) : null),
        field(t, 'peopleCount', count(t, breach.peopleCount, locale)),
        field(t, 'recordsCount', count(t, breach.recordsCount, locale)),
      ],
    }),
    section('consequences', t('letters.breach.sections.consequences'), {
      items: [
        field(t, 'consequences', breach.consequences ? sentence(breach.consequences) : null),
        field(t, 'riskLevel', t(`letters.breach.risk.${breach.riskLevel}`)),
      ],
    }),
    section('measures', t('letters.breach.sections.measures'), {
      items: [
        field(t, 'measuresTaken', breach.measuresTaken ? sentence(breach.measuresTaken) : null),
        field(t, 'measuresProposed', breach.measuresProposed ? sentence(breach.measuresProposed) : null),
        field(
          t,
          'peopleInformed',
          breach.peopleInformedAt
            ? instantDay(breach.peopleInformedAt, locale)
            : breach.riskLevel === 'high-risk'
              ? t('letters.breach.peopleToInform')
              : t('letters.breach.peopleNotRequired')
        ),
      ],
    }),
  ]);
};

/** Art. 34(2): in clear and plain language, what happened, what it may mean, what was done, what to do, whom to ask. */
export const buildBreachCommunication = (t: Translate, facts: PrivacyFacts, breach: BreachView, today: Date): DocumentModel<LetterKind> => {
  const org = facts.organization;
  const categories = lines(breach.dataCategories);
  const contact = dpoContact(facts, breach) ?? rightsContact(facts);
  return draft('breach-communication', facts, t('letters.communication.title', { name: org.tradeName ?? org.name }), [
    section('letter', t('letters.communication.heading'), {
      lead: [
        t('letters.common.sender', { name: org.name, address: org.address.replace(/\s*\n\s*/g, ', ') }),
        t('letters.common.dated', { date: letterDate(parisDate(today), facts.locale) }),
        t('letters.common.greeting'),
        t('letters.communication.what', { date: instantDay(breach.awareAt, facts.locale) }),
        breach.description ? sentence(breach.description) : null,
      ].filter(present),
    }),
    section('data', t('letters.communication.dataHeading'), {
      items: categories.length ? [t('letters.communication.data', { list: list(t, categories) })] : [],
    }),
    section('consequences', t('letters.communication.consequencesHeading'), {
      items: breach.consequences ? [sentence(breach.consequences)] : [],
    }),
    section('measures', t('letters.communication.measuresHeading'), {
      items: breach.measuresTaken ? [sentence(breach.measuresTaken)] : [],
    }),
    section('advice', t('letters.communication.adviceHeading'), {
      items: [breach.measuresProposed ? sentence(breach.measuresProposed) : null, t('letters.communication.vigilance')].filter(present),
    }),
    section('closing', t('letters.common.closingHeading'), {
      lead: [
        t('letters.communication.contact', { contact }),
        t('letters.communication.apology'),
        t('letters.common.regards'),
        t('letters.common.signature', { organization: org.name }),
      ],
    }),
  ]);
};
