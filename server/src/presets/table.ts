// The README's table of the presets, generated from the catalogue (UPDATE_README=1 npx jest tests/unit/presets.test.ts rewrites it).
import { PRESETS } from './catalogue';
import type { PresetLifetime, PresetTracker } from './model';
import { PROVIDERS } from './providers';

const lifetime = (value: PresetLifetime | undefined): string =>
  !value ? 'to check' : value.unit === 'session' ? 'session' : (value.exact ?? `${value.value} ${value.unit}`);

const tracker = (t: PresetTracker): string =>
  `\`${t.name}\`${t.namePattern && t.namePattern !== t.name ? ` and \`${t.namePattern}\`` : ''} (${lifetime(t.lifetime)}${t.storage === 'cookie' ? '' : `, ${t.storage}`})`;

export const presetsTable = (): string =>
  [
    '| id | service | category | provider (countries; transfer) | trackers (lifetime) |',
    '|---|---|---|---|---|',
    ...PRESETS.map((p) => {
      const provider = p.provider ? PROVIDERS[p.provider] : null;
      const who = provider
        ? `${provider.name} (${[provider.country, 'otherCountries' in provider ? provider.otherCountries : undefined].filter(Boolean).join(', ')}; ${provider.transferSafeguard})`
        : `${p.tool}, run by the site`;
      return `| \`${p.id}\` | ${p.name} | ${p.category} | ${who} | ${p.trackers.length ? p.trackers.map(tracker).join(', ') : 'none listed'} |`;
    }),
  ].join('\n');
