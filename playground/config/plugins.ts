// The privacy plugin is an ordinary dependency (package strapi-plugin-privacy): no `resolve` needed.
import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  privacy: {
    // PRIVACY_ENABLED=false boots the app without the plugin (the benchmark's boot-cost baseline).
    enabled: env.bool('PRIVACY_ENABLED', true),
    config: {
      publicAccess: env.bool('PRIVACY_PUBLIC_ACCESS', true),
      // The cache's bounds (the plugin's defaults); `npm run bench:memory` sets them to measure the cache.
      cacheMaxEntries: env.int('PRIVACY_CACHE_MAX_ENTRIES', 1000),
      cacheMaxBytes: env.int('PRIVACY_CACHE_MAX_BYTES', 50 * 1024 * 1024),
      // A copy of the plugin's templates/ (the tests add a language this way).
      templatesDir: env('PRIVACY_TEMPLATES_DIR', null),
      // Off unless PRIVACY_REMINDERS=true: the reminder e-mails of the registers (needs an e-mail provider, below).
      reminders: env.bool('PRIVACY_REMINDERS', false),
      remindersSchedule: env('PRIVACY_REMINDERS_SCHEDULE', '0 * * * *'),
      // Google Consent Mode's default for these regions only (comma-separated, FR,BE); unset: everywhere.
      consentModeRegion: env.array('PRIVACY_CONSENT_MODE_REGION', null),
    },
  },
  // SMTP_HOST set: Strapi's e-mail plugin sends through that SMTP server (nodemailer). Unset: Strapi's default
  // provider, unused by the demo and the tests, so they send nothing.
  ...(env('SMTP_HOST', '')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 25),
              secure: env.bool('SMTP_SECURE', false),
              ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
              ...(env('SMTP_USERNAME', '') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD', '') } } : {}),
            },
            settings: { defaultFrom: env('SMTP_FROM', 'privacy@localhost'), defaultReplyTo: env('SMTP_FROM', 'privacy@localhost') },
          },
        },
      }
    : {}),
  // REST_CACHE=true puts Strapi's core REST route of the benchmark's policy-page behind the community REST cache
  // (memory provider): the peer the benchmark compares the plugin's route with. Off for the demo and the tests.
  'rest-cache': {
    enabled: env.bool('REST_CACHE', false),
    // npm keeps this plugin under playground/node_modules (its dependencies clash with the root's), where Strapi's
    // lookup of installed plugins does not search: point at it.
    resolve: './node_modules/@strapi-community/plugin-rest-cache',
    config: {
      provider: { name: 'memory', options: { max: 32767, maxAge: 3600000 } },
      strategy: { contentTypes: ['api::policy-page.policy-page'], maxAge: 3600000 },
    },
  },
  // PLAYGROUND_DOCUMENTATION=true turns on @strapi/plugin-documentation (Swagger UI at /documentation), with the
  // privacy plugin's routes in it. Off by default: it writes its document at every boot.
  documentation: { enabled: env.bool('PLAYGROUND_DOCUMENTATION', false) },
  // GRAPHQL_ENABLED=false shows the plugin loading without GraphQL.
  graphql: { enabled: env.bool('GRAPHQL_ENABLED', true), config: { landingPage: false, defaultLimit: 25, maxLimit: 100, depthLimit: 10 } },
});
