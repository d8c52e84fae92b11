// Unit: reading the purposes' data-subject categories, and which purposes the public policy and an audience's policy show.
import {
  DATA_SUBJECT_CATEGORIES,
  isPublicPurpose,
  policyView,
  purposesFor,
  readCategories,
  type DataSubjectCategory,
} from '../../server/src/documents/data-subjects';
import type { PrivacyFacts } from '../../server/src/documents/facts';

test.each([
  [null, []],
  ['', []],
  ['customers', ['customers']],
  ['prospects, customers', ['customers', 'prospects']],
  ['candidates,employees', ['employees', 'candidates']],
  // Written around the save rule: bad parts dropped, case and repeats folded, never an error.
  ['Customers, staff, customers,, website-visitors', ['customers', 'website-visitors']],
  ['__proto__, constructor', []],
])('readCategories(%j) → %j', (value, expected) => {
  expect(readCategories(value)).toEqual(expected);
});

const purpose = (name: string, categories: DataSubjectCategory[]) => ({ name, dataSubjectCategories: categories });
const purposes = [
  purpose('none', []),
  purpose('customers', ['customers']),
  purpose('recruitment', ['candidates']),
  purpose('staff', ['employees', 'supplier-contacts']),
  purpose('mixed', ['employees', 'customers']),
];
const names = (list: Array<{ name: string }>) => list.map((p) => p.name);

test('the public policy keeps purposes with no category or one that is not internal, and leaves out internal-only ones', () => {
  expect(names(purposesFor(purposes, undefined))).toEqual(['none', 'customers', 'mixed']);
  expect(isPublicPurpose(purpose('children', ['children']))).toBe(true);
});

test("an audience's policy has exactly the purposes whose categories include it", () => {
  expect(names(purposesFor(purposes, 'candidates'))).toEqual(['recruitment']);
  expect(names(purposesFor(purposes, 'employees'))).toEqual(['staff', 'mixed']);
  expect(names(purposesFor(purposes, 'customers'))).toEqual(['customers', 'mixed']);
  expect(names(purposesFor(purposes, 'children'))).toEqual([]);
  // A purpose with no category is for the public only, never in an audience's policy.
  for (const category of DATA_SUBJECT_CATEGORIES) expect(names(purposesFor(purposes, category))).not.toContain('none');
});

test('the policy view is the same object when nothing is left out (the documents stay byte-identical)', () => {
  const facts = { purposes: [purposes[0], purposes[1]] } as unknown as PrivacyFacts;
  expect(policyView(facts)).toBe(facts);
});

test('the policy view leaves out the recipients and retention rules only the purposes left out use', () => {
  const used = (name: string, categories: DataSubjectCategory[], recipients: string[], retention: string) => ({
    ...purpose(name, categories),
    recipients: recipients.map((documentId) => ({ documentId })),
    retention: { documentId: retention },
  });
  const facts = {
    purposes: [
      used('shop', ['customers'], ['host', 'crm'], 'five-years'),
      used('recruitment', ['candidates'], ['host', 'ats'], 'two-years'),
    ],
    recipients: ['ats', 'crm', 'host', 'unused'].map((documentId) => ({ documentId })),
    retentionRules: ['five-years', 'two-years', 'unused'].map((documentId) => ({ documentId })),
    cookies: [{ recipient: null }],
  } as unknown as PrivacyFacts;
  const view = policyView(facts);
  expect(names(view.purposes)).toEqual(['shop']);
  expect(view.recipients.map((r) => r.documentId)).toEqual(['crm', 'host', 'unused']);
  expect(view.retentionRules.map((r) => r.documentId)).toEqual(['five-years', 'unused']);
  const candidates = policyView({ ...facts, audience: 'candidates' });
  expect(names(candidates.purposes)).toEqual(['recruitment']);
  expect(candidates.recipients.map((r) => r.documentId)).toEqual(['ats', 'host', 'unused']);
  expect(candidates.retentionRules.map((r) => r.documentId)).toEqual(['two-years', 'unused']);
  // A recipient a tracker sends data to is disclosed for the tracker: it stays, even when only a left-out purpose names it.
  const tracked = policyView({ ...facts, cookies: [{ recipient: 'ats' }] } as unknown as PrivacyFacts);
  expect(tracked.recipients.map((r) => r.documentId)).toEqual(['ats', 'crm', 'host', 'unused']);
});
