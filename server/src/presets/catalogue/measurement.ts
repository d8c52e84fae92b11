// Presets for audience measurement and behaviour analytics.
import type { Preset } from '../model';
import {
  CNIL_AUDIENCE_EXEMPTION,
  CLARITY_CONSENT,
  GA4_COOKIES,
  GTAG_COOKIE_SETTINGS,
  OPEN_COOKIE_DATABASE,
  PLAUSIBLE_DATA_POLICY,
} from '../sources';
import { cookie, days, months, underADay, years } from './build';

export const MEASUREMENT: Preset[] = [
  {
    id: 'google-analytics-4',
    name: 'Google Analytics 4',
    category: 'analytics',
    provider: 'google',
    purpose: {
      fr: 'Mesurer la fréquentation du site et le parcours des visiteurs avec Google Analytics, qui reçoit ces données.',
      en: 'Measure visits and how visitors move through the site with Google Analytics, which receives this data.',
    },
    trackers: [cookie('_ga', 'first', years(2), { namePattern: '_ga_*', extendedOnEachVisit: true })],
    sources: [GA4_COOKIES, GTAG_COOKIE_SETTINGS],
    note: 'Google documents _ga and _ga_<container-id>, both 2 years by default; gtag.js renews the expiry at each page load (cookie_update, true by default).',
  },
  {
    id: 'matomo-exempt',
    name: 'Matomo (CNIL-exempt setup)',
    category: 'audience-measurement-exempt',
    provider: null,
    tool: 'Matomo',
    purpose: {
      fr: 'Compter les visites et les pages vues du site, sans suivi d’un site à l’autre. Les statistiques restent chez nous.',
      en: 'Count the site’s visits and page views, without following visitors to other sites. The statistics stay with us.',
    },
    trackers: [
      cookie('_pk_id.*', 'first', months(13), { namePattern: '_pk_id.*', extendedOnEachVisit: false }),
      cookie('_pk_ses.*', 'first', underADay('30 minutes'), { namePattern: '_pk_ses.*' }),
    ],
    sources: [OPEN_COOKIE_DATABASE, CNIL_AUDIENCE_EXEMPTION],
    note: 'Exempt only when Matomo is set up as the CNIL describes (self-hosted or processor-only, IP anonymised, no cross-site tracking, cookie not extended, statistics kept at most 25 months); the editor sets statisticsRetentionMonths.',
  },
  {
    id: 'matomo',
    name: 'Matomo (with consent)',
    category: 'analytics',
    provider: null,
    tool: 'Matomo',
    purpose: {
      fr: 'Mesurer la fréquentation du site et l’origine des visites avec Matomo, installé sur nos serveurs.',
      en: 'Measure visits and where they come from with Matomo, run on our own servers.',
    },
    trackers: [
      cookie('_pk_id.*', 'first', months(13), { namePattern: '_pk_id.*' }),
      cookie('_pk_ses.*', 'first', underADay('30 minutes'), { namePattern: '_pk_ses.*' }),
      cookie('_pk_ref.*', 'first', months(6), { namePattern: '_pk_ref.*' }),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'plausible',
    name: 'Plausible Analytics',
    category: 'audience-measurement-exempt',
    provider: 'plausible',
    purpose: {
      fr: 'Compter les visites du site sans cookie ni identifiant conservé sur l’appareil.',
      en: 'Count the site’s visits without a cookie or any identifier kept on the device.',
    },
    trackers: [],
    sources: [PLAUSIBLE_DATA_POLICY],
    note: 'Plausible states that it uses no cookies and no persistent identifier: there is no tracker to list, only the provider.',
  },
  {
    id: 'piano-analytics',
    name: 'Piano Analytics (AT Internet)',
    category: 'analytics',
    provider: 'piano',
    purpose: {
      fr: 'Mesurer la fréquentation du site et le parcours des visiteurs avec Piano Analytics.',
      en: 'Measure visits and how visitors move through the site with Piano Analytics.',
    },
    trackers: [
      cookie('_pcid', 'first', months(13)),
      cookie('_pctx', 'first', months(13)),
      cookie('_pprv', 'first', months(13), {
        purpose: {
          fr: 'Retenir le choix du visiteur sur la mesure d’audience.',
          en: 'Remember the visitor’s choice about audience measurement.',
        },
      }),
      cookie('atuserid', 'first', months(13), { note: 'The Open Cookie Database says 13 months by default, configurable.' }),
      cookie('atidvisitor', 'first', months(6), { note: 'The Open Cookie Database says 6 months by default, configurable.' }),
    ],
    sources: [OPEN_COOKIE_DATABASE],
    note: 'Piano offers a configuration the CNIL considers exempt; this preset is the default one, with consent.',
  },
  {
    id: 'microsoft-clarity',
    name: 'Microsoft Clarity',
    category: 'analytics',
    provider: 'microsoft',
    purpose: {
      fr: 'Enregistrer les clics, défilements et mouvements sur les pages pour repérer ce qui gêne les visiteurs.',
      en: 'Record clicks, scrolling and movements on pages to find what gets in visitors’ way.',
    },
    trackers: [
      cookie('_clck', 'first', years(1)),
      cookie('_clsk', 'first', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says session; check against Microsoft’s Clarity cookie list.',
      }),
      cookie('CLID', 'third', years(1)),
      cookie('MUID', 'third', years(1)),
    ],
    sources: [OPEN_COOKIE_DATABASE, CLARITY_CONSENT],
    note: 'Clarity sets no cookie until it receives a consent signal (consentv2 API).',
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    category: 'analytics',
    provider: 'hotjar',
    purpose: {
      fr: 'Enregistrer la navigation sur les pages et proposer des sondages pour comprendre ce qui gêne les visiteurs.',
      en: 'Record how visitors use the pages and offer surveys, to understand what gets in their way.',
    },
    trackers: [
      cookie('_hjSessionUser_*', 'first', days(365), { namePattern: '_hjSessionUser_*' }),
      cookie('_hjSession_*', 'first', underADay('30 minutes'), { namePattern: '_hjSession_*' }),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'contentsquare',
    name: 'Contentsquare',
    category: 'analytics',
    provider: 'contentsquare',
    purpose: {
      fr: 'Analyser les clics, défilements et parcours sur les pages pour améliorer le site.',
      en: 'Analyse clicks, scrolling and journeys on the pages to improve the site.',
    },
    trackers: [
      cookie('_cs_id', 'first', months(13)),
      cookie('_cs_c', 'first', months(13), {
        purpose: {
          fr: 'Retenir le choix du visiteur sur l’analyse de sa navigation.',
          en: 'Remember the visitor’s choice about the analysis of their browsing.',
        },
      }),
      cookie('_cs_s', 'first', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 1 year for this session cookie; check against Contentsquare’s documentation.',
      }),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'amplitude',
    name: 'Amplitude',
    category: 'analytics',
    provider: 'amplitude',
    purpose: {
      fr: 'Mesurer l’usage des pages et des fonctions du site pour l’améliorer.',
      en: 'Measure how the site’s pages and features are used, to improve them.',
    },
    trackers: [cookie('AMP_*', 'first', years(1), { namePattern: 'AMP_*' })],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'mixpanel',
    name: 'Mixpanel',
    category: 'analytics',
    provider: 'mixpanel',
    purpose: {
      fr: 'Mesurer l’usage des pages et des fonctions du site pour l’améliorer.',
      en: 'Measure how the site’s pages and features are used, to improve them.',
    },
    trackers: [cookie('mp_*', 'first', years(1), { namePattern: 'mp_*' })],
    sources: [OPEN_COOKIE_DATABASE],
  },
];
