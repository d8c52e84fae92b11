// From a preset to what the admin lists and to the cookie and recipient fields the apply route writes: pure functions.
import { PROVIDERS, type ProviderId } from './providers';
import type { Preset, PresetProvider, PresetTracker } from './model';

export type PresetLanguage = 'fr' | 'en';

/** A preset as `GET /privacy/presets` lists it: texts in one language, the provider's facts spelled out. */
export const presetView = (preset: Preset, lang: PresetLanguage) => ({
  id: preset.id,
  name: preset.name,
  category: preset.category,
  provider: preset.provider ? providerView(preset.provider) : null,
  tool: preset.tool ?? null,
  purpose: preset.purpose[lang],
  trackers: preset.trackers.map((tracker) => ({
    name: tracker.name,
    namePattern: tracker.namePattern ?? null,
    storage: tracker.storage,
    party: tracker.party,
    category: tracker.category ?? preset.category,
    lifetime: tracker.lifetime ?? null,
    extendedOnEachVisit: tracker.extendedOnEachVisit ?? false,
    purpose: (tracker.purpose ?? preset.purpose)[lang],
    sources: tracker.sources ?? preset.sources,
    toCheck: tracker.toCheck ?? [],
    note: tracker.note ?? null,
  })),
  sources: preset.sources,
  toCheck: preset.toCheck ?? [],
  note: preset.note ?? null,
});

const providerView = (id: ProviderId) => {
  const provider: PresetProvider = PROVIDERS[id];
  return {
    name: provider.name,
    country: provider.country,
    otherCountries: provider.otherCountries ?? null,
    transferSafeguard: provider.transferSafeguard,
    category: provider.category,
    privacyPolicyUrl: provider.privacyPolicyUrl,
    sources: provider.sources,
    toCheck: provider.toCheck ?? [],
    note: provider.note ?? null,
  };
};

/** The recipient entry a preset's provider becomes (its shared fields; no localized text: the editor writes the role). */
export const recipientFields = (id: ProviderId) => {
  const provider: PresetProvider = PROVIDERS[id];
  return {
    name: provider.name,
    category: provider.category,
    country: provider.country,
    otherCountries: provider.otherCountries ?? null,
    transferSafeguard: provider.transferSafeguard,
  };
};

/** The cookie entry a preset's tracker becomes, in one locale. */
export const cookieFields = (preset: Preset, tracker: PresetTracker, lang: PresetLanguage) => ({
  name: tracker.name,
  namePattern: tracker.namePattern ?? null,
  // A self-run tool has no recipient: the cookie policy names the tool instead.
  provider: preset.provider ? null : (preset.tool ?? preset.name),
  party: tracker.party,
  storage: tracker.storage,
  category: tracker.category ?? preset.category,
  purpose: (tracker.purpose ?? preset.purpose)[lang],
  lifetimeValue: tracker.lifetime?.value ?? null,
  lifetimeUnit: tracker.lifetime?.unit ?? null,
  extendedOnEachVisit: tracker.extendedOnEachVisit ?? false,
});
