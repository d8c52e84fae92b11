// Unit: the registers' cross-field rules and which entries a reminder names, on plain records (no Strapi).
import { toBreach, toRightsRequest, viewBreach, viewRightsRequest } from '../../server/src/registers/records';
import { breachNeedsReminder, requestNeedsReminder } from '../../server/src/registers/reminders';
import { BREACH_RULES, RIGHTS_REQUEST_RULES, violations } from '../../server/src/registers/rules';

const request = (fields: Record<string, unknown>) =>
  toRightsRequest({
    documentId: 'r1',
    organization: 'acme',
    kind: 'access',
    receivedAt: '2026-01-31T09:00:00Z',
    channel: 'email',
    requester: 'x',
    ...fields,
  });
const breach = (fields: Record<string, unknown>) =>
  toBreach({ documentId: 'b1', organization: 'acme', title: 'T', awareAt: '2026-03-27T15:00:00Z', riskLevel: 'risk', ...fields });
const paths = (found: Array<{ path: string }>) => found.map((v) => v.path);

test('a complete request breaks no rule; each missing piece names its field and article', () => {
  expect(violations(RIGHTS_REQUEST_RULES, request({}))).toEqual([]);
  expect(paths(violations(RIGHTS_REQUEST_RULES, request({ extensionNotifiedAt: '2026-02-10T00:00:00Z' })))).toEqual(['extensionReason']);
  expect(paths(violations(RIGHTS_REQUEST_RULES, request({ extensionNotifiedAt: '2026-01-30T00:00:00Z', extensionReason: 'r' })))).toEqual([
    'extensionNotifiedAt',
  ]);
  expect(paths(violations(RIGHTS_REQUEST_RULES, request({ outcome: 'partially-granted' })))).toEqual(['refusalReasons']);
  expect(violations(RIGHTS_REQUEST_RULES, request({ status: 'answered' }))[0].message).toBe(
    'status is answered or refused but answeredAt is empty: give the date the answer was sent (GDPR Art. 12(3))'
  );
  // Blank text counts as missing.
  expect(
    paths(violations(RIGHTS_REQUEST_RULES, request({ identityCheckRequestedAt: '2026-02-01T00:00:00Z', identityCheckReason: '  ' })))
  ).toEqual(['identityCheckReason']);
});

test('a breach notified exactly at 72 hours needs no reasons; one second later it does', () => {
  expect(violations(BREACH_RULES, breach({ notifiedAuthorityAt: '2026-03-30T15:00:00Z' }))).toEqual([]);
  expect(paths(violations(BREACH_RULES, breach({ notifiedAuthorityAt: '2026-03-30T15:00:01Z' })))).toEqual(['lateNotificationReasons']);
  expect(paths(violations(BREACH_RULES, breach({ authorityReference: 'REF' })))).toEqual(['authorityReference']);
  expect(paths(violations(BREACH_RULES, breach({ notificationCompletedAt: '2026-03-28T00:00:00Z' })))).toEqual(['notificationCompletedAt']);
});

test('MariaDB booleans (0/1) read as booleans', () => {
  expect(breach({ confidentiality: 1, integrity: 0 })).toMatchObject({ confidentiality: true, integrity: false });
});

test('reminders: a request due soon once a Paris day; a breach when near, and again once late', () => {
  const now = new Date('2026-02-25T10:00:00Z');
  const due = viewRightsRequest(request({}), now);
  expect(due.clock.state).toBe('due-soon');
  expect(requestNeedsReminder(due, now)).toBe(true);
  expect(requestNeedsReminder({ ...due, remindedAt: '2026-02-25T06:00:00Z' }, now)).toBe(false);
  // 23:30 UTC on the 24th is already the 25th in Paris (UTC+1); 22:30 UTC is still the 24th.
  expect(requestNeedsReminder({ ...due, remindedAt: '2026-02-24T23:30:00Z' }, now)).toBe(false);
  expect(requestNeedsReminder({ ...due, remindedAt: '2026-02-24T22:30:00Z' }, now)).toBe(true);
  expect(requestNeedsReminder(viewRightsRequest(request({}), new Date('2026-02-10T10:00:00Z')), new Date('2026-02-10T10:00:00Z'))).toBe(
    false
  );

  const near = viewBreach(breach({}), new Date('2026-03-30T00:00:00Z'));
  expect(near.clock.state).toBe('near');
  expect(breachNeedsReminder(near)).toBe(true);
  expect(breachNeedsReminder({ ...near, remindedAt: '2026-03-30T00:00:00.000Z' })).toBe(false);
  const late = viewBreach(breach({ remindedAt: '2026-03-30T00:00:00Z' }), new Date('2026-03-31T00:00:00Z'));
  expect(late.clock.state).toBe('late');
  expect(breachNeedsReminder(late)).toBe(true);
  expect(breachNeedsReminder(viewBreach(breach({ riskLevel: 'none' }), new Date('2026-04-30T00:00:00Z')))).toBe(false);
});
