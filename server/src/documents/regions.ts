// Where the GDPR applies without a transfer safeguard: the EU member states and the three other EEA states.
import { formatLongDate } from './typography';

export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

export const isInEea = (country: string): boolean => EEA_COUNTRIES.has(country.toUpperCase());

/** The country's name in the reader's language ("États-Unis", "United States"); the code itself if unknown. */
export const countryName = (code: string, locale: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
};

/** A date written out in the reader's language: "1er décembre 2026", "1 December 2026" (see typography/dates.ts). */
export { formatLongDate as formatDate };

/** A calendar day (`YYYY-MM-DD`, already in the right time zone) in a language's long form ("1er décembre 2026"). */
export const formatDay = (day: string, locale: string): string => formatLongDate(`${day}T12:00:00Z`, locale);
