// Builds the cookie policy (ePrivacy Art. 5(3), CNIL guidelines): what cookies are, the two tables, and the reader's choices.
import type { CookieFacts, PrivacyFacts } from './facts';
import { countriesOf, needsConsent, transfersOutsideEea } from './facts';
import { section, present, type DocumentModel, type Section } from './model';
import { cookieLifetime, list, listAnd, sentence } from './phrases';
import { countryName, formatDate } from './regions';
import { withAside } from './typography';
import type { Edition } from './edition';
import type { Translate } from './translator';

/** "_ga and _ga_*" for a tracker with a name pattern; its name alone otherwise. */
const shownName = (t: Translate, cookie: CookieFacts): string =>
  cookie.namePattern && cookie.namePattern !== cookie.name
    ? t('cookiePolicy.namePattern', { name: cookie.name, pattern: cookie.namePattern })
    : cookie.name;

/** "local storage", "pixel"…; nothing for a cookie (the storage every document assumed before it could be said). */
const storageLabel = (t: Translate, cookie: CookieFacts): string | null =>
  cookie.storage && cookie.storage !== 'cookie' ? t(`cookiePolicy.storage.${cookie.storage}`) : null;

const cookieItem = (t: Translate, cookie: CookieFacts): string =>
  t('cookiePolicy.item', {
    // "(provider, party)" without nested parentheses when the provider has its own ("Matomo (auto-hébergé)").
    name: withAside(shownName(t, cookie), [
      cookie.provider,
      t(`cookiePolicy.party.${cookie.party ?? 'first'}`),
      storageLabel(t, cookie) ?? '',
    ]),
    purpose: sentence(cookie.purpose),
    lifetime: cookieLifetime(t, cookie),
  });

const cookieTable = (t: Translate, cookies: CookieFacts[]) => ({
  columns: ['name', 'provider', 'purpose', 'lifetime', 'party'].map((column) => t(`cookiePolicy.columns.${column}`)),
  rows: cookies.map((cookie) => [
    withAside(shownName(t, cookie), storageLabel(t, cookie) ?? ''),
    cookie.provider,
    sentence(cookie.purpose),
    cookieLifetime(t, cookie),
    t(`cookiePolicy.party.${cookie.party ?? 'first'}`),
  ]),
});

const cookieSection = (t: Translate, key: 'exempt' | 'consent', cookies: CookieFacts[]): Section | null =>
  cookies.length === 0
    ? null
    : section(key, t(`cookiePolicy.sections.${key}`), {
        lead: [t(`cookiePolicy.${key}.lead`)],
        items: cookies.map((cookie) => cookieItem(t, cookie)),
        table: cookieTable(t, cookies),
      });

/**
 * The recipients linked to trackers that receive their data outside the EEA, each with its trackers, countries and
 * safeguard (GDPR Art. 13(1)(f)): the reader of the cookie policy learns where the data goes without the privacy policy.
 */
const trackerTransfers = (t: Translate, facts: PrivacyFacts): Section | null => {
  const abroad = facts.recipients.filter(
    (r) => transfersOutsideEea(r) && facts.cookies.some((cookie) => cookie.recipient === r.documentId)
  );
  if (abroad.length === 0) return null;
  return section('transfers', t('cookiePolicy.sections.transfers'), {
    lead: [t('cookiePolicy.transfers.lead')],
    items: abroad.map((r) =>
      t('cookiePolicy.transfers.item', {
        cookies: list(
          t,
          facts.cookies.filter((cookie) => cookie.recipient === r.documentId).map((cookie) => shownName(t, cookie))
        ),
        name: r.name,
        country: listAnd(
          t,
          countriesOf(r).map((code) => countryName(code, facts.locale))
        ),
        safeguard: t(`safeguard.${r.transferSafeguard ?? 'none-needed'}`),
      })
    ),
  });
};

/** The only section that depends on the edition (with the model's effectiveAt): see withEdition in render-document.ts. */
export const cookiePolicyChanges = (t: Translate, facts: PrivacyFacts, edition: Edition): Section | null =>
  edition.effectiveAt
    ? section('changes', t('cookiePolicy.sections.changes'), {
        items: [
          t('cookiePolicy.changes.effective', { date: formatDate(edition.effectiveAt, facts.locale) }),
          edition.version ? t('privacyPolicy.changes.version', { version: edition.version }) : null,
        ].filter(present),
      })
    : null;

export const buildCookiePolicy = (t: Translate, facts: PrivacyFacts, edition: Edition): DocumentModel => {
  const exempt = facts.cookies.filter((cookie) => !needsConsent(cookie));
  const consent = facts.cookies.filter(needsConsent);
  const measuresAudience = facts.cookies.some((cookie) => cookie.category === 'audience-measurement-exempt');
  return {
    kind: 'cookie-policy',
    locale: facts.locale,
    organization: facts.organization.slug,
    title: t('cookiePolicy.title', { name: facts.organization.tradeName ?? facts.organization.name }),
    effectiveAt: edition.effectiveAt,
    sections: [
      section('about', t('cookiePolicy.sections.about'), { items: [t('cookiePolicy.about.what'), t('cookiePolicy.about.rule')] }),
      cookieSection(t, 'exempt', exempt),
      cookieSection(t, 'consent', consent),
      trackerTransfers(t, facts),
      section('choices', t('cookiePolicy.sections.choices'), {
        items: [
          consent.length ? t('cookiePolicy.choices.equal') : null,
          consent.length ? t('cookiePolicy.choices.change') : null,
          consent.length ? t('cookiePolicy.choices.keep') : null,
          measuresAudience ? t('cookiePolicy.choices.statistics') : null,
          t('cookiePolicy.choices.browser'),
        ].filter(present),
      }),
      cookiePolicyChanges(t, facts, edition),
    ].filter(present),
  };
};
