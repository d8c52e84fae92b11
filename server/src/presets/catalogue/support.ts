// Presets for chat, help desks, scheduling and forms embedded in the site.
import type { Preset, PresetText } from '../model';
import { CALENDLY_COOKIES, OPEN_COOKIE_DATABASE } from '../sources';
import { cookie, days, localStorageKey, months, session, years } from './build';

const chat: PresetText = {
  fr: 'Faire fonctionner la fenêtre de discussion et retrouver la conversation d’une page à l’autre.',
  en: 'Run the chat window and keep the conversation from one page to the next.',
};

export const SUPPORT: Preset[] = [
  {
    id: 'crisp',
    name: 'Crisp (chat)',
    category: 'preferences',
    provider: 'crisp',
    purpose: chat,
    trackers: [cookie('crisp-client%2Fsession%2F*', 'first', months(6), { namePattern: 'crisp-client%2Fsession%2F*' })],
    sources: [OPEN_COOKIE_DATABASE],
    note: 'The Open Cookie Database lists the family as crisp-client/…; in the browser the slashes are encoded as %2F.',
    toCheck: ['trackers'],
  },
  {
    id: 'intercom',
    name: 'Intercom (chat)',
    category: 'preferences',
    provider: 'intercom',
    purpose: chat,
    trackers: [
      cookie('intercom-id-*', 'first', months(9), { namePattern: 'intercom-id-*' }),
      cookie('intercom-session-*', 'first', days(7), { namePattern: 'intercom-session-*' }),
      cookie('intercom-device-id-*', 'first', months(9), { namePattern: 'intercom-device-id-*' }),
    ],
    sources: [OPEN_COOKIE_DATABASE, 'https://www.intercom.com/legal/cookie-policy'],
  },
  {
    id: 'zendesk',
    name: 'Zendesk (web widget and help centre)',
    category: 'preferences',
    provider: 'zendesk',
    purpose: chat,
    trackers: [
      cookie('__zlcmid', 'first', years(1)),
      localStorageKey('ZD-suid', 'first', undefined, {
        category: 'analytics',
        toCheck: ['storage', 'lifetime'],
        note: 'The Open Cookie Database lists ZD-* as cookies that never expire; they look like the widget’s local-storage keys: check in the browser.',
      }),
      localStorageKey('ZD-buid', 'first', undefined, { category: 'analytics', toCheck: ['storage', 'lifetime'], note: 'As ZD-suid.' }),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'tawk-to',
    name: 'tawk.to (chat)',
    category: 'preferences',
    provider: 'tawk',
    purpose: chat,
    trackers: [
      cookie('TawkConnectionTime', 'first', session),
      cookie('__tawkuuid', 'first', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 10 years, which Chrome caps at 400 days (Google’s GA4 cookie page).',
      }),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'livechat',
    name: 'LiveChat',
    category: 'preferences',
    provider: 'livechat',
    purpose: chat,
    trackers: [cookie('__lc_cid', 'third', years(3)), cookie('__lc_cst', 'third', years(3))],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'drift',
    name: 'Drift (chat)',
    category: 'preferences',
    provider: 'drift',
    purpose: chat,
    trackers: [cookie('drift_*', 'first', years(2), { namePattern: 'drift_*' })],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'calendly',
    name: 'Calendly (embedded scheduling)',
    category: 'preferences',
    provider: 'calendly',
    purpose: {
      fr: 'Prendre rendez-vous avec nous depuis le calendrier intégré à la page.',
      en: 'Book a meeting with us from the calendar embedded in the page.',
    },
    trackers: [],
    sources: [CALENDLY_COOKIES],
    toCheck: ['trackers'],
    note: 'Calendly asks EU visitors for consent itself, inside its frame, before setting persistent cookies; its help names no cookie. Add what the site shows.',
  },
  {
    id: 'typeform',
    name: 'Typeform (embedded forms)',
    category: 'preferences',
    provider: 'typeform',
    purpose: {
      fr: 'Afficher et envoyer les formulaires Typeform intégrés aux pages.',
      en: 'Show and submit the Typeform forms embedded in the pages.',
    },
    trackers: [cookie('tf_respondent_cc', 'third', months(6)), cookie('attribution_user_id', 'third', years(1), { category: 'analytics' })],
    sources: [OPEN_COOKIE_DATABASE],
  },
];
