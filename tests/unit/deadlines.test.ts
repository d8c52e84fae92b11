// Unit: the answer period of Art. 12(3) by the calendar rule of Regulation 1182/71, in Europe/Paris, and the 72-hour breach clock.
import {
  addMonths,
  breachClock,
  daysBetween,
  extensionInTime,
  notifiedLate,
  parisDate,
  requestClock,
} from '../../server/src/registers/deadlines';

const at = (iso: string): Date => new Date(iso);
const open = { extensionNotifiedAt: null, answeredAt: null };

describe('one month, by the calendar', () => {
  test.each([
    ['2026-01-15', '2026-02-15'],
    ['2026-01-31', '2026-02-28'],
    ['2026-03-31', '2026-04-30'],
    ['2026-05-31', '2026-06-30'],
    ['2026-12-31', '2027-01-31'],
    ['2026-12-15', '2027-01-15'],
    ['2028-01-31', '2028-02-29'],
    ['2028-01-29', '2028-02-29'],
    ['2027-01-29', '2027-02-28'],
    ['2026-02-28', '2026-03-28'],
  ])('received on %s: due on %s', (received, due) => {
    expect(addMonths(received, 1)).toBe(due);
  });

  test('three months (extended) also ends on the same date or the last day: 30 Nov → 28 Feb, 31 Oct → 31 Jan', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-10-31', 3)).toBe('2027-01-31');
  });

  test('days between calendar dates cross month, year and DST changes whole', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-02-10', '2026-02-01')).toBe(-9);
  });
});

describe('the day of receipt is the day in Paris', () => {
  test('a late-evening UTC instant is already the next day in Paris (winter, UTC+1)', () => {
    expect(parisDate(at('2026-01-30T23:30:00Z'))).toBe('2026-01-31');
    expect(requestClock({ receivedAt: at('2026-01-30T23:30:00Z'), ...open }, at('2026-02-01T10:00:00Z')).dueOn).toBe('2026-02-28');
    expect(requestClock({ receivedAt: at('2026-01-30T22:59:59Z'), ...open }, at('2026-02-01T10:00:00Z')).dueOn).toBe('2026-02-28');
    expect(requestClock({ receivedAt: at('2026-01-30T22:00:00Z'), ...open }, at('2026-02-01T10:00:00Z')).dueOn).toBe('2026-02-28');
    expect(requestClock({ receivedAt: at('2026-01-30T12:00:00Z'), ...open }, at('2026-02-01T10:00:00Z')).dueOn).toBe('2026-02-28');
    expect(requestClock({ receivedAt: at('2026-01-14T23:30:00Z'), ...open }, at('2026-02-01T10:00:00Z')).dueOn).toBe('2026-02-15');
  });

  test('in summer (UTC+2) 22:30 UTC is the next day, 21:59 UTC is not', () => {
    expect(parisDate(at('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(parisDate(at('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  test('around the DST changes (29 March and 25 October 2026) the day is still right', () => {
    expect(parisDate(at('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(parisDate(at('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(parisDate(at('2026-03-29T21:59:00Z'))).toBe('2026-03-29');
    expect(parisDate(at('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    expect(parisDate(at('2026-10-25T22:59:00Z'))).toBe('2026-10-25');
    expect(parisDate(at('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
    // Received the evening before the spring change: due one month later, 29 April, whatever the hour shift.
    expect(requestClock({ receivedAt: at('2026-03-28T23:30:00Z'), ...open }, at('2026-04-01T08:00:00Z')).dueOn).toBe('2026-04-29');
  });

  test('days left count Paris days: on the due date 0, the day after -1 and overdue', () => {
    const receivedAt = at('2026-01-31T09:00:00Z');
    const onDue = requestClock({ receivedAt, ...open }, at('2026-02-28T22:30:00Z'));
    expect(onDue).toMatchObject({ dueOn: '2026-02-28', daysLeft: 0, overdue: false, state: 'due-soon' });
    // 23:30 UTC on 28 February is already 1 March in Paris.
    const after = requestClock({ receivedAt, ...open }, at('2026-02-28T23:30:00Z'));
    expect(after).toMatchObject({ daysLeft: -1, overdue: true, state: 'overdue' });
    const early = requestClock({ receivedAt, ...open }, at('2026-02-10T10:00:00Z'));
    expect(early).toMatchObject({ daysLeft: 18, overdue: false, state: 'on-time' });
    expect(requestClock({ receivedAt, ...open }, at('2026-02-21T10:00:00Z'))).toMatchObject({ daysLeft: 7, state: 'due-soon' });
    expect(requestClock({ receivedAt, ...open }, at('2026-02-20T10:00:00Z'))).toMatchObject({ daysLeft: 8, state: 'on-time' });
  });
});

describe('the extension', () => {
  const receivedAt = at('2026-01-31T09:00:00Z');

  test('told within the first month: due three months after receipt', () => {
    const clock = requestClock(
      { receivedAt, extensionNotifiedAt: at('2026-02-20T10:00:00Z'), answeredAt: null },
      at('2026-03-10T10:00:00Z')
    );
    expect(clock).toMatchObject({ firstDueOn: '2026-02-28', dueOn: '2026-04-30', extended: true, overdue: false });
    expect(clock.daysLeft).toBe(51);
  });

  test('told on the last day of the first month still counts; told the day after does not', () => {
    expect(extensionInTime(receivedAt, at('2026-02-28T22:00:00Z'))).toBe(true);
    expect(extensionInTime(receivedAt, at('2026-02-28T23:30:00Z'))).toBe(false);
    const late = requestClock(
      { receivedAt, extensionNotifiedAt: at('2026-03-02T10:00:00Z'), answeredAt: null },
      at('2026-03-10T10:00:00Z')
    );
    expect(late).toMatchObject({ dueOn: '2026-02-28', extended: false, overdue: true });
  });

  test('an answered request is never overdue, and says whether it left late', () => {
    const onTime = requestClock(
      { receivedAt, extensionNotifiedAt: null, answeredAt: at('2026-02-27T10:00:00Z') },
      at('2026-06-01T10:00:00Z')
    );
    expect(onTime).toMatchObject({ overdue: false, answeredLate: false, state: 'answered' });
    const late = requestClock(
      { receivedAt, extensionNotifiedAt: null, answeredAt: at('2026-03-01T10:00:00Z') },
      at('2026-06-01T10:00:00Z')
    );
    expect(late).toMatchObject({ overdue: false, answeredLate: true, state: 'answered' });
  });
});

describe('the 72 hours of a breach', () => {
  const awareAt = at('2026-03-27T15:00:00Z');

  test('the deadline is the instant of awareness plus 72 hours, across the DST change', () => {
    expect(breachClock({ awareAt, notifiedAuthorityAt: null, riskLevel: 'risk' }, at('2026-03-28T15:00:00Z'))).toMatchObject({
      deadline: '2026-03-30T15:00:00.000Z',
      hoursLeft: 48,
      late: false,
      state: 'open',
    });
  });

  test('near under 24 hours left, late after, notified in time or late', () => {
    expect(breachClock({ awareAt, notifiedAuthorityAt: null, riskLevel: 'high-risk' }, at('2026-03-29T16:00:00Z')).state).toBe('near');
    expect(breachClock({ awareAt, notifiedAuthorityAt: null, riskLevel: 'risk' }, at('2026-03-30T15:00:01Z'))).toMatchObject({
      late: true,
      state: 'late',
    });
    expect(
      breachClock({ awareAt, notifiedAuthorityAt: at('2026-03-30T15:00:00Z'), riskLevel: 'risk' }, at('2026-04-10T00:00:00Z'))
    ).toMatchObject({ late: false, state: 'notified' });
    expect(notifiedLate(awareAt, at('2026-03-30T15:00:00Z'))).toBe(false);
    expect(notifiedLate(awareAt, at('2026-03-30T15:00:01Z'))).toBe(true);
    expect(
      breachClock({ awareAt, notifiedAuthorityAt: at('2026-03-31T09:00:00Z'), riskLevel: 'risk' }, at('2026-04-10T00:00:00Z')).state
    ).toBe('notified-late');
  });

  test('a breach unlikely to result in a risk owes no notification and is never late', () => {
    expect(breachClock({ awareAt, notifiedAuthorityAt: null, riskLevel: 'none' }, at('2026-05-01T00:00:00Z'))).toMatchObject({
      late: false,
      state: 'not-required',
    });
  });
});
