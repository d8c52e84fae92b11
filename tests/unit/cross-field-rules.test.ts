// Unit: the cross-field rules of docs/data-model.md on plain entries.
import { crossFieldProblems } from '../../server/src/validation/cross-field-rules';

const purpose = 'plugin::privacy.purpose';
const retention = 'plugin::privacy.retention-rule';
const cookie = 'plugin::privacy.cookie';
const recipient = 'plugin::privacy.recipient';
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
  // Channels: known values, lower case, separated by commas, once each.
  [purpose, { legalBasis: 'consent', channels: 'email, sms' }, []],
  [purpose, { legalBasis: 'consent', channels: 'email,in-person' }, []],
  [purpose, { legalBasis: 'consent', channels: '' }, []],
  [purpose, { legalBasis: 'consent', channels: null }, []],
  [purpose, { legalBasis: 'consent', channels: 'Email' }, ['channels']],
  [purpose, { legalBasis: 'consent', channels: 'email; sms' }, ['channels']],
  [purpose, { legalBasis: 'consent', channels: 'fax' }, ['channels']],
  [purpose, { legalBasis: 'consent', channels: 'email, ' }, ['channels']],
  [purpose, { legalBasis: 'consent', channels: ['email'] }, ['channels']],
  [purpose, { legalBasis: 'consent', channels: 'phone, phone' }, ['channels']],
  // Categories of data subjects: known slugs separated by commas, each once; empty is as before.
  [purpose, { legalBasis: 'consent', dataSubjectCategories: 'customers, prospects' }, []],
  [purpose, { legalBasis: 'consent', dataSubjectCategories: 'candidates,employees' }, []],
  [purpose, { legalBasis: 'consent', dataSubjectCategories: '' }, []],
  [purpose, { legalBasis: 'consent', dataSubjectCategories: null }, []],
  [purpose, { legalBasis: 'consent', dataSubjectCategories: 'customer' }, ['dataSubjectCategories']],
  [purpose, { legalBasis: 'consent', dataSubjectCategories: 'Customers' }, ['dataSubjectCategories']],
  [purpose, { legalBasis: 'consent', dataSubjectCategories: 'customers; prospects' }, ['dataSubjectCategories']],
  [purpose, { legalBasis: 'consent', dataSubjectCategories: 'customers, ' }, ['dataSubjectCategories']],
  [purpose, { legalBasis: 'consent', dataSubjectCategories: 'customers, customers' }, ['dataSubjectCategories']],
  [purpose, { legalBasis: 'consent', dataSubjectCategories: ['customers'] }, ['dataSubjectCategories']],
  // The age of digital consent: 13 to 16 (GDPR Art. 8(1)), empty for the default.
  [organization, { digitalConsentAge: 15 }, []],
  [organization, { digitalConsentAge: null }, []],
  [organization, { digitalConsentAge: 12 }, ['digitalConsentAge']],
  [organization, { digitalConsentAge: 17 }, ['digitalConsentAge']],
  [organization, { digitalConsentAge: 15.5 }, ['digitalConsentAge']],
  [retention, {}, ['criteria']],
  [retention, { durationValue: 3 }, ['durationUnit']],
  [retention, { durationUnit: 'years' }, ['durationValue']],
  [retention, { durationValue: 3, durationUnit: 'years' }, []],
  [cookie, { lifetimeUnit: 'session' }, []],
  [cookie, { lifetimeUnit: 'days' }, ['lifetimeValue']],
  [cookie, { lifetimeValue: 4 }, ['lifetimeUnit']],
  [cookie, { lifetimeValue: 1, lifetimeUnit: 'years' }, []],
  // Trackers (v2): a name pattern has a * and cookie-name characters only; statistics are kept a whole number of months.
  [cookie, { lifetimeUnit: 'session', namePattern: '_ga_*' }, []],
  [cookie, { lifetimeUnit: 'session', namePattern: '' }, []],
  [cookie, { lifetimeUnit: 'session', namePattern: '_ga_' }, ['namePattern']],
  [cookie, { lifetimeUnit: 'session', namePattern: '_ga *' }, ['namePattern']],
  [cookie, { lifetimeUnit: 'session', namePattern: '<b>*' }, ['namePattern']],
  [cookie, { lifetimeUnit: 'session', statisticsRetentionMonths: 25 }, []],
  [cookie, { lifetimeUnit: 'session', statisticsRetentionMonths: 0 }, ['statisticsRetentionMonths']],
  [cookie, { lifetimeUnit: 'session', statisticsRetentionMonths: 2.5 }, ['statisticsRetentionMonths']],
  [cookie, { lifetimeUnit: 'session', statisticsRetentionMonths: '25' }, ['statisticsRetentionMonths']],
  ['plugin::privacy.recipient', { country: 'US' }, []],
  // Further countries: ISO codes, once each, besides the main one; the Data Privacy Framework needs the US among them.
  [recipient, { country: 'FR', otherCountries: 'DE, US' }, []],
  [recipient, { country: 'FR', otherCountries: 'DE,US' }, []],
  [recipient, { country: 'FR', otherCountries: '' }, []],
  [recipient, { country: 'FR', otherCountries: null }, []],
  [recipient, { country: 'FR', otherCountries: 'de, us' }, ['otherCountries']],
  [recipient, { country: 'FR', otherCountries: 'DE; US' }, ['otherCountries']],
  [recipient, { country: 'FR', otherCountries: 'DEU' }, ['otherCountries']],
  [recipient, { country: 'FR', otherCountries: ['DE'] }, ['otherCountries']],
  [recipient, { country: 'FR', otherCountries: 'DE, XX' }, ['otherCountries']],
  [recipient, { country: 'FR', otherCountries: 'EU' }, ['otherCountries']],
  [recipient, { country: 'FR', otherCountries: 'UK' }, ['otherCountries']],
  [recipient, { country: 'FR', otherCountries: 'DE, DE' }, ['otherCountries']],
  [recipient, { country: 'FR', otherCountries: 'DE, FR' }, ['otherCountries']],
  [recipient, { country: 'US', transferSafeguard: 'eu-us-data-privacy-framework' }, []],
  [recipient, { country: 'IE', otherCountries: 'US', transferSafeguard: 'eu-us-data-privacy-framework' }, []],
  [recipient, { country: 'CA', transferSafeguard: 'eu-us-data-privacy-framework' }, ['transferSafeguard']],
  [recipient, { country: 'FR', otherCountries: 'CA', transferSafeguard: 'eu-us-data-privacy-framework' }, ['transferSafeguard']],
  [
    recipient,
    { country: 'FR', otherCountries: 'XX', transferSafeguard: 'eu-us-data-privacy-framework' },
    ['otherCountries', 'transferSafeguard'],
  ],
  [recipient, { country: 'CA', transferSafeguard: 'standard-contractual-clauses' }, []],
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

test('an unknown data-subject category is refused naming the field, the bad value and every allowed category', () => {
  const [problem] = crossFieldProblems(purpose, { legalBasis: 'consent', dataSubjectCategories: 'customers, staff' });
  expect(problem.path).toBe('dataSubjectCategories');
  expect(problem.message).toContain('"staff" is not a category');
  expect(problem.message).toContain(
    'allowed categories are customers, prospects, subscribers, website-visitors, employees, candidates, supplier-contacts, client-contacts, children, other'
  );
  expect(crossFieldProblems(purpose, { legalBasis: 'consent', dataSubjectCategories: 'children, children' })[0].message).toContain(
    "names 'children' twice"
  );
});

test('a bad cookie name is refused naming the field, the rule and the fix', () => {
  const [problem] = crossFieldProblems(cookie, { name: '<b>c</b>' });
  expect(problem.path).toBe('name');
  expect(problem.message).toMatch(/name "<b>c<\/b>" is not a cookie name: .*RFC 6265/);
  expect(crossFieldProblems(cookie, { name: '__proto__' })[0].message).toMatch(/name '__proto__' is reserved/);
});

test('the Data Privacy Framework outside the US is refused naming the field, the article and the decision', () => {
  const [problem] = crossFieldProblems(recipient, { country: 'CA', transferSafeguard: 'eu-us-data-privacy-framework' });
  expect(problem.path).toBe('transferSafeguard');
  expect(problem.message).toMatch(/'CA'/);
  expect(problem.message).toMatch(/GDPR Art\. 45; Commission Implementing Decision \(EU\) 2023\/1795/);
});

test('an unknown country code is named in the message', () => {
  const [problem] = crossFieldProblems(recipient, { country: 'FR', otherCountries: 'DE, XK, ZZ' });
  expect(problem.message).toMatch(/'XK', 'ZZ' is not an ISO 3166-1 alpha-2 country code/);
});

test('a channel list that is not one, or repeats a channel, is refused naming the field and the values allowed', () => {
  const [wrong] = crossFieldProblems(purpose, { legalBasis: 'consent', channels: 'e-mail' });
  expect(wrong.path).toBe('channels');
  expect(wrong.message).toMatch(/email, sms, phone, post, web, in-person/);
  expect(wrong.message).toMatch(/CPCE L34-5; Code de la consommation L223-1/);
  const [twice] = crossFieldProblems(purpose, { legalBasis: 'consent', channels: 'sms, email, sms' });
  expect(twice.message).toMatch(/names 'sms' twice/);
});
