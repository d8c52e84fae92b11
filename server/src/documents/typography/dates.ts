// Long dates for documents ("1er décembre 2026", "1 December 2026"), in UTC like every date the plugin prints.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * The Intl locale for a document language: British English for a bare "en" (day before month, no comma, the
 * usage of EU privacy texts); any other tag as given.
 */
const intlLocale = (locale: string): string => (locale.toLowerCase() === 'en' ? 'en-GB' : locale);

const isFrench = (locale: string): boolean => locale.toLowerCase().split(/[-_]/)[0] === 'fr';

/** The ISO date checked by hand, since `new Date('2026-02-30')` quietly gives 2 March. */
const parseIsoDate = (iso: string): Date => {
  const parts = ISO_DATE.exec(iso);
  const date = new Date(iso);
  if (parts === null || Number.isNaN(date.getTime())) {
    throw new RangeError(`"${iso}" is not an ISO 8601 date: write it as 2026-12-01 or 2026-12-01T09:30:00Z`);
  }
  const [year, month, day] = parts.slice(1).map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    throw new RangeError(`"${iso}" names a day that does not exist (${year}-${parts[2]} has no day ${parts[3]})`);
  }
  return date;
};

/**
 * The date as a document prints it: French with the ordinal "1er" for the first of the month only (the
 * Imprimerie nationale's rule: "1er décembre", "2 décembre"), English as in the United Kingdom ("1 December 2026"),
 * any other language as Intl writes a long date. Always in UTC, so a date never moves with the server's zone.
 */
export const formatLongDate = (iso: string, locale: string): string => {
  const date = parseIsoDate(iso);
  const formatter = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' });
  if (!isFrench(locale)) return formatter.format(date);
  return formatter
    .formatToParts(date)
    .map((part) => (part.type === 'day' && Number(part.value) === 1 ? '1er' : part.value))
    .join('');
};
