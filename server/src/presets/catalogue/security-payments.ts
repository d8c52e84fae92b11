// Presets for bot protection, content delivery and payment: trackers the service cannot work without.
import type { Preset } from '../model';
import { CLOUDFLARE_CLEARANCE, CLOUDFLARE_COOKIES, HCAPTCHA_FAQ, OPEN_COOKIE_DATABASE } from '../sources';
import { cookie, days, session, underADay, years } from './build';

export const SECURITY_AND_PAYMENTS: Preset[] = [
  {
    id: 'recaptcha',
    name: 'Google reCAPTCHA',
    category: 'necessary',
    provider: 'google',
    purpose: {
      fr: 'Protéger nos formulaires contre les robots et les envois abusifs.',
      en: 'Protect our forms against bots and abusive submissions.',
    },
    trackers: [cookie('_GRECAPTCHA', 'third', days(179))],
    sources: [OPEN_COOKIE_DATABASE],
    note: 'Whether reCAPTCHA is strictly necessary is debated (Google also uses what it collects); the plugin’s report flags a third-party tracker in an exempt category.',
  },
  {
    id: 'hcaptcha',
    name: 'hCaptcha',
    category: 'necessary',
    provider: 'hcaptcha',
    purpose: {
      fr: 'Protéger nos formulaires contre les robots et les envois abusifs.',
      en: 'Protect our forms against bots and abusive submissions.',
    },
    trackers: [
      cookie('hc_accessibility', 'third', undefined, {
        toCheck: ['lifetime', 'party'],
        sources: ['https://www.consentstack.io/vendors/hcaptcha'],
        note: 'Named by a third-party vendor list as hCaptcha’s accessibility cookie; not confirmed by hCaptcha.',
      }),
    ],
    sources: [HCAPTCHA_FAQ, 'https://www.hcaptcha.com/privacy'],
  },
  {
    id: 'cloudflare',
    name: 'Cloudflare (CDN, bot management, challenges)',
    category: 'necessary',
    provider: 'cloudflare',
    purpose: {
      fr: 'Distinguer les visiteurs humains des robots et protéger le site contre les attaques.',
      en: 'Tell human visitors from bots and protect the site against attacks.',
    },
    trackers: [
      cookie('__cf_bm', 'first', underADay('30 minutes of inactivity'), { extendedOnEachVisit: true }),
      cookie('cf_clearance', 'first', undefined, {
        toCheck: ['lifetime'],
        sources: [CLOUDFLARE_CLEARANCE],
        note: 'Lasts as long as the zone’s challenge passage setting.',
      }),
      cookie('_cfuvid', 'first', session),
    ],
    sources: [CLOUDFLARE_COOKIES, OPEN_COOKIE_DATABASE],
  },
  {
    id: 'stripe',
    name: 'Stripe (payments)',
    category: 'necessary',
    provider: 'stripe',
    purpose: {
      fr: 'Traiter le paiement et détecter la fraude lors d’un achat.',
      en: 'Process the payment and detect fraud during a purchase.',
    },
    trackers: [
      cookie('__stripe_mid', 'first', years(1)),
      cookie('__stripe_sid', 'first', underADay('30 minutes')),
      cookie('m', 'third', undefined, {
        toCheck: ['lifetime'],
        note: 'Set on m.stripe.com; the Open Cookie Database says 10 years, which Chrome caps at 400 days (Google’s GA4 cookie page).',
      }),
    ],
    sources: [OPEN_COOKIE_DATABASE, 'https://stripe.com/legal/cookies-policy'],
  },
  {
    id: 'paypal',
    name: 'PayPal (payment buttons)',
    category: 'necessary',
    provider: 'paypal',
    purpose: {
      fr: 'Afficher les boutons PayPal et traiter le paiement en toute sécurité.',
      en: 'Show the PayPal buttons and process the payment securely.',
    },
    trackers: [
      cookie('ts', 'third', years(3)),
      cookie('ts_c', 'third', years(3)),
      cookie('enforce_policy', 'third', years(1)),
      cookie('nsid', 'third', session),
      cookie('x-pp-s', 'third', session),
      cookie('tsrce', 'third', session),
      cookie('l7_az', 'third', days(1)),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'adyen',
    name: 'Adyen (payments)',
    category: 'necessary',
    provider: 'adyen',
    purpose: {
      fr: 'Traiter le paiement et détecter la fraude lors d’un achat.',
      en: 'Process the payment and detect fraud during a purchase.',
    },
    trackers: [cookie('_rp_uid', 'first', days(30))],
    sources: [OPEN_COOKIE_DATABASE],
    toCheck: ['trackers'],
  },
];
