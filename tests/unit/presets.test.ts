// Unit: the vendor presets catalogue keeps to the content types' values, cites a source for every tracker, and is written in both languages.
import fs from 'fs';
import path from 'path';
import cookieSchema from '../../content-types/cookie/schema.json';
import recipientSchema from '../../content-types/recipient/schema.json';
import { isCountryCode } from '../../server/src/documents/regions';
import { frenchSpacing } from '../../server/src/documents/typography';
import { PRESETS } from '../../server/src/presets/catalogue';
import { PROVIDERS } from '../../server/src/presets/providers';
import type { PresetText } from '../../server/src/presets/model';
import { presetsTable } from '../../server/src/presets/table';

const enumOf = (attribute: { enum: string[] }) => attribute.enum;
const NAME_PATTERN = new RegExp(cookieSchema.attributes.namePattern.regex);
/** The cookie-name token the save rules accept (server/src/validation/cross-field-rules.ts). */
const COOKIE_NAME_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const OTHER_COUNTRIES = new RegExp(recipientSchema.attributes.otherCountries.regex);
const URL_OK = (value: string) => /^https:\/\/[^\s]+$/.test(value) && Boolean(new URL(value).hostname);

/** Every problem as one line naming the preset and the field, so a failure says what to fix. */
const problems = (): string[] => {
  const found: string[] = [];
  const text = (where: string, value: PresetText | undefined) => {
    if (!value) return;
    for (const code of ['fr', 'en'] as const) {
      if (typeof value[code] !== 'string' || !value[code].trim()) found.push(`${where}.${code} is empty`);
    }
    if (frenchSpacing(value.fr) !== value.fr)
      found.push(`${where}.fr: French spaces before : ; ! ? and inside « » must be the no-break ones`);
    if (/\p{L}'\p{L}/u.test(value.fr)) found.push(`${where}.fr: straight apostrophe (French uses ’)`);
    if (value.fr.length > 255 || value.en.length > 255) found.push(`${where}: over 255 characters, too long for a purpose`);
  };
  for (const preset of PRESETS) {
    const at = `presets[${preset.id}]`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(preset.id)) found.push(`${at}.id is not a lowercase slug`);
    if (!enumOf(cookieSchema.attributes.category).includes(preset.category)) found.push(`${at}.category ${preset.category}`);
    if (preset.provider === null ? !preset.tool?.trim() : !(preset.provider in PROVIDERS))
      found.push(`${at}: provider unknown, or a self-run tool without its name`);
    if (!preset.sources.length || !preset.sources.every(URL_OK)) found.push(`${at}.sources: at least one https address`);
    text(`${at}.purpose`, preset.purpose);
    const names = new Set<string>();
    preset.trackers.forEach((tracker, i) => {
      const t = `${at}.trackers[${i}] ${tracker.name}`;
      if (names.has(tracker.name)) found.push(`${t}: twice in the preset`);
      names.add(tracker.name);
      if (!tracker.name.trim() || tracker.name.length > cookieSchema.attributes.name.maxLength) found.push(`${t}: name`);
      if (tracker.namePattern !== undefined && !NAME_PATTERN.test(tracker.namePattern))
        found.push(`${t}: namePattern does not match the cookie model's regex`);
      // The save rule's cookie-name token (RFC 6265); a name with * is a family's pattern and must be given as one.
      if (!COOKIE_NAME_TOKEN.test(tracker.name)) found.push(`${t}: not a cookie name (RFC 6265 token)`);
      if (tracker.name.includes('*') && tracker.namePattern !== tracker.name) found.push(`${t}: a name with * must be its namePattern too`);
      if (!enumOf(cookieSchema.attributes.storage).includes(tracker.storage)) found.push(`${t}: storage ${tracker.storage}`);
      if (!enumOf(cookieSchema.attributes.party).includes(tracker.party)) found.push(`${t}: party ${tracker.party}`);
      if (tracker.category && !enumOf(cookieSchema.attributes.category).includes(tracker.category))
        found.push(`${t}: category ${tracker.category}`);
      const lifetime = tracker.lifetime;
      if (lifetime) {
        if (!enumOf(cookieSchema.attributes.lifetimeUnit).includes(lifetime.unit)) found.push(`${t}: lifetime unit ${lifetime.unit}`);
        if (lifetime.unit === 'session' ? lifetime.value !== undefined : !Number.isInteger(lifetime.value) || (lifetime.value ?? 0) < 1) {
          found.push(`${t}: a session lifetime has no value, any other a whole number from 1`);
        }
      } else if (!tracker.toCheck?.includes('lifetime') && !tracker.note) {
        found.push(`${t}: no lifetime, and neither toCheck nor a note says why`);
      }
      // Every tracker cites a source: its own, or its preset's.
      const sources = tracker.sources ?? preset.sources;
      if (!sources.length || !sources.every(URL_OK)) found.push(`${t}: no source`);
      text(`${t}.purpose`, tracker.purpose);
    });
    if (!preset.trackers.length && !preset.note) found.push(`${at}: no tracker, and no note saying why`);
  }
  for (const [id, provider] of Object.entries(PROVIDERS)) {
    const at = `providers[${id}]`;
    if (!provider.name.trim() || provider.name.length > 255) found.push(`${at}.name`);
    if (!isCountryCode(provider.country)) found.push(`${at}.country ${provider.country} is not an ISO 3166-1 alpha-2 code`);
    const others = 'otherCountries' in provider ? provider.otherCountries : undefined;
    if (others !== undefined) {
      const codes = others.split(',').map((code) => code.trim());
      if (!OTHER_COUNTRIES.test(others) || !codes.every(isCountryCode) || codes.includes(provider.country))
        found.push(`${at}.otherCountries ${others}`);
    }
    if (!enumOf(recipientSchema.attributes.transferSafeguard).includes(provider.transferSafeguard)) found.push(`${at}.transferSafeguard`);
    if (provider.transferSafeguard === 'eu-us-data-privacy-framework' && provider.country !== 'US' && !others?.split(', ').includes('US')) {
      found.push(`${at}: the Data Privacy Framework needs US among the countries`);
    }
    if (!enumOf(recipientSchema.attributes.category).includes(provider.category)) found.push(`${at}.category`);
    if (!URL_OK(provider.privacyPolicyUrl)) found.push(`${at}.privacyPolicyUrl`);
    if (!provider.sources.length || !provider.sources.every(URL_OK)) found.push(`${at}.sources`);
  }
  return found;
};

test('every preset and provider keeps to the content types’ values, cites its sources and is written in French and English', () => {
  expect(problems()).toEqual([]);
});

test('the catalogue has at least 60 services, each id once, and names the services the issue asks for', () => {
  const ids = PRESETS.map((preset) => preset.id);
  expect(ids.length).toBeGreaterThanOrEqual(60);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of [
    'google-analytics-4',
    'google-ads',
    'google-tag-manager',
    'matomo-exempt',
    'matomo',
    'plausible',
    'piano-analytics',
    'meta-pixel',
    'linkedin-insight-tag',
    'tiktok-pixel',
    'microsoft-clarity',
    'microsoft-uet',
    'hotjar',
    'hubspot',
    'brevo-tracker',
    'mailchimp',
    'plezi',
    'leadfeeder',
    'axeptio',
    'didomi',
    'tarteaucitron',
    'youtube',
    'youtube-nocookie',
    'vimeo',
    'google-maps',
    'recaptcha',
    'hcaptcha',
    'stripe',
    'paypal',
    'crisp',
    'intercom',
    'zendesk',
    'calendly',
    'typeform',
    'cloudflare',
    'shopify',
    'wordpress',
    'strapi-admin',
  ]) {
    expect(ids).toContain(id);
  }
});

test('every provider is used by a preset', () => {
  const used = new Set(PRESETS.map((preset) => preset.provider));
  expect(Object.keys(PROVIDERS).filter((id) => !used.has(id as keyof typeof PROVIDERS))).toEqual([]);
});

test('the checks catch a broken entry (a test that cannot fail is a defect)', () => {
  const preset = PRESETS[0];
  const saved = { category: preset.category, sources: preset.sources, fr: preset.purpose.fr };
  const mutable = preset as { category: string; sources: string[]; purpose: PresetText };
  try {
    mutable.category = 'marketing';
    mutable.sources = [];
    mutable.purpose = { ...mutable.purpose, fr: 'Mesurer : les visites' };
    const tracker = preset.trackers[0] as { name: string };
    const savedName = tracker.name;
    tracker.name = '_ga<site>';
    const found = problems();
    expect(found).toContain(`presets[${preset.id}].category marketing`);
    expect(found).toContain(`presets[${preset.id}].sources: at least one https address`);
    expect(found.some((line) => line.startsWith(`presets[${preset.id}].purpose.fr: French spaces`))).toBe(true);
    expect(found).toContain(`presets[${preset.id}].trackers[0] _ga<site>: not a cookie name (RFC 6265 token)`);
    tracker.name = savedName;
  } finally {
    mutable.category = saved.category;
    mutable.sources = saved.sources;
    mutable.purpose = { ...mutable.purpose, fr: saved.fr };
  }
});

test('the README’s "Vendor presets" table is the catalogue’s (UPDATE_README=1 rewrites it)', () => {
  const file = path.join(__dirname, '..', '..', 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const start = readme.indexOf('| id | service | category |');
  const end = readme.indexOf('\n\n', start);
  expect(start).toBeGreaterThan(readme.indexOf('## Vendor presets'));
  const generated = presetsTable();
  if (process.env.UPDATE_README === '1') fs.writeFileSync(file, readme.slice(0, start) + generated + readme.slice(end));
  expect(fs.readFileSync(file, 'utf8').slice(start, start + generated.length)).toBe(generated);
  expect(PRESETS.every((preset) => generated.includes(`| \`${preset.id}\` |`))).toBe(true);
});
