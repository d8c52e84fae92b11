// Unit: the cross-field rules of docs/data-model.md on plain entries.
import { crossFieldProblems } from '../../server/src/validation/cross-field-rules';

const purpose = 'plugin::privacy.purpose';
const retention = 'plugin::privacy.retention-rule';
const cookie = 'plugin::privacy.cookie';
const organization = 'plugin::privacy.organization';

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
  // The e-mail branding: optional; when set, an https address and a #rrggbb colour.
  [organization, {}, []],
  [organization, { emailLogoUrl: '', brandColor: null }, []],
  [organization, { emailLogoUrl: 'https://cdn.example/logo.png', brandColor: '#0B7a75' }, []],
  ...[
    'http://cdn.example/logo.png',
    'logo.png',
    'https://',
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    `https://x.test/${'a'.repeat(2048)}`,
  ].map((emailLogoUrl): [string, Record<string, unknown>, string[]] => [organization, { emailLogoUrl }, ['emailLogoUrl']]),
  ...['0b7a75', '#0b7a7', '#0b7a75 ', 'teal', '#ggg000', 'rgb(0,0,0)', 42].map(
    (brandColor): [string, Record<string, unknown>, string[]] => [organization, { brandColor }, ['brandColor']]
  ),
  // Cookie names: RFC 6265 tokens, as the demo's and the usual trackers' are; none that reaches a prototype.
  ...['_ga', '_pk_id.1.c4f2', 'XSRF-TOKEN', '_gcl_au', "c'evil*|UNSUB|*", '__Host-session', 'a!#$%&^`~'].map(
    (name): [string, Record<string, unknown>, string[]] => [cookie, { name, lifetimeUnit: 'session' }, []]
  ),
  ...['<b>c</b>', 'my cookie', 'a;b', 'a=b', '"q"', 'a,b', 'é', 'tab\there', '__proto__', 'constructor', 'Prototype'].map(
    (name): [string, Record<string, unknown>, string[]] => [cookie, { name, lifetimeUnit: 'session' }, ['name']]
  ),
])('%s %j → %j', (uid, entry, fields) => {
  expect(crossFieldProblems(uid, entry).map((p) => p.path)).toEqual(fields);
});

test('a bad cookie name is refused naming the field, the rule and the fix', () => {
  const [problem] = crossFieldProblems(cookie, { name: '<b>c</b>' });
  expect(problem.path).toBe('name');
  expect(problem.message).toMatch(/name "<b>c<\/b>" is not a cookie name: .*RFC 6265/);
  expect(crossFieldProblems(cookie, { name: '__proto__' })[0].message).toMatch(/name '__proto__' is reserved/);
});
