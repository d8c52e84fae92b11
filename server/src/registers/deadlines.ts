// The registers' clocks as pure functions: the one-month answer period of Art. 12(3) and the 72 hours of Art. 33(1).

/** The calendar the periods are counted in: the day a request arrives is the day it arrives in France. */
export const REGISTER_TIME_ZONE = 'Europe/Paris';

/** A calendar day, as `YYYY-MM-DD`. */
export type CalendarDate = string;

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: REGISTER_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day an instant falls on in Europe/Paris (23:30 UTC on 31 March is already 1 April in Paris). */
export const parisDate = (instant: Date): CalendarDate => {
  const parts = Object.fromEntries(dayFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
};

const split = (date: CalendarDate): [number, number, number] => {
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
};

const pad = (value: number): string => String(value).padStart(2, '0');

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The day a period of `months` months from `start` ends (EU Regulation 1182/71, Art. 3(2)(c)): the same date in
 * the last month, or that month's last day when it has no such date (31 January + 1 month → 28 or 29 February).
 */
export const addMonths = (start: CalendarDate, months: number): CalendarDate => {
  const [year, month, day] = split(start);
  const index = year * 12 + (month - 1) + months;
  const endYear = Math.floor(index / 12);
  const endMonth = (index % 12) + 1;
  return `${endYear}-${pad(endMonth)}-${pad(Math.min(day, daysInMonth(endYear, endMonth)))}`;
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => {
  const [y1, m1, d1] = split(from);
  const [y2, m2, d2] = split(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
};

/** Art. 12(3): one month, extendable by two further months "where necessary, taking into account the complexity". */
export const ANSWER_MONTHS = 1;
export const EXTENSION_MONTHS = 2;
/** A request is "due soon" from this many days before its due date (the reminders use the same threshold). */
export const DUE_SOON_DAYS = 7;

export interface RequestClockInput {
  receivedAt: Date;
  /** When the person was told of the extension; it counts only within the first month. */
  extensionNotifiedAt: Date | null;
  /** When the answer was sent; an answered request is never overdue. */
  answeredAt: Date | null;
}

export type DeadlineState = 'answered' | 'on-time' | 'due-soon' | 'overdue';

export interface RequestClock {
  receivedOn: CalendarDate;
  /** The end of the first month, whether or not the period was extended. */
  firstDueOn: CalendarDate;
  /** The day the answer is due at the latest (the end of that day, Paris time). */
  dueOn: CalendarDate;
  extended: boolean;
  /** Days from today to the due date: 0 on the due date itself, negative once it has passed. */
  daysLeft: number;
  overdue: boolean;
  /** For an answered request: whether the answer left by the due date. */
  answeredLate: boolean | null;
  state: DeadlineState;
}

/** Whether an extension notice sent at `notifiedAt` was sent within the first month (the condition of Art. 12(3)). */
export const extensionInTime = (receivedAt: Date, notifiedAt: Date): boolean =>
  parisDate(notifiedAt) <= addMonths(parisDate(receivedAt), ANSWER_MONTHS);

export const requestClock = (input: RequestClockInput, now: Date): RequestClock => {
  const receivedOn = parisDate(input.receivedAt);
  const firstDueOn = addMonths(receivedOn, ANSWER_MONTHS);
  const extended = input.extensionNotifiedAt !== null && extensionInTime(input.receivedAt, input.extensionNotifiedAt);
  const dueOn = extended ? addMonths(receivedOn, ANSWER_MONTHS + EXTENSION_MONTHS) : firstDueOn;
  const daysLeft = daysBetween(parisDate(now), dueOn);
  const answeredLate = input.answeredAt ? parisDate(input.answeredAt) > dueOn : null;
  const overdue = input.answeredAt === null && daysLeft < 0;
  const state: DeadlineState = input.answeredAt ? 'answered' : overdue ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'on-time';
  return { receivedOn, firstDueOn, dueOn, extended, daysLeft, overdue, answeredLate, state };
};

/** Art. 33(1): "not later than 72 hours after having become aware of it". */
export const NOTIFICATION_HOURS = 72;
/** The breach reminder fires when fewer hours than this are left and the authority has not been notified. */
export const BREACH_NEAR_HOURS = 24;

export interface BreachClockInput {
  awareAt: Date;
  notifiedAuthorityAt: Date | null;
  /** 'none': unlikely to result in a risk, so no notification is due (it is still recorded, Art. 33(5)). */
  riskLevel: 'none' | 'risk' | 'high-risk';
}

export type BreachState = 'not-required' | 'notified' | 'notified-late' | 'open' | 'near' | 'late';

export interface BreachClock {
  /** awareAt + 72 hours, as an instant. */
  deadline: string;
  /** Hours from now to the deadline, rounded down; negative once it has passed. */
  hoursLeft: number;
  /** Notified after the deadline, or not notified and the deadline has passed: reasons for the delay are owed. */
  late: boolean;
  state: BreachState;
}

export const notificationDeadline = (awareAt: Date): Date => new Date(awareAt.getTime() + NOTIFICATION_HOURS * 3_600_000);

/** Whether a notification at `notifiedAt` came after the 72 hours (then Art. 33(1) asks for the reasons of the delay). */
export const notifiedLate = (awareAt: Date, notifiedAt: Date): boolean => notifiedAt.getTime() > notificationDeadline(awareAt).getTime();

export const breachClock = (input: BreachClockInput, now: Date): BreachClock => {
  const deadline = notificationDeadline(input.awareAt);
  const hoursLeft = Math.floor((deadline.getTime() - now.getTime()) / 3_600_000);
  const notified = input.notifiedAuthorityAt;
  const late = notified ? notifiedLate(input.awareAt, notified) : input.riskLevel !== 'none' && now.getTime() > deadline.getTime();
  const state: BreachState = notified
    ? late
      ? 'notified-late'
      : 'notified'
    : input.riskLevel === 'none'
      ? 'not-required'
      : late
        ? 'late'
        : hoursLeft < BREACH_NEAR_HOURS
          ? 'near'
          : 'open';
  return { deadline: deadline.toISOString(), hoursLeft, late, state };
};
