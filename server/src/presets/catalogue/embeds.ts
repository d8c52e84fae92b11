// Presets for embedded content: videos, maps, music and social posts loaded from another company's servers.
import type { Preset } from '../model';
import { OPEN_COOKIE_DATABASE, YOUTUBE_PRIVACY_ENHANCED } from '../sources';
import { cookie, days, months, session, years } from './build';

export const EMBEDS: Preset[] = [
  {
    id: 'youtube',
    name: 'YouTube (embedded videos)',
    category: 'social-media',
    provider: 'google-ads',
    purpose: {
      fr: 'Lire les vidéos YouTube intégrées aux pages. YouTube s’en sert aussi pour ses statistiques et ses publicités.',
      en: 'Play the YouTube videos embedded in the pages. YouTube also uses them for its statistics and advertising.',
    },
    trackers: [
      cookie('YSC', 'third', session),
      cookie('VISITOR_INFO1_LIVE', 'third', days(179)),
      cookie('VISITOR_PRIVACY_METADATA', 'third', days(180)),
      cookie('PREF', 'third', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 10 years, which Chrome caps at 400 days (Google’s GA4 cookie page).',
      }),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'youtube-nocookie',
    name: 'YouTube privacy-enhanced mode (youtube-nocookie.com)',
    category: 'social-media',
    provider: 'google-ads',
    purpose: {
      fr: 'Lire les vidéos YouTube intégrées aux pages en mode de confidentialité renforcée.',
      en: 'Play the YouTube videos embedded in the pages in privacy-enhanced mode.',
    },
    trackers: [],
    sources: [YOUTUBE_PRIVACY_ENHANCED],
    toCheck: ['trackers'],
    note: 'YouTube says this mode does not use viewing on the site to personalise the visitor’s experience; it does not say it stores nothing once the video plays. Add what the site shows after playback.',
  },
  {
    id: 'vimeo',
    name: 'Vimeo (embedded videos)',
    category: 'social-media',
    provider: 'vimeo',
    purpose: {
      fr: 'Lire les vidéos Vimeo intégrées aux pages et mesurer leur lecture.',
      en: 'Play the Vimeo videos embedded in the pages and measure how they are watched.',
    },
    trackers: [
      cookie('vuid', 'third', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 1 minute; check Vimeo’s cookie policy.',
      }),
      cookie('continuous_play_v3', 'third', years(2), { category: 'preferences' }),
    ],
    sources: [OPEN_COOKIE_DATABASE, 'https://vimeo.com/cookie_policy'],
  },
  {
    id: 'google-maps',
    name: 'Google Maps (embedded map)',
    category: 'social-media',
    provider: 'google-ads',
    purpose: {
      fr: 'Afficher une carte Google Maps dans les pages. Google reçoit l’adresse IP du visiteur et peut déposer ses cookies.',
      en: 'Show a Google Maps map in the pages. Google receives the visitor’s IP address and may set its cookies.',
    },
    trackers: [
      cookie('NID', 'third', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 1 year; check Google’s cookie page.',
      }),
    ],
    sources: [OPEN_COOKIE_DATABASE, 'https://policies.google.com/technologies/cookies'],
    toCheck: ['trackers'],
  },
  {
    id: 'spotify-embed',
    name: 'Spotify (embedded player)',
    category: 'social-media',
    provider: 'spotify',
    purpose: {
      fr: 'Écouter les titres et podcasts Spotify intégrés aux pages.',
      en: 'Play the Spotify tracks and podcasts embedded in the pages.',
    },
    trackers: [cookie('sp_t', 'third', months(2)), cookie('sp_landing', 'third', days(1))],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'instagram-embed',
    name: 'Instagram (embedded posts)',
    category: 'social-media',
    provider: 'meta',
    purpose: {
      fr: 'Afficher les publications Instagram intégrées aux pages. Meta peut ainsi reconnaître le visiteur.',
      en: 'Show the Instagram posts embedded in the pages. Meta can thereby recognise the visitor.',
    },
    trackers: [
      cookie('ig_did', 'third', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 9 years, which Chrome caps at 400 days (Google’s GA4 cookie page).',
      }),
      cookie('mid', 'third', undefined, { toCheck: ['lifetime'], note: 'As ig_did.' }),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'facebook-plugins',
    name: 'Facebook social plugins (Like, Share, page feed)',
    category: 'social-media',
    provider: 'meta',
    purpose: {
      fr: 'Afficher les boutons et le fil Facebook dans les pages. Meta peut ainsi reconnaître le visiteur.',
      en: 'Show Facebook’s buttons and page feed in the pages. Meta can thereby recognise the visitor.',
    },
    trackers: [cookie('datr', 'third', years(2)), cookie('fr', 'third', days(90)), cookie('sb', 'third', years(2))],
    sources: [OPEN_COOKIE_DATABASE],
  },
];
