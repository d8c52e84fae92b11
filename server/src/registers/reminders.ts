// Which entries a reminder names (requests due within 7 days or overdue, breaches whose 72 hours are near or past), and its wording.
import { escapeHtml, plainLine } from '../documents/escape';
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
  /** Given explicitly: Strapi's e-mail plugin would otherwise send the text, unescaped, as the HTML part. */
  html: string;
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
  const intro = plainLine(t('reminders.intro', { organization }));
  const items = lines.map(plainLine);
  const outro = t('reminders.outro');
  return {
    subject: plainLine(t('reminders.subject', { organization })),
    text: [intro, '', ...items.map((line) => `- ${line}`), '', outro, ''].join('\n'),
    html: `<p>${escapeHtml(intro)}</p>\n<ul>\n${items.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}\n</ul>\n<p>${escapeHtml(outro)}</p>\n`,
  };
};
