// Small builders for the catalogue's entries, so that each preset reads as its facts and little else.
import type { PresetLifetime, PresetTracker, TrackerParty, TrackerStorage } from '../model';

export const years = (value: number): PresetLifetime => ({ value, unit: 'years' });
export const months = (value: number): PresetLifetime => ({ value, unit: 'months' });
export const days = (value: number): PresetLifetime => ({ value, unit: 'days' });
export const session: PresetLifetime = { unit: 'session' };
/** A lifetime under a day: one day in the model's units, the vendor's figure kept beside it. */
export const underADay = (exact: string): PresetLifetime => ({ value: 1, unit: 'days', exact });

type Extra = Partial<Omit<PresetTracker, 'name' | 'party' | 'lifetime' | 'storage'>>;

const tracker =
  (storage: TrackerStorage) =>
  (name: string, party: TrackerParty, lifetime: PresetLifetime | undefined, extra: Extra = {}): PresetTracker => ({
    name,
    storage,
    party,
    ...(lifetime ? { lifetime } : {}),
    ...extra,
  });

export const cookie = tracker('cookie');
export const localStorageKey = tracker('local-storage');
export const sessionStorageKey = tracker('session-storage');
