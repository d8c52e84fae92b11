// Presets for the site's own platform: the CMS or shop engine and the cookies it sets by default.
import type { Preset } from '../model';
import { OPEN_COOKIE_DATABASE, SHOPIFY_Y_S_RETIRED, STRAPI_ADMIN_STORAGE, STRAPI_SESSION_AUTH } from '../sources';
import { cookie, days, localStorageKey, session, years } from './build';

export const PLATFORMS: Preset[] = [
  {
    id: 'shopify',
    name: 'Shopify (store defaults)',
    category: 'necessary',
    provider: 'shopify',
    purpose: {
      fr: 'Faire fonctionner la boutique, le panier et le paiement.',
      en: 'Run the shop, the basket and the checkout.',
    },
    trackers: [
      cookie('cart', 'first', days(14)),
      cookie('_secure_session_id', 'first', session),
      cookie('_tracking_consent', 'first', years(2), {
        purpose: { fr: 'Retenir les choix du visiteur sur les cookies.', en: 'Remember the visitor’s cookie choices.' },
      }),
      cookie('localization', 'first', days(14), { category: 'preferences' }),
    ],
    sources: [OPEN_COOKIE_DATABASE, 'https://www.shopify.com/legal/cookies', SHOPIFY_Y_S_RETIRED],
    note: 'Shopify stopped setting its _shopify_y and _shopify_s statistics cookies on storefronts on 1 January 2026 (developer changelog); the Open Cookie Database still lists them, so they are left out. Add the cookies of the store’s apps and pixels.',
  },
  {
    id: 'wordpress',
    name: 'WordPress (core defaults)',
    category: 'necessary',
    provider: null,
    tool: 'WordPress',
    purpose: {
      fr: 'Faire fonctionner la connexion des rédacteurs et les commentaires du site.',
      en: 'Run the editors’ login and the site’s comments.',
    },
    trackers: [
      cookie('wordpress_test_cookie', 'first', session),
      cookie('wordpress_logged_in_*', 'first', session, {
        namePattern: 'wordpress_logged_in_*',
        note: '14 days when the editor ticks "Remember me".',
      }),
      cookie('wp-settings-*', 'first', years(1), { namePattern: 'wp-settings-*', category: 'preferences' }),
      cookie('comment_author_*', 'first', days(347), {
        namePattern: 'comment_author_*',
        category: 'preferences',
        purpose: {
          fr: 'Préremplir le nom du visiteur dans le formulaire de commentaire, s’il l’a demandé.',
          en: 'Prefill the visitor’s name in the comment form, when they asked for it.',
        },
      }),
    ],
    sources: [OPEN_COOKIE_DATABASE, 'https://developer.wordpress.org/advanced-administration/wordpress/cookies/'],
  },
  {
    id: 'woocommerce',
    name: 'WooCommerce (store defaults)',
    category: 'necessary',
    provider: null,
    tool: 'WooCommerce',
    purpose: {
      fr: 'Faire fonctionner la boutique, le panier et le paiement.',
      en: 'Run the shop, the basket and the checkout.',
    },
    trackers: [
      cookie('woocommerce_cart_hash', 'first', session),
      cookie('woocommerce_items_in_cart', 'first', session),
      cookie('wp_woocommerce_session_*', 'first', days(2), { namePattern: 'wp_woocommerce_session_*' }),
      cookie('sbjs_session', 'first', undefined, {
        category: 'analytics',
        namePattern: 'sbjs_*',
        purpose: {
          fr: 'Savoir d’où viennent les commandes de la boutique (lien, campagne, moteur de recherche).',
          en: 'Know where the shop’s orders come from (link, campaign, search engine).',
        },
        toCheck: ['lifetime'],
        note: 'Order attribution: the Open Cookie Database gives 30 minutes for sbjs_session and session for the other sbjs_* cookies.',
      }),
    ],
    sources: [OPEN_COOKIE_DATABASE],
  },
  {
    id: 'wix',
    name: 'Wix (site defaults)',
    category: 'necessary',
    provider: 'wix',
    purpose: {
      fr: 'Faire fonctionner le site et le protéger contre les abus.',
      en: 'Run the site and protect it against abuse.',
    },
    trackers: [
      cookie('hs', 'first', session),
      cookie('svSession', 'first', years(2), { category: 'analytics', toCheck: ['category'] }),
      cookie('bSession', 'first', { value: 1, unit: 'days', exact: '30 minutes' }, { category: 'analytics' }),
    ],
    sources: [OPEN_COOKIE_DATABASE, 'https://support.wix.com/article/cookies-and-your-wix-site'],
  },
  {
    id: 'strapi-admin',
    name: 'Strapi (admin panel defaults)',
    category: 'necessary',
    provider: null,
    tool: 'Strapi',
    purpose: {
      fr: 'Garder les rédacteurs connectés au panneau d’administration. Le site public n’en dépose aucun.',
      en: 'Keep editors signed in to the admin panel. The public site sets none of these.',
    },
    trackers: [
      cookie('strapi_admin_refresh', 'first', days(14), {
        extendedOnEachVisit: true,
        sources: [STRAPI_SESSION_AUTH],
        note: 'With "Remember me": 14 days from the last use, 30 days at most (admin.auth.sessions); without it, a session cookie.',
      }),
      localStorageKey('jwtToken', 'first', undefined, {
        sources: [STRAPI_ADMIN_STORAGE],
        note: 'The admin reads the token from local storage, else from a cookie of the same name (admin.auth.cookie.name); the token inside expires after the session lifespan.',
      }),
      localStorageKey('strapi-admin-language', 'first', undefined, {
        note: 'Local storage has no expiry: the key stays until the editor clears the browser’s data.',
        category: 'preferences',
        sources: [STRAPI_ADMIN_STORAGE],
        purpose: {
          fr: 'Retenir la langue choisie par le rédacteur dans l’administration.',
          en: 'Remember the language the editor chose in the admin panel.',
        },
      }),
    ],
    sources: [STRAPI_SESSION_AUTH, STRAPI_ADMIN_STORAGE],
    note: 'Strapi’s content API sets no cookie by default; these concern the people who edit the site.',
  },
];
