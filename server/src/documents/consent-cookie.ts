// The cookie that stores a person's cookie choice: the one the organization declares, or the plugin's default name.
import { needsConsent, type CookieFacts, type PrivacyFacts } from './facts';

/** Six months, the CNIL's recommended lifetime of the person's choice. */
export const CHOICE_DAYS = 182;

/** The default name, when the organization declares no choice cookie (the completeness report asks to declare it). */
export const DEFAULT_CHOICE_COOKIE = 'privacy_consent';

/** Names consent tools give the cookie that stores the person's choice. */
const CONSENT_COOKIE_NAME = /consent|cookie_?choice|cc_cookie|klaro|tarteaucitron|axeptio|didomi|cookieyes/i;

/** The cookie the organization declares for the person's choice: first party, exempt, named like one. */
export const declaredConsentCookie = (facts: PrivacyFacts): CookieFacts | null =>
  facts.cookies.find((c) => !needsConsent(c) && c.party !== 'third' && CONSENT_COOKIE_NAME.test(c.name)) ?? null;

/**
 * The cookie the banner stores the choice in: the declared one, with its declared lifetime, so the banner sets
 * exactly what the cookie policy lists; without a declaration, the plugin's default name (the completeness report
 * asks to declare it).
 */
export const choiceCookie = (facts: PrivacyFacts): { name: string; days: number; declared: boolean } => {
  const declared = declaredConsentCookie(facts);
  if (!declared) return { name: DEFAULT_CHOICE_COOKIE, days: CHOICE_DAYS, declared: false };
  const { lifetimeValue: value, lifetimeUnit: unit } = declared;
  const days = value === null ? CHOICE_DAYS : unit === 'months' ? Math.round(value * 30.44) : unit === 'days' ? value : CHOICE_DAYS;
  return { name: declared.name, days, declared: true };
};
