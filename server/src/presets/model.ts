// The shape of a vendor preset: a service an SME adds to its site, with its trackers and provider, in the cookie and recipient models' own values.
import cookieSchema from '../../../content-types/cookie/schema.json';
import recipientSchema from '../../../content-types/recipient/schema.json';
import type { ProviderId } from './providers';

/** The values the content types accept, read from their schemas so that a preset cannot drift from the model. */
export const COOKIE_CATEGORIES = cookieSchema.attributes.category.enum as readonly CookieCategory[];
export const TRACKER_STORAGES = cookieSchema.attributes.storage.enum as readonly TrackerStorage[];
export const TRACKER_PARTIES = cookieSchema.attributes.party.enum as readonly TrackerParty[];
export const LIFETIME_UNITS = cookieSchema.attributes.lifetimeUnit.enum as readonly LifetimeUnit[];
export const RECIPIENT_CATEGORIES = recipientSchema.attributes.category.enum as readonly RecipientCategory[];
export const TRANSFER_SAFEGUARDS = recipientSchema.attributes.transferSafeguard.enum as readonly TransferSafeguard[];

export type CookieCategory = 'necessary' | 'preferences' | 'audience-measurement-exempt' | 'analytics' | 'advertising' | 'social-media';
export type TrackerStorage = 'cookie' | 'local-storage' | 'session-storage' | 'pixel' | 'fingerprinting';
export type TrackerParty = 'first' | 'third';
export type LifetimeUnit = 'session' | 'days' | 'months' | 'years';
export type RecipientCategory = 'internal-team' | 'processor' | 'joint-controller' | 'partner' | 'authority';
export type TransferSafeguard =
  | 'none-needed'
  | 'adequacy-decision'
  | 'standard-contractual-clauses'
  | 'binding-corporate-rules'
  | 'derogation-art-49'
  | 'eu-us-data-privacy-framework';

/** Text in the two languages the presets are written in (ours, not the vendors'). */
export interface PresetText {
  fr: string;
  en: string;
}
export const PRESET_LANGUAGES = ['fr', 'en'] as const;

/**
 * A lifetime in the cookie model's units. The model counts in days at the finest, so a lifetime under a day is
 * given as one day (an upper bound) with the vendor's figure in `exact` ("30 minutes").
 */
export interface PresetLifetime {
  value?: number;
  unit: LifetimeUnit;
  exact?: string;
}

/** What a reader of the catalogue should verify before trusting a value: the field names, in the cookie or recipient model. */
export type ToCheck = string[];

export interface PresetTracker {
  /** The name as set; for a numbered family with no fixed name, the pattern itself (`_hjSessionUser_*`), which the cookie policy prints once. */
  name: string;
  /** The family's pattern, in the cookie model's namePattern syntax (`_ga_*`). */
  namePattern?: string;
  storage: TrackerStorage;
  party: TrackerParty;
  /** Absent when no source we read gives it: the editor fills it in. */
  lifetime?: PresetLifetime;
  extendedOnEachVisit?: boolean;
  /** When this tracker's category differs from its service's (a consent tool's own cookie, say). */
  category?: CookieCategory;
  /** When this tracker's purpose differs from its service's. */
  purpose?: PresetText;
  /** When this tracker's facts come from elsewhere than its service's sources. */
  sources?: string[];
  toCheck?: ToCheck;
  /** For maintainers, in English: a disagreement between sources, a configuration the value depends on. */
  note?: string;
}

/** A company that receives the trackers' data: a recipient in the model. */
export interface PresetProvider {
  /** Legal name of the entity that contracts with EU customers. */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Further countries of processing, ISO alpha-2, the recipient model's `otherCountries` format (`US` or `US, IN`). */
  otherCountries?: string;
  transferSafeguard: TransferSafeguard;
  category: RecipientCategory;
  privacyPolicyUrl: string;
  sources: string[];
  toCheck?: ToCheck;
  note?: string;
}

export interface Preset {
  /** Stable, URL-safe: the key of `POST /privacy/presets/:id/apply`. */
  id: string;
  name: string;
  category: CookieCategory;
  /** Key in PROVIDERS, or null for a tool the site runs itself (its data goes to no one else). */
  provider: ProviderId | null;
  /** For a self-run tool: what the cookie policy names as the tracker's provider. */
  tool?: string;
  purpose: PresetText;
  /** Empty for a service that stores nothing on the device (Plausible) or whose trackers no source we read names. */
  trackers: PresetTracker[];
  sources: string[];
  toCheck?: ToCheck;
  note?: string;
}
