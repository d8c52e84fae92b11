// Consent-banner configurations built from the published cookies: vanilla-cookieconsent v3, Klaro and tarteaucitron.
import type { CookieConsentConfig } from 'vanilla-cookieconsent';
import type { CookieCategory, CookieFacts, PrivacyFacts } from '../documents/facts';
import { needsConsent } from '../documents/facts';
import { cookieLifetime, sentence } from '../documents/phrases';
import type { Translate } from '../documents/translator';
import { escapeHtml } from '../documents/escape';
import { choiceCookie } from '../documents/consent-cookie';
import { withAside } from '../documents/typography';
import { safeUrl } from '../documents/urls';

/** Each of the three libraries renders these texts as HTML: editors' text goes in escaped. */
const html = escapeHtml;

/** Banner categories: every exempt cookie is "necessary" (read-only); each consent category is a choice of its own. */
export type BannerCategory = 'necessary' | 'analytics' | 'advertising' | 'social-media';

export const bannerCategory = (category: CookieCategory): BannerCategory =>
  needsConsent({ category }) ? (category as BannerCategory) : 'necessary';

/**
 * Klaro and tarteaucitron have no revision of their own: a declared choice cookie keeps its name (the policy lists
 * it), the default one carries the cookie policy's version so a new version asks again.
 */
const choiceCookieName = (facts: PrivacyFacts, revision: number): string => {
  const choice = choiceCookie(facts);
  return choice.declared ? choice.name : `${choice.name}_v${revision}`;
};

export interface BannerContext {
  t: Translate;
  facts: PrivacyFacts;
  /** The cookie policy's version: a new one asks everyone again. */
  revision: number;
  /** Google Consent Mode is asked for: the script the banner comes with sends the signals (consent-mode.ts). */
  googleConsentMode?: boolean;
}

const grouped = (cookies: CookieFacts[]): Map<BannerCategory, CookieFacts[]> => {
  const groups = new Map<BannerCategory, CookieFacts[]>([['necessary', []]]);
  for (const cookie of cookies) {
    const key = bannerCategory(cookie.category);
    groups.set(key, [...(groups.get(key) ?? []), cookie]);
  }
  return groups;
};

const texts = ({ t, facts }: BannerContext, groups: Map<BannerCategory, CookieFacts[]>) => {
  const optional = [...groups.keys()].filter((key) => key !== 'necessary');
  return {
    title: t('banner.title'),
    description: t('banner.description', {
      categories: optional.map((key) => t(`banner.categories.${key}.title`).toLocaleLowerCase(facts.locale)).join(t('list.separator')),
    }),
    policyUrl: safeUrl(facts.organization.cookiePolicyUrl ?? facts.organization.policyUrl),
    acceptAll: t('banner.acceptAll'),
    rejectAll: t('banner.rejectAll'),
  };
};

const cookieName = (cookie: CookieFacts): string => cookie.name;

/** Names an object treats as its prototype's: never a key of a configuration a site merges into its own objects. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A library's key for a cookie's service (letters, digits and `allowed`). Saving refuses reserved cookie names; an
 * entry saved before that check still never yields `__proto__` as a key.
 */
const serviceKey = (name: string, allowed: RegExp): string => {
  const key = name.replace(allowed, '_');
  return RESERVED_KEYS.has(key.toLowerCase()) ? `cookie_${key}` : key;
};

/** A cookie's service name in Klaro's configuration. */
export const klaroServiceName = (cookie: Pick<CookieFacts, 'name'>): string => serviceKey(cookie.name, /[^A-Za-z0-9_-]/g);

/** A cookie's service key in tarteaucitron's configuration (only cookies that need consent are services there). */
export const tarteaucitronServiceKey = (cookie: Pick<CookieFacts, 'name'>): string =>
  serviceKey(cookie.name, /[^A-Za-z0-9_]/g).toLowerCase();

/** An object with no prototype, filled from entries (the last of equal keys wins, as Object.fromEntries does). */
const recordOf = <V>(entries: Array<[string, V]>): Record<string, V> => {
  const record = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) record[key] = value;
  return record;
};

export const vanillaCookieConsent = (context: BannerContext): CookieConsentConfig => {
  const { t, facts, revision } = context;
  const groups = grouped(facts.cookies);
  const text = texts(context, groups);
  const choice = choiceCookie(facts);
  const categories: CookieConsentConfig['categories'] = {};
  for (const [key, cookies] of groups) {
    categories[key] =
      key === 'necessary'
        ? { enabled: true, readOnly: true }
        : { enabled: false, readOnly: false, autoClear: { cookies: cookies.map((c) => ({ name: cookieName(c) })) } };
  }
  return {
    revision,
    mode: 'opt-in',
    cookie: { name: choice.name, expiresAfterDays: choice.days },
    guiOptions: {
      consentModal: { layout: 'box', position: 'bottom right', equalWeightButtons: true },
      preferencesModal: { layout: 'box', equalWeightButtons: true },
    },
    categories,
    language: {
      default: facts.locale,
      translations: {
        [facts.locale]: {
          consentModal: {
            title: text.title,
            description: text.description,
            acceptAllBtn: text.acceptAll,
            acceptNecessaryBtn: text.rejectAll,
            showPreferencesBtn: t('banner.preferences'),
            // The cookie policy says closing the banner without choosing is a refusal: the X is "reject all".
            closeIconLabel: t('banner.closeRefuses'),
            footer: text.policyUrl ? `<a href="${html(text.policyUrl)}">${html(t('banner.policyLink'))}</a>` : undefined,
          },
          preferencesModal: {
            title: t('banner.preferencesTitle'),
            acceptAllBtn: text.acceptAll,
            acceptNecessaryBtn: text.rejectAll,
            savePreferencesBtn: t('banner.save'),
            closeIconLabel: t('banner.close'),
            sections: [
              { description: t('banner.preferencesIntro') },
              ...[...groups].map(([key, cookies]) => ({
                title: t(`banner.categories.${key}.title`),
                description: t(`banner.categories.${key}.description`),
                linkedCategory: key,
                cookieTable: {
                  headers: {
                    name: t('banner.columns.name'),
                    provider: t('banner.columns.provider'),
                    lifetime: t('banner.columns.lifetime'),
                    purpose: t('banner.columns.purpose'),
                  },
                  body: cookies.map((c) => ({
                    name: html(c.name),
                    provider: html(c.provider),
                    lifetime: html(cookieLifetime(t, c)),
                    purpose: html(sentence(c.purpose)),
                  })),
                },
              })),
            ],
          },
        },
      },
    },
  };
};

export const klaroConfig = (context: BannerContext) => {
  const { t, facts, revision } = context;
  const groups = grouped(facts.cookies);
  const text = texts(context, groups);
  return {
    version: 1,
    elementID: 'klaro',
    storageMethod: 'cookie',
    cookieName: choiceCookieName(facts, revision),
    cookieExpiresAfterDays: choiceCookie(facts).days,
    default: false,
    mustConsent: false,
    acceptAll: true,
    hideDeclineAll: false,
    hideLearnMore: false,
    noticeAsModal: false,
    lang: facts.locale,
    translations: {
      [facts.locale]: {
        privacyPolicyUrl: text.policyUrl ?? '',
        consentNotice: { description: text.description, learnMore: t('banner.preferences') },
        consentModal: { title: t('banner.preferencesTitle'), description: t('banner.preferencesIntro') },
        ok: text.acceptAll,
        acceptAll: text.acceptAll,
        acceptSelected: t('banner.save'),
        decline: text.rejectAll,
        close: t('banner.close'),
        purposes: Object.fromEntries(
          [...groups.keys()].map((key) => [
            key,
            { title: t(`banner.categories.${key}.title`), description: t(`banner.categories.${key}.description`) },
          ])
        ),
      },
    },
    services: facts.cookies.map((cookie) => ({
      name: klaroServiceName(cookie),
      title: html(withAside(cookie.name, cookie.provider)),
      description: html(sentence(cookie.purpose)),
      purposes: [bannerCategory(cookie.category)],
      cookies: [cookie.name],
      required: !needsConsent(cookie),
      optOut: false,
      default: !needsConsent(cookie),
      onlyOnce: true,
    })),
  };
};

/**
 * tarteaucitron's init options, and one service description per cookie in its service shape; a service's `js`
 * and `fallback` are functions the site writes itself (they load the tracker), so they are left out of JSON.
 */
export const tarteaucitronConfig = (context: BannerContext) => {
  const { facts, revision, googleConsentMode } = context;
  const text = texts(context, grouped(facts.cookies));
  return {
    init: {
      privacyUrl: text.policyUrl ?? '',
      bodyPosition: 'top',
      hashtag: '#privacy-consent',
      cookieName: choiceCookieName(facts, revision),
      orientation: 'middle',
      groupServices: true,
      showDetailsOnClick: true,
      serviceDefaultState: 'wait',
      showAlertSmall: false,
      cookieslist: true,
      // The X closes the banner with nothing accepted: what the cookie policy says closing means.
      closePopup: true,
      showIcon: true,
      iconPosition: 'BottomRight',
      adblocker: false,
      DenyAllCta: true,
      AcceptAllCta: true,
      highPrivacy: true,
      alwaysNeedConsent: false,
      handleBrowserDNTRequest: false,
      removeCredit: false,
      moreInfoLink: true,
      useExternalCss: false,
      useExternalJs: false,
      readmoreLink: text.policyUrl ?? '',
      mandatory: true,
      mandatoryCta: false,
      // tarteaucitron's own Consent Mode (on unless told otherwise) answers only its built-in Google services (gtag,
      // googleads), which these per-cookie services never are, with four types and a fixed wait: with Consent Mode
      // asked for, the plugin's script sends the signals instead, so there is one default, not two.
      ...(googleConsentMode ? { googleConsentMode: false } : {}),
    },
    customText: { alertBigPrivacy: text.description, acceptAll: text.acceptAll, denyAll: text.rejectAll, title: text.title },
    services: recordOf(
      facts.cookies.filter(needsConsent).map((cookie) => [
        tarteaucitronServiceKey(cookie),
        {
          key: tarteaucitronServiceKey(cookie),
          type: cookie.category === 'advertising' ? 'ads' : cookie.category === 'social-media' ? 'social' : 'analytic',
          name: html(withAside(cookie.name, cookie.provider)),
          uri: text.policyUrl ?? '',
          needConsent: true,
          cookies: [cookie.name],
        },
      ])
    ),
  };
};

/** The supported banner libraries: adding one is an entry here (the route's format list and OpenAPI derive from it). */
export const BANNER_LIBRARIES = {
  'vanilla-cookieconsent': vanillaCookieConsent,
  klaro: klaroConfig,
  tarteaucitron: tarteaucitronConfig,
} satisfies Record<string, (context: BannerContext) => unknown>;

export type BannerFormat = keyof typeof BANNER_LIBRARIES;
export const BANNER_FORMATS = Object.keys(BANNER_LIBRARIES) as readonly BannerFormat[];
