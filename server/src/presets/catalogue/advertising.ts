// Presets for advertising: conversion tags, retargeting pixels and ad networks.
import type { Preset } from '../model';
import { GOOGLE_ADS_COOKIES, OPEN_COOKIE_DATABASE } from '../sources';
import { cookie, days, months, session, underADay, years } from './build';

const adPurpose = (network: string) => ({
  fr: `Mesurer les achats et demandes venus de nos annonces ${network} et montrer nos annonces aux personnes qui ont visité le site.`,
  en: `Measure purchases and requests that come from our ${network} ads, and show our ads to people who visited the site.`,
});

export const ADVERTISING: Preset[] = [
  {
    id: 'google-ads',
    name: 'Google Ads (conversion tracking and remarketing)',
    category: 'advertising',
    provider: 'google-ads',
    purpose: adPurpose('Google'),
    trackers: [
      cookie('_gcl_au', 'first', months(3)),
      cookie('_gcl_aw', 'first', days(90)),
      cookie('IDE', 'third', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 2 years; Google’s own page may give a shorter lifetime in the EEA.',
      }),
      cookie('test_cookie', 'third', undefined, {
        category: 'necessary',
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 1 year; check on Google’s page.',
      }),
    ],
    sources: [OPEN_COOKIE_DATABASE, GOOGLE_ADS_COOKIES],
  },
  {
    id: 'google-tag-manager',
    name: 'Google Tag Manager',
    category: 'necessary',
    provider: 'google',
    purpose: {
      fr: 'Charger les outils de mesure et de publicité du site, chacun seulement avec le consentement qu’il demande.',
      en: 'Load the site’s measurement and advertising tools, each only with the consent it needs.',
    },
    trackers: [],
    sources: ['https://support.google.com/tagmanager/answer/6102821'],
    note: 'The container itself stores nothing on the device; every tag it loads needs its own preset (Google Analytics 4, Google Ads…).',
    toCheck: ['trackers'],
  },
  {
    id: 'google-adsense',
    name: 'Google AdSense',
    category: 'advertising',
    provider: 'google-ads',
    purpose: {
      fr: 'Afficher des annonces sur le site et mesurer leurs résultats, avec la régie de Google.',
      en: 'Show ads on the site and measure their results, through Google’s ad network.',
    },
    trackers: [
      cookie('__gpi', 'first', months(13)),
      cookie('__gads', 'first', undefined, { toCheck: ['lifetime'], note: 'The Open Cookie Database gives no single lifetime (various).' }),
    ],
    sources: [OPEN_COOKIE_DATABASE, GOOGLE_ADS_COOKIES],
  },
  {
    id: 'meta-pixel',
    name: 'Meta Pixel (Facebook, Instagram)',
    category: 'advertising',
    provider: 'meta',
    purpose: adPurpose('Facebook et Instagram'),
    trackers: [
      cookie('_fbp', 'first', months(3), {
        note: 'The Open Cookie Database says 4 months; the cookie lists we read elsewhere say 3 months. Check Meta’s cookie policy.',
        toCheck: ['lifetime'],
        sources: [OPEN_COOKIE_DATABASE, 'https://cookiesentry.com/cookies/providers/meta'],
      }),
      cookie('_fbc', 'first', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 2 years; other cookie lists say 3 months.',
      }),
      cookie('fr', 'third', days(90)),
    ],
    sources: [OPEN_COOKIE_DATABASE, 'https://www.facebook.com/privacy/policies/cookies/'],
  },
  {
    id: 'linkedin-insight-tag',
    name: 'LinkedIn Insight Tag',
    category: 'advertising',
    provider: 'linkedin',
    purpose: adPurpose('LinkedIn'),
    trackers: [
      cookie('li_sugr', 'third', days(90)),
      cookie('bcookie', 'third', years(1)),
      cookie('lidc', 'third', days(1)),
      cookie('UserMatchHistory', 'third', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says session; check LinkedIn’s cookie table.',
      }),
      cookie('AnalyticsSyncHistory', 'third', days(30)),
      cookie('li_fat_id', 'third', days(30)),
    ],
    sources: [OPEN_COOKIE_DATABASE, 'https://www.linkedin.com/legal/cookie-table'],
  },
  {
    id: 'tiktok-pixel',
    name: 'TikTok Pixel',
    category: 'advertising',
    provider: 'tiktok',
    purpose: adPurpose('TikTok'),
    trackers: [cookie('_ttp', 'first', days(389)), cookie('_tt_enable_cookie', 'first', days(389)), cookie('ttwid', 'third', years(1))],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'microsoft-uet',
    name: 'Microsoft Advertising UET (Bing Ads)',
    category: 'advertising',
    provider: 'microsoft-ads',
    purpose: adPurpose('Microsoft Advertising (Bing)'),
    trackers: [
      cookie('_uetsid', 'first', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 30 minutes, which looks short for a session identifier: check Microsoft’s UET help.',
      }),
      cookie('_uetvid', 'first', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 16 days: check Microsoft’s UET help.',
      }),
      cookie('MUID', 'third', years(1)),
    ],
    sources: [OPEN_COOKIE_DATABASE, 'https://help.ads.microsoft.com/#apex/ads/en/56960/1'],
  },
  {
    id: 'pinterest-tag',
    name: 'Pinterest Tag',
    category: 'advertising',
    provider: 'pinterest',
    purpose: adPurpose('Pinterest'),
    trackers: [
      cookie('_pin_unauth', 'first', undefined, { toCheck: ['lifetime'], note: 'The Open Cookie Database says 1 day.' }),
      cookie('_epik', 'first', years(1)),
      cookie('_derived_epik', 'first', years(1)),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'snap-pixel',
    name: 'Snap Pixel (Snapchat)',
    category: 'advertising',
    provider: 'snap',
    purpose: adPurpose('Snapchat'),
    trackers: [cookie('_scid', 'first', years(1)), cookie('_scid_r', 'first', months(13))],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'reddit-pixel',
    name: 'Reddit Pixel',
    category: 'advertising',
    provider: 'reddit',
    purpose: adPurpose('Reddit'),
    trackers: [cookie('_rdt_uuid', 'first', days(90))],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'taboola',
    name: 'Taboola',
    category: 'advertising',
    provider: 'taboola',
    purpose: {
      fr: 'Recommander nos contenus sur d’autres sites et mesurer les visites qu’ils nous amènent.',
      en: 'Recommend our content on other sites and measure the visits it brings us.',
    },
    trackers: [cookie('t_gid', 'third', months(13)), cookie('taboola_session_id', 'third', session)],
    sources: [OPEN_COOKIE_DATABASE, 'https://www.taboola.com/policies/cookie-policy'],
  },
  {
    id: 'outbrain',
    name: 'Outbrain',
    category: 'advertising',
    provider: 'outbrain',
    purpose: {
      fr: 'Recommander nos contenus sur d’autres sites et mesurer les visites qu’ils nous amènent.',
      en: 'Recommend our content on other sites and measure the visits it brings us.',
    },
    trackers: [
      cookie('obuid', 'third', months(3)),
      cookie('obsessionid-*', 'first', underADay('30 minutes'), { namePattern: 'obsessionid-*' }),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'quantcast',
    name: 'Quantcast Measure',
    category: 'advertising',
    provider: 'quantcast',
    purpose: {
      fr: 'Mesurer l’audience du site et cibler nos annonces avec Quantcast.',
      en: 'Measure the site’s audience and target our ads with Quantcast.',
    },
    trackers: [cookie('__qca', 'first', years(1)), cookie('mc', 'third', months(13))],
    sources: [OPEN_COOKIE_DATABASE],
  },
];
