// Where the catalogue's facts come from: the addresses its presets cite, named once.

/**
 * The Open Cookie Database by jkwakman (Apache License 2.0), read at commit 0ee5a17 (21 January 2026) for cookie
 * names, lifetimes and vendors. Its descriptions are not used: every purpose text in the catalogue is our own.
 */
export const OPEN_COOKIE_DATABASE =
  'https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv';

export const GA4_COOKIES = 'https://support.google.com/analytics/answer/11397207';
export const GTAG_COOKIE_SETTINGS = 'https://developers.google.com/analytics/devguides/collection/gtagjs/cookies-user-id';
export const GOOGLE_BUSINESS_PRIVACY = 'https://business.safety.google/privacy/';
export const GOOGLE_ADS_COOKIES = 'https://business.safety.google/adscookies/';
export const YOUTUBE_PRIVACY_ENHANCED = 'https://support.google.com/youtube/answer/171780';
export const CLARITY_CONSENT = 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cmp-integration-guide';
export const PLAUSIBLE_DATA_POLICY = 'https://plausible.io/data-policy';
export const PLEZI_TRACKING = 'https://happy-academy.plezi.co/en/articles/1501345-how-does-plezi-track-a-contact-on-my-site';
export const BREVO_FIRST_PARTY = 'https://help.brevo.com/hc/en-us/articles/4409601214226';
export const CALENDLY_COOKIES = 'https://help.calendly.com/hc/en-us/articles/360007385493';
export const HCAPTCHA_FAQ = 'https://docs.hcaptcha.com/faq/';
export const SHOPIFY_Y_S_RETIRED = 'https://shopify.dev/changelog/shopifyy-and-shopifys-cookies-will-no-longer-be-set';
export const CLOUDFLARE_COOKIES = 'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/';
export const CLOUDFLARE_CLEARANCE = 'https://developers.cloudflare.com/turnstile/get-started/pre-clearance';
export const CNIL_AUDIENCE_EXEMPTION =
  'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies-solutions-pour-les-outils-de-mesure-daudience';
/** tarteaucitron.js source (MIT): the cookie name `tarteaucitron` and its 365-day default expiry (`timeExpire`). */
export const TARTEAUCITRON_SOURCE = 'https://github.com/AmauriC/tarteaucitron.js/blob/master/tarteaucitron.js';
/** Strapi 5.54.0 source: the admin refresh cookie and its lifespans (packages/core/admin/shared/utils/session-auth.ts). */
export const STRAPI_SESSION_AUTH = 'https://github.com/strapi/strapi/blob/v5.54.0/packages/core/admin/shared/utils/session-auth.ts';
export const STRAPI_ADMIN_STORAGE = 'https://github.com/strapi/strapi/blob/v5.54.0/packages/core/admin/admin/src/reducer.ts';
