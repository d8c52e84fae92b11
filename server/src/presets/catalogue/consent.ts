// Presets for consent tools: the cookie each one keeps to remember the visitor's choice.
import type { Preset, PresetText } from '../model';
import { OPEN_COOKIE_DATABASE, TARTEAUCITRON_SOURCE } from '../sources';
import { cookie, years } from './build';

const choice: PresetText = {
  fr: 'Retenir les choix du visiteur sur les cookies, pour ne pas lui reposer la question à chaque page et pour pouvoir prouver son consentement.',
  en: 'Remember the visitor’s cookie choices, so as not to ask again on every page and to be able to prove consent.',
};

export const CONSENT: Preset[] = [
  {
    id: 'axeptio',
    name: 'Axeptio',
    category: 'necessary',
    provider: 'axeptio',
    purpose: choice,
    trackers: [
      cookie('axeptio_cookies', 'first', years(1)),
      cookie('axeptio_authorized_vendors', 'first', years(1)),
      cookie('axeptio_all_vendors', 'first', years(1)),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'didomi',
    name: 'Didomi',
    category: 'necessary',
    provider: 'didomi',
    purpose: choice,
    trackers: [cookie('didomi_token', 'first', years(1)), cookie('euconsent-v2', 'first', years(1))],
    sources: [OPEN_COOKIE_DATABASE],
    note: 'The lifetime is Didomi’s default; the CNIL recommends asking again after at most 6 months, which the site may configure.',
  },
  {
    id: 'tarteaucitron',
    name: 'tarteaucitron.js',
    category: 'necessary',
    provider: null,
    tool: 'tarteaucitron.js',
    purpose: choice,
    trackers: [cookie('tarteaucitron', 'first', { value: 365, unit: 'days' })],
    sources: [TARTEAUCITRON_SOURCE],
    note: 'The name is the cookieName parameter (default tarteaucitron) and the lifetime the default timeExpire (365 days), both configurable.',
  },
  {
    id: 'cookiebot',
    name: 'Cookiebot',
    category: 'necessary',
    provider: 'usercentrics',
    purpose: choice,
    trackers: [cookie('CookieConsent', 'first', years(1))],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'onetrust',
    name: 'OneTrust',
    category: 'necessary',
    provider: 'onetrust',
    purpose: choice,
    trackers: [cookie('OptanonConsent', 'first', years(1)), cookie('OptanonAlertBoxClosed', 'first', years(1))],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'complianz',
    name: 'Complianz (WordPress)',
    category: 'necessary',
    provider: null,
    tool: 'Complianz',
    purpose: choice,
    trackers: [cookie('cmplz_banner-status', 'first', years(1), { namePattern: 'cmplz_*' })],
    sources: [OPEN_COOKIE_DATABASE],
  },
];
