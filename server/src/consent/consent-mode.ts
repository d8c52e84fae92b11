// Google Consent Mode v2 for a banner: which cookie category grants which consent type, the default state, and the script that sends both.
import type { CookieCategory, PrivacyFacts } from '../documents/facts';
import { needsConsent } from '../documents/facts';
import { scriptSafeJson } from '../documents/escape';
import { bannerCategory, klaroServiceName, tarteaucitronServiceKey, type BannerCategory, type BannerFormat } from './cookie-banner';

/** Google's seven consent types (consent mode v2), in the order the default command lists them. */
export const CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

export type ConsentType = (typeof CONSENT_TYPES)[number];
export type ConsentState = 'granted' | 'denied';

/**
 * The plugin's cookie categories against Google's consent types. Exempt audience measurement and social-media
 * cookies grant none: Google has no type for them, and a Google analytics tag is never the exempt kind.
 */
export const CONSENT_MODE_MAPPING = {
  necessary: ['security_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  'audience-measurement-exempt': [],
  analytics: ['analytics_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  'social-media': [],
} as const satisfies Record<CookieCategory, readonly ConsentType[]>;

/** The one type granted before any choice: storage for security (authentication, fraud prevention) needs no consent. */
const ALWAYS_GRANTED: ConsentType = 'security_storage';

export interface ConsentModeOptions {
  /** How long (ms) Google tags wait for the update after the default before they send anything. */
  waitForUpdate: number;
  /** ISO 3166-2 region codes the default applies to; null: everywhere. */
  region: readonly string[] | null;
}

export type ConsentDefault = Record<ConsentType, ConsentState> & { wait_for_update: number; region?: string[] };

export interface ConsentMode {
  /** Every cookie category and the consent types it grants once accepted. */
  mapping: typeof CONSENT_MODE_MAPPING;
  /** The argument of `gtag('consent', 'default', …)`: every type denied but security_storage. */
  default: ConsentDefault;
  /**
   * For this organization: each banner category and the types accepting it grants. A type is granted only when a
   * declared cookie's category grants it (security_storage always): nothing declared, nothing granted.
   */
  grants: Partial<Record<BannerCategory, ConsentType[]>>;
  /** JavaScript to inline in `<head>`, before the Google tag: the default, then the updates from the library's events. */
  script: string;
}

export const consentDefault = (options: ConsentModeOptions): ConsentDefault => {
  const state = Object.fromEntries(CONSENT_TYPES.map((type) => [type, type === ALWAYS_GRANTED ? 'granted' : 'denied'])) as Record<
    ConsentType,
    ConsentState
  >;
  return { ...state, wait_for_update: options.waitForUpdate, ...(options.region ? { region: [...options.region] } : {}) };
};

/** Which banner category grants which types, from the organization's cookies. */
export const consentGrants = (facts: Pick<PrivacyFacts, 'cookies'>): Partial<Record<BannerCategory, ConsentType[]>> => {
  const grants: Partial<Record<BannerCategory, ConsentType[]>> = { necessary: [ALWAYS_GRANTED] };
  for (const cookie of facts.cookies) {
    const key = bannerCategory(cookie.category);
    const types = new Set([...(grants[key] ?? []), ...CONSENT_MODE_MAPPING[cookie.category]]);
    grants[key] = CONSENT_TYPES.filter((type) => types.has(type));
  }
  return grants;
};

/** Each of the library's services (Klaro, tarteaucitron) and its banner category: a category is accepted when all its services are. */
const servicesOf = (library: BannerFormat, facts: Pick<PrivacyFacts, 'cookies'>): Record<string, BannerCategory> => {
  const services = Object.create(null) as Record<string, BannerCategory>;
  if (library === 'klaro') for (const cookie of facts.cookies) services[klaroServiceName(cookie)] = bannerCategory(cookie.category);
  if (library === 'tarteaucitron') {
    for (const cookie of facts.cookies.filter(needsConsent)) services[tarteaucitronServiceKey(cookie)] = bannerCategory(cookie.category);
  }
  return services;
};

/*
 * The browser side, ES5 with no `<` or `>` so the text can be inlined in a <script> element as it is; its only data
 * is the JSON below, written with scriptSafeJson. `update` sends all seven types: granted for what the accepted
 * categories grant, denied for the rest, and only when that differs from what it sent last.
 */
const COMMON = `var w = window, d = document;
w.dataLayer = w.dataLayer || [];
function gtag() { w.dataLayer.push(arguments); }
gtag('consent', 'default', M.default);
var own = Object.prototype.hasOwnProperty, last = '';
function update(accepted) {
  var state = {};
  M.types.forEach(function (type) { state[type] = type === 'security_storage' ? 'granted' : 'denied'; });
  accepted.forEach(function (category) {
    if (own.call(M.grants, category)) M.grants[category].forEach(function (type) { state[type] = 'granted'; });
  });
  var sent = JSON.stringify(state);
  if (sent === last) return;
  last = sent;
  gtag('consent', 'update', state);
}
function acceptedOf(consents) {
  var refused = {};
  Object.keys(M.services).forEach(function (name) { if (consents[name] !== true) refused[M.services[name]] = true; });
  return Object.keys(M.grants).filter(function (category) { return !own.call(refused, category); });
}`;

/** Per library: where its consent events come from. */
const LISTENERS: Record<BannerFormat, string> = {
  // vanilla-cookieconsent v3 dispatches cc:onConsent (first choice, then every page load with a valid choice) and
  // cc:onChange on window, each with the accepted categories: listening before CookieConsent.run() misses none.
  'vanilla-cookieconsent': `function fromVanilla(event) { update(event.detail.cookie.categories); }
w.addEventListener('cc:onConsent', fromVanilla);
w.addEventListener('cc:onChange', fromVanilla);`,
  // Klaro has no DOM events: its consent manager's watchers hear saveConsents (accept, decline, save); a choice
  // already stored is read once, when klaro.js has set itself up.
  klaro: `function attach() {
  var manager = w.klaro && w.klaro.getManager ? w.klaro.getManager() : null;
  if (!manager) return;
  if (manager.confirmed) update(acceptedOf(manager.consents));
  manager.watch({ update: function (source, name, data) { if (name === 'saveConsents') update(acceptedOf(data.consents)); } });
}
if (/complete|interactive|loaded/.test(d.readyState)) attach(); else w.addEventListener('DOMContentLoaded', attach);`,
  // tarteaucitron signals each service on document (KEY_added at load, tac.consent_updated at each answer); the
  // state is read once the answers of one click are all in, and only when at least one service has one.
  tarteaucitron: `var pending = false;
function fromTarteaucitron() {
  if (pending) return;
  pending = true;
  w.setTimeout(function () {
    pending = false;
    var tac = w.tarteaucitron, consents = {}, answered = false;
    if (!tac || !tac.state) return;
    Object.keys(M.services).forEach(function (key) {
      var state = tac.state[key];
      if (state === true || state === false) answered = true;
      consents[key] = state === true;
    });
    if (answered) update(acceptedOf(consents));
  }, 0);
}
d.addEventListener('tac.consent_updated', fromTarteaucitron);
Object.keys(M.services).forEach(function (key) { d.addEventListener(key + '_added', fromTarteaucitron); });`,
};

export const consentModeScript = (library: BannerFormat, data: Record<string, unknown>): string =>
  `(function () {\nvar M = ${scriptSafeJson(JSON.stringify(data))};\n${COMMON}\n${LISTENERS[library]}\n})();\n`;

export const consentModeFor = (library: BannerFormat, facts: Pick<PrivacyFacts, 'cookies'>, options: ConsentModeOptions): ConsentMode => {
  const defaults = consentDefault(options);
  const grants = consentGrants(facts);
  return {
    mapping: CONSENT_MODE_MAPPING,
    default: defaults,
    grants,
    script: consentModeScript(library, { default: defaults, grants, types: CONSENT_TYPES, services: servicesOf(library, facts) }),
  };
};
