// The plugin's options (config/plugins.ts → privacy.config), their defaults, and a check that names a bad option.
import fs from 'fs';
import path from 'path';

export interface PrivacyPluginConfig {
  /** Public document routes open to everyone without users-permissions (the default); false closes them. */
  publicAccess: boolean;
  /** The Cache-Control header of public documents. */
  cacheControl: string;
  /** How many rendered documents the in-memory cache keeps at most. */
  cacheMaxEntries: number;
  /** How many bytes of rendered documents (their UTF-8 bodies) the in-memory cache keeps at most. */
  cacheMaxBytes: number;
  /**
   * How often (ms) an instance asks the database whether another instance changed an entry. Between two checks a
   * cached document is served with no database query; 0 checks on every request.
   */
  revisionCheckInterval: number;
  /**
   * A directory laid out like the plugin's templates/ (the .hbs templates and locales/*.json), to change the wording
   * or add a language without forking; null uses the plugin's own.
   */
  templatesDir: string | null;
  /**
   * E-mail the rights contact when a rights request is due within 7 days or overdue, or a breach's 72 hours are
   * near or past (a Strapi cron job; the e-mail goes through Strapi's e-mail plugin and its configured provider).
   */
  reminders: boolean;
  /** When the reminder job runs: a cron expression, in Europe/Paris time. */
  remindersSchedule: string;
  /**
   * How many of the plugin's documents (privacyPolicy, cookiePolicy, consentCopy, consentEmail, policyVersions,
   * aliases included) one GraphQL operation may ask for: each one renders or serializes a whole document.
   */
  graphqlMaxDocumentsPerRequest: number;
  /**
   * The Content Manager's preview button on the plugin's entries opens the generated policy of the entry's
   * organization, in the entry's locale and status (admin.preview keeps handling the app's own types); false leaves
   * admin.preview as the app configured it.
   */
  contentManagerPreview: boolean;
  /** Google Consent Mode (a banner asked for with consentMode=google): how long (ms) tags wait for the update. */
  consentModeWaitForUpdate: number;
  /** Google Consent Mode: the ISO 3166-2 regions its default applies to (['FR', 'BE', …]); null: everywhere. */
  consentModeRegion: string[] | null;
}

export const defaultConfig: PrivacyPluginConfig = {
  publicAccess: true,
  cacheControl: 'public, max-age=300',
  cacheMaxEntries: 1000,
  cacheMaxBytes: 50 * 1024 * 1024,
  revisionCheckInterval: 1000,
  templatesDir: null,
  reminders: false,
  remindersSchedule: '0 * * * *',
  graphqlMaxDocumentsPerRequest: 10,
  contentManagerPreview: true,
  consentModeWaitForUpdate: 500,
  consentModeRegion: null,
};

/** A country (FR) or a subdivision (ES-CT, US-CA), as Google's region parameter takes them. */
const REGION = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;

const validator = (config: Partial<PrivacyPluginConfig>): void => {
  if (typeof config.publicAccess !== 'boolean') {
    throw new Error(`privacy.config.publicAccess must be true or false, got ${JSON.stringify(config.publicAccess)}`);
  }
  if (typeof config.cacheControl !== 'string' || config.cacheControl.trim() === '') {
    throw new Error(`privacy.config.cacheControl must be a Cache-Control header value such as 'public, max-age=300'`);
  }
  if (!Number.isInteger(config.cacheMaxEntries) || (config.cacheMaxEntries as number) < 1) {
    throw new Error(`privacy.config.cacheMaxEntries must be a whole number of at least 1, got ${JSON.stringify(config.cacheMaxEntries)}`);
  }
  if (!Number.isInteger(config.cacheMaxBytes) || (config.cacheMaxBytes as number) < 1024) {
    throw new Error(
      `privacy.config.cacheMaxBytes must be a whole number of bytes, at least 1024 (for example 50 * 1024 * 1024), got ${JSON.stringify(config.cacheMaxBytes)}`
    );
  }
  if (!Number.isInteger(config.revisionCheckInterval) || (config.revisionCheckInterval as number) < 0) {
    throw new Error(
      `privacy.config.revisionCheckInterval must be a whole number of milliseconds (0 or more), got ${JSON.stringify(config.revisionCheckInterval)}`
    );
  }
  if (typeof config.contentManagerPreview !== 'boolean') {
    throw new Error(`privacy.config.contentManagerPreview must be true or false, got ${JSON.stringify(config.contentManagerPreview)}`);
  }
  if (typeof config.reminders !== 'boolean') {
    throw new Error(`privacy.config.reminders must be true or false, got ${JSON.stringify(config.reminders)}`);
  }
  if (typeof config.remindersSchedule !== 'string' || !/^\S+(\s+\S+){4,5}$/.test(config.remindersSchedule.trim())) {
    throw new Error(
      `privacy.config.remindersSchedule must be a cron expression of 5 or 6 fields such as '0 * * * *' (every hour), got ${JSON.stringify(config.remindersSchedule)}`
    );
  }
  const perRequest = config.graphqlMaxDocumentsPerRequest;
  if (!Number.isInteger(perRequest) || (perRequest as number) < 1 || (perRequest as number) > 1000) {
    throw new Error(
      `privacy.config.graphqlMaxDocumentsPerRequest must be a whole number from 1 to 1000 (the default is 10), got ${JSON.stringify(perRequest)}`
    );
  }
  const wait = config.consentModeWaitForUpdate;
  if (!Number.isInteger(wait) || (wait as number) < 0 || (wait as number) > 10000) {
    throw new Error(
      `privacy.config.consentModeWaitForUpdate must be a whole number of milliseconds from 0 to 10000 (the default is 500), got ${JSON.stringify(wait)}`
    );
  }
  const region = config.consentModeRegion;
  if (region !== null && region !== undefined) {
    if (!Array.isArray(region) || region.length === 0 || !region.every((code) => typeof code === 'string' && REGION.test(code))) {
      throw new Error(
        `privacy.config.consentModeRegion must be null (everywhere) or a non-empty list of ISO 3166-2 codes such as ['FR', 'BE', 'ES-CT'], got ${JSON.stringify(region)}`
      );
    }
  }
  const dir = config.templatesDir;
  if (dir !== null && dir !== undefined) {
    if (typeof dir !== 'string' || !fs.existsSync(path.join(dir, 'locales'))) {
      throw new Error(
        `privacy.config.templatesDir must be null or a directory laid out like the plugin's templates/ (with a locales/ folder), got ${JSON.stringify(dir)}`
      );
    }
  }
};

export default { default: defaultConfig, validator };
