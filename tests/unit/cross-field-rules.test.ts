// Unit: the cross-field rules of docs/data-model.md on plain entries.
import { crossFieldProblems } from '../../server/src/validation/cross-field-rules';

const purpose = 'plugin::privacy.purpose';
const retention = 'plugin::privacy.retention-rule';
const cookie = 'plugin::privacy.cookie';

test.each([
  [purpose, { legalBasis: 'legitimate-interests' }, ['legitimateInterest']],
  [purpose, { legalBasis: 'legitimate-interests', legitimateInterest: 'x' }, []],
  [purpose, { legalBasis: 'consent', source: 'third-party' }, ['sourceDetails']],
  [purpose, { legalBasis: 'consent', source: null }, []],
  [purpose, { legalBasis: 'consent', automatedDecision: true, automatedDecisionLogic: ' ' }, ['automatedDecisionLogic']],
  [
    purpose,
    { legalBasis: 'legitimate-interests', source: 'public-source', automatedDecision: true },
    ['legitimateInterest', 'sourceDetails', 'automatedDecisionLogic'],
  ],
  [retention, {}, ['criteria']],
  [retention, { durationValue: 3 }, ['durationUnit']],
  [retention, { durationUnit: 'years' }, ['durationValue']],
  [retention, { durationValue: 3, durationUnit: 'years' }, []],
  [cookie, { lifetimeUnit: 'session' }, []],
  [cookie, { lifetimeUnit: 'days' }, ['lifetimeValue']],
  [cookie, { lifetimeValue: 4 }, ['lifetimeUnit']],
  ['plugin::privacy.recipient', { country: 'US' }, []],
])('%s %j → %j', (uid, entry, fields) => {
  expect(crossFieldProblems(uid, entry).map((p) => p.path)).toEqual(fields);
});
