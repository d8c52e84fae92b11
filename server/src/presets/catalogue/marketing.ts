// Presets for marketing automation, CRM tracking and B2B visitor identification.
import type { Preset } from '../model';
import { BREVO_FIRST_PARTY, OPEN_COOKIE_DATABASE, PLEZI_TRACKING } from '../sources';
import { cookie, days, session, underADay, years } from './build';

export const MARKETING: Preset[] = [
  {
    id: 'hubspot',
    name: 'HubSpot tracking code',
    category: 'advertising',
    provider: 'hubspot',
    purpose: {
      fr: 'Relier les pages vues aux contacts de notre CRM et adapter nos messages à leurs centres d’intérêt.',
      en: 'Link pages viewed to the contacts in our CRM and tailor our messages to their interests.',
    },
    trackers: [
      cookie('__hstc', 'first', undefined, {
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 13 months; recent copies of HubSpot’s list say 6 months.',
      }),
      cookie('hubspotutk', 'first', undefined, { toCheck: ['lifetime'], note: 'As __hstc.' }),
      cookie('__hssc', 'first', underADay('30 minutes')),
      cookie('__hssrc', 'first', session),
      cookie('__hs_cookie_cat_pref', 'first', undefined, {
        category: 'necessary',
        purpose: {
          fr: 'Retenir les catégories de cookies acceptées par le visiteur.',
          en: 'Remember the cookie categories the visitor accepted.',
        },
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 6 months; some copies of HubSpot’s list say 13 months.',
      }),
    ],
    sources: [
      OPEN_COOKIE_DATABASE,
      'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
    ],
  },
  {
    id: 'brevo-tracker',
    name: 'Brevo tracker (Sendinblue)',
    category: 'advertising',
    provider: 'brevo',
    purpose: {
      fr: 'Relier les pages vues aux contacts de nos listes d’envoi pour leur adresser des messages adaptés.',
      en: 'Link pages viewed to the contacts on our mailing lists, to send them relevant messages.',
    },
    trackers: [
      cookie('sib_cuid', 'first', undefined, {
        toCheck: ['lifetime'],
        sources: ['https://consentstack.io/vendors/brevo'],
        note: 'Named by Brevo’s help on first-party tracking; a third-party vendor list gives 180 days, not confirmed by Brevo.',
      }),
    ],
    sources: [BREVO_FIRST_PARTY],
  },
  {
    id: 'mailchimp',
    name: 'Mailchimp (campaign and site tracking)',
    category: 'advertising',
    provider: 'mailchimp',
    purpose: {
      fr: 'Savoir quelles campagnes d’e-mails amènent des visites et des achats sur le site.',
      en: 'Know which e-mail campaigns bring visits and purchases to the site.',
    },
    trackers: [cookie('mc_cid', 'first', days(14)), cookie('mc_eid', 'first', days(14)), cookie('mc_landing_site', 'first', days(14))],
    sources: [OPEN_COOKIE_DATABASE],
    toCheck: ['trackers'],
    note: 'mc_cid and mc_eid are also the names of Mailchimp’s link parameters; whether a store integration sets them as cookies depends on the integration.',
  },
  {
    id: 'plezi',
    name: 'Plezi',
    category: 'advertising',
    provider: 'plezi',
    purpose: {
      fr: 'Relier les pages vues à la personne qui remplit un de nos formulaires, pour lui adresser des contenus adaptés.',
      en: 'Link pages viewed to the person who fills in one of our forms, to send them relevant content.',
    },
    trackers: [],
    sources: [PLEZI_TRACKING],
    toCheck: ['trackers'],
    note: 'Plezi’s help says its tracking link sets a visitor cookie holding only an identifier, but names neither the cookie nor its lifetime: add them from what the site sets.',
  },
  {
    id: 'leadfeeder',
    name: 'Leadfeeder (Dealfront) B2B visitor identification',
    category: 'advertising',
    provider: 'leadfeeder',
    purpose: {
      fr: 'Reconnaître les entreprises qui visitent le site, à partir de l’adresse IP de leur réseau, pour les démarcher.',
      en: 'Recognise the companies that visit the site, from their network’s IP address, to approach them.',
    },
    trackers: [cookie('_lfa', 'first', years(2))],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'leadinfo',
    name: 'Leadinfo B2B visitor identification',
    category: 'advertising',
    provider: 'leadinfo',
    purpose: {
      fr: 'Reconnaître les entreprises qui visitent le site, à partir de l’adresse IP de leur réseau, pour les démarcher.',
      en: 'Recognise the companies that visit the site, from their network’s IP address, to approach them.',
    },
    trackers: [
      cookie('_li_id', 'first', years(1), { namePattern: '_li_id*' }),
      cookie('_li_ses', 'first', undefined, {
        namePattern: '_li_ses*',
        toCheck: ['lifetime'],
        note: 'The Open Cookie Database says 1 year for this session cookie.',
      }),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'klaviyo',
    name: 'Klaviyo',
    category: 'advertising',
    provider: 'klaviyo',
    purpose: {
      fr: 'Relier les pages vues et le panier aux contacts de nos listes pour leur adresser des messages adaptés.',
      en: 'Link pages viewed and the basket to the contacts on our lists, to send them relevant messages.',
    },
    trackers: [cookie('__kla_id', 'first', years(2))],
    sources: [OPEN_COOKIE_DATABASE],
  },
];
