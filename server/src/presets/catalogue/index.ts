// The vendor presets catalogue: every preset, in one list, in the order the admin page shows them.
import type { Preset } from '../model';
import { ADVERTISING } from './advertising';
import { CONSENT } from './consent';
import { EMBEDS } from './embeds';
import { MARKETING } from './marketing';
import { MEASUREMENT } from './measurement';
import { PLATFORMS } from './platforms';
import { SECURITY_AND_PAYMENTS } from './security-payments';
import { SUPPORT } from './support';

export const PRESETS: readonly Preset[] = [
  ...MEASUREMENT,
  ...ADVERTISING,
  ...MARKETING,
  ...CONSENT,
  ...EMBEDS,
  ...SECURITY_AND_PAYMENTS,
  ...SUPPORT,
  ...PLATFORMS,
];
