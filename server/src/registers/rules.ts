// The registers' cross-field rules, as data: each names the field to fill in, the fix and the article (a write that breaks one is a 400).
import { extensionInTime, notifiedLate } from './deadlines';
import type { BreachRecord, RightsRequestRecord } from './records';

export interface RuleViolation {
  path: string;
  message: string;
}

export interface Rule<T> {
  field: keyof T & string;
  article: string;
  broken(entry: T): boolean;
  message: string;
}

const after = (later: string | null, earlier: string | null): boolean =>
  later !== null && earlier !== null && new Date(later).getTime() < new Date(earlier).getTime();

export const RIGHTS_REQUEST_RULES: Array<Rule<RightsRequestRecord>> = [
  {
    field: 'extensionReason',
    article: 'GDPR Art. 12(3)',
    broken: (r) => r.extensionNotifiedAt !== null && r.extensionReason === null,
    message: 'extensionNotifiedAt is set but extensionReason is empty: the person must be told why the answer takes longer',
  },
  {
    field: 'extensionNotifiedAt',
    article: 'GDPR Art. 12(3)',
    broken: (r) => r.extensionNotifiedAt !== null && !extensionInTime(new Date(r.receivedAt), new Date(r.extensionNotifiedAt)),
    message: 'extensionNotifiedAt is after the first month from receipt: an extension counts only when the person is told within it',
  },
  {
    field: 'extensionNotifiedAt',
    article: 'GDPR Art. 12(3)',
    broken: (r) => after(r.extensionNotifiedAt, r.receivedAt),
    message: 'extensionNotifiedAt is before receivedAt: the person cannot be told before the request arrived',
  },
  {
    field: 'identityCheckReason',
    article: 'GDPR Art. 12(6)',
    broken: (r) => r.identityCheckRequestedAt !== null && r.identityCheckReason === null,
    message:
      'identityCheckRequestedAt is set but identityCheckReason is empty: proof of identity may be asked only on reasonable doubt, say which',
  },
  {
    field: 'answeredAt',
    article: 'GDPR Art. 12(3)',
    broken: (r) => (r.status === 'answered' || r.status === 'refused') && r.answeredAt === null,
    message: `status is answered or refused but answeredAt is empty: give the date the answer was sent`,
  },
  {
    field: 'answeredAt',
    article: 'GDPR Art. 12(3)',
    broken: (r) => after(r.answeredAt, r.receivedAt),
    message: 'answeredAt is before receivedAt',
  },
  {
    field: 'refusalReasons',
    article: 'GDPR Art. 12(4)',
    broken: (r) => (r.status === 'refused' || r.outcome === 'refused' || r.outcome === 'partially-granted') && r.refusalReasons === null,
    message: 'the request is refused (in whole or in part) but refusalReasons is empty: the person must be told the reasons',
  },
];

export const BREACH_RULES: Array<Rule<BreachRecord>> = [
  {
    field: 'lateNotificationReasons',
    article: 'GDPR Art. 33(1)',
    broken: (b) =>
      b.notifiedAuthorityAt !== null &&
      notifiedLate(new Date(b.awareAt), new Date(b.notifiedAuthorityAt)) &&
      b.lateNotificationReasons === null,
    message:
      'notifiedAuthorityAt is more than 72 hours after awareAt but lateNotificationReasons is empty: a late notification must give the reasons for the delay',
  },
  {
    field: 'occurredTo',
    article: 'GDPR Art. 33(3)(a)',
    broken: (b) => after(b.occurredTo, b.occurredFrom),
    message: 'occurredTo is before occurredFrom',
  },
  {
    field: 'notifiedAuthorityAt',
    article: 'GDPR Art. 33(1)',
    broken: (b) => after(b.notifiedAuthorityAt, b.awareAt),
    message: 'notifiedAuthorityAt is before awareAt: the clock starts when the organization became aware of the breach',
  },
  {
    field: 'notificationCompletedAt',
    article: 'GDPR Art. 33(4)',
    broken: (b) =>
      b.notificationCompletedAt !== null && (b.notifiedAuthorityAt === null || after(b.notificationCompletedAt, b.notifiedAuthorityAt)),
    message: 'notificationCompletedAt needs notifiedAuthorityAt on or before it: the completion follows the first notice',
  },
  {
    field: 'authorityReference',
    article: 'GDPR Art. 33(4)',
    broken: (b) => b.authorityReference !== null && b.notifiedAuthorityAt === null,
    message: 'authorityReference is set but notifiedAuthorityAt is empty: give the date of the notification that reference belongs to',
  },
];

export const violations = <T>(rules: Array<Rule<T>>, entry: T): RuleViolation[] =>
  rules.filter((rule) => rule.broken(entry)).map((rule) => ({ path: rule.field, message: `${rule.message} (${rule.article})` }));
