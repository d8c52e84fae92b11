// Which entries a reminder names (requests due within 7 days or overdue, breaches whose 72 hours are near or past), and its wording.
import { formatDay } from '../documents/regions';
import type { Translate } from '../documents/translator';
import { parisDate } from './deadlines';
import type { BreachView, RightsRequestView } from './records';

/** A request is named at most once per Paris day; a breach once when near, once more when late. */
export const requestNeedsReminder = (request: RightsRequestView, now: Date): boolean =>
  (request.clock.state === 'due-soon' || request.clock.state === 'overdue') &&
  (request.remindedAt === null || parisDate(new Date(request.remindedAt)) < parisDate(now));

export const breachNeedsReminder = (breach: BreachView): boolean =>
  (breach.clock.state === 'near' && breach.remindedAt === null) ||
  (breach.clock.state === 'late' && (breach.remindedAt === null || breach.remindedAt < breach.clock.deadline));

export interface ReminderEmail {
  subject: string;
  text: string;
}

const parisTime = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));

/** Only references, rights and dates: the e-mail names no requester, so a forwarded reminder discloses nobody. */
export const reminderEmail = (
  t: Translate,
  locale: string,
  organization: string,
  requests: RightsRequestView[],
  breaches: BreachView[]
): ReminderEmail => {
  const lines = [
    ...breaches.map((b) =>
      t(b.clock.state === 'late' ? 'reminders.breachLate' : 'reminders.breachNear', {
        title: b.title,
        deadline: parisTime(b.clock.deadline, locale),
      })
    ),
    ...requests.map((r) => {
      const params = { reference: r.documentId, kind: t(`letters.requestKind.${r.kind}`), date: formatDay(r.clock.dueOn, locale) };
      return r.clock.overdue ? t('reminders.requestOverdue', params) : t('reminders.requestDue', { ...params, count: r.clock.daysLeft });
    }),
  ];
  return {
    subject: t('reminders.subject', { organization }),
    text: [t('reminders.intro', { organization }), '', ...lines.map((line) => `- ${line}`), '', t('reminders.outro'), ''].join('\n'),
  };
};
