// Unit: Google Consent Mode v2 from the cookie list: the mapping, the default, the grants, and the script run against a stand-in window.
import vm from 'vm';
import fc from 'fast-check';
import {
  CONSENT_MODE_MAPPING,
  CONSENT_TYPES,
  consentDefault,
  consentGrants,
  consentModeFor,
  consentModeScript,
} from '../../server/src/consent/consent-mode';
import { BANNER_FORMATS, tarteaucitronConfig } from '../../server/src/consent/cookie-banner';
import type { CookieCategory, CookieFacts } from '../../server/src/documents/facts';
import cookieSchema from '../../content-types/cookie/schema.json';
import { createTranslator } from '../../server/src/documents/translator';
import { factsArbitrary } from '../helpers/facts-arbitrary';

const base = fc.sample(factsArbitrary, { numRuns: 1, seed: 7 })[0];
const OPTIONS = { waitForUpdate: 500, region: null };

const cookie = (name: string, category: CookieCategory): CookieFacts => ({
  documentId: name,
  name,
  provider: 'Google',
  domain: null,
  party: 'third',
  category,
  purpose: 'Purpose',
  lifetimeValue: 13,
  lifetimeUnit: 'months',
  namePattern: null,
  recipient: null,
  storage: null,
  extendedOnEachVisit: false,
  statisticsRetentionMonths: null,
});

const COOKIES = [
  cookie('session', 'necessary'),
  cookie('lang', 'preferences'),
  cookie('_ga', 'analytics'),
  cookie('_gcl_au', 'advertising'),
];

type Listener = (event: unknown) => void;

/** A window and document that keep their listeners, a dataLayer, and timers run by hand. */
const standIn = (extra: Record<string, unknown> = {}) => {
  const listeners = new Map<string, Listener[]>();
  const on = (type: string, listener: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const timers: Array<() => void> = [];
  const window: Record<string, unknown> = {
    addEventListener: on,
    setTimeout: (run: () => void) => timers.push(run),
    ...extra,
  };
  const document = { readyState: 'complete', addEventListener: on };
  const context = vm.createContext({ window, document, JSON, Object });
  const fire = (type: string, event: unknown = {}) => {
    for (const listener of listeners.get(type) ?? []) listener(event);
    while (timers.length) timers.shift()?.();
  };
  /** What reached the dataLayer, each entry as the array of its arguments. */
  const dataLayer = () => ((window.dataLayer as ArrayLike<unknown>[] | undefined) ?? []).map((args) => Array.from(args));
  return { context, window, fire, dataLayer };
};

test('every cookie category has a mapping, and each Google type belongs to one category at most', () => {
  expect(Object.keys(CONSENT_MODE_MAPPING).sort()).toEqual([...cookieSchema.attributes.category.enum].sort());
  const all = Object.values(CONSENT_MODE_MAPPING).flat();
  expect(new Set(all).size).toBe(all.length);
  expect(CONSENT_MODE_MAPPING.analytics).toEqual(['analytics_storage']);
  expect([...CONSENT_MODE_MAPPING.advertising].sort()).toEqual(['ad_personalization', 'ad_storage', 'ad_user_data']);
  expect([...CONSENT_MODE_MAPPING.preferences].sort()).toEqual(['functionality_storage', 'personalization_storage']);
  expect(CONSENT_MODE_MAPPING.necessary).toEqual(['security_storage']);
});

test('the default denies all seven types but security_storage, waits as configured, and names regions only when given', () => {
  const plain = consentDefault(OPTIONS);
  expect(Object.entries(plain).filter(([, state]) => state === 'granted')).toEqual([['security_storage', 'granted']]);
  for (const type of CONSENT_TYPES.filter((t) => t !== 'security_storage')) expect(plain[type]).toBe('denied');
  expect(plain.wait_for_update).toBe(500);
  expect('region' in plain).toBe(false);
  expect(consentDefault({ waitForUpdate: 0, region: ['FR', 'BE'] })).toMatchObject({ wait_for_update: 0, region: ['FR', 'BE'] });
});

test('grants follow the declared cookies: nothing declared, nothing granted (security_storage always)', () => {
  expect(consentGrants({ cookies: [] })).toEqual({ necessary: ['security_storage'] });
  expect(consentGrants({ cookies: COOKIES })).toEqual({
    // Preference cookies need no consent: they sit in the banner's read-only "necessary" group.
    necessary: ['functionality_storage', 'personalization_storage', 'security_storage'],
    analytics: ['analytics_storage'],
    advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  });
  expect(consentGrants({ cookies: [cookie('_ga', 'analytics'), cookie('matomo', 'audience-measurement-exempt')] })).toEqual({
    necessary: ['security_storage'],
    analytics: ['analytics_storage'],
  });
});

test.each(BANNER_FORMATS)('the %s script has no < or >, so no cookie name can end the <script> it is inlined in', (library) => {
  const hostile = [cookie('</script><script>alert(1)//', 'analytics'), cookie('<!--', 'advertising'), cookie('a\u2028b', 'advertising')];
  const { script } = consentModeFor(library, { cookies: [...COOKIES, ...hostile] }, OPTIONS);
  expect(script).not.toMatch(/[<>\u2028\u2029]/);
  expect(() => new vm.Script(script)).not.toThrow();
});

test('data reaches the script through scriptSafeJson: even an unsanitized key cannot end the <script>', () => {
  const script = consentModeScript('klaro', { services: { '</script><!--\u2028': 'analytics' } });
  expect(script).not.toMatch(/[<>\u2028\u2029]/);
  // The escapes parse back to the same key.
  const data = JSON.parse(/^var M = (.*);$/m.exec(script)?.[1] ?? 'null') as { services: Record<string, string> };
  expect(Object.keys(data.services)).toEqual(['</script><!--\u2028']);
});

test('vanilla-cookieconsent: the default first, then an update from cc:onConsent and cc:onChange, sent once per change', () => {
  const { script } = consentModeFor('vanilla-cookieconsent', { cookies: COOKIES }, OPTIONS);
  const page = standIn();
  vm.runInContext(script, page.context);
  expect(page.dataLayer()).toEqual([['consent', 'default', consentDefault(OPTIONS)]]);
  page.fire('cc:onConsent', { detail: { cookie: { categories: ['necessary'] } } });
  const rejected = page.dataLayer()[1];
  expect(rejected.slice(0, 2)).toEqual(['consent', 'update']);
  expect(rejected[2]).toMatchObject({
    analytics_storage: 'denied',
    ad_storage: 'denied',
    ad_user_data: 'denied',
    security_storage: 'granted',
  });
  page.fire('cc:onChange', { detail: { cookie: { categories: ['necessary'] } } });
  expect(page.dataLayer()).toHaveLength(2);
  page.fire('cc:onChange', { detail: { cookie: { categories: ['necessary', 'analytics', 'advertising'] } } });
  expect(page.dataLayer()[2][2]).toEqual(Object.fromEntries(CONSENT_TYPES.map((type) => [type, 'granted'])));
});

test('Klaro: a category counts as accepted only when every one of its services is', () => {
  const cookies = [...COOKIES, cookie('_gid', 'analytics')];
  const { script } = consentModeFor('klaro', { cookies }, OPTIONS);
  const watchers: Array<{ update: (manager: unknown, name: string, data: unknown) => void }> = [];
  const manager = { confirmed: false, consents: {}, watch: (watcher: (typeof watchers)[number]) => watchers.push(watcher) };
  const page = standIn({ klaro: { getManager: () => manager } });
  vm.runInContext(script, page.context);
  expect(page.dataLayer()).toHaveLength(1);
  const save = (consents: Record<string, boolean>) => watchers.forEach((watcher) => watcher.update(manager, 'saveConsents', { consents }));
  save({ session: true, lang: true, _ga: true, _gid: false, _gcl_au: true });
  expect(page.dataLayer()[1][2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'granted', functionality_storage: 'granted' });
});

test('tarteaucitron: nothing before an answer, then one update from the states, and its own Consent Mode off only when asked', () => {
  const { script } = consentModeFor('tarteaucitron', { cookies: COOKIES }, OPTIONS);
  const tarteaucitron = { state: {} as Record<string, unknown> };
  const page = standIn({ tarteaucitron });
  vm.runInContext(script, page.context);
  page.fire('tac.consent_updated');
  expect(page.dataLayer()).toHaveLength(1);
  tarteaucitron.state = { _ga: true, _gcl_au: false };
  page.fire('tac.consent_updated');
  expect(page.dataLayer()[1][2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', security_storage: 'granted' });
  const context = { t: createTranslator().forLocale(base.locale), facts: { ...base, cookies: COOKIES }, revision: 1 };
  expect('googleConsentMode' in tarteaucitronConfig(context).init).toBe(false);
  expect(tarteaucitronConfig({ ...context, googleConsentMode: true }).init).toMatchObject({ googleConsentMode: false });
});
