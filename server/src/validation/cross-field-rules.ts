// Cross-field rules of the data model (docs/data-model.md) that a single field's schema cannot express, as pure functions of one entry.
import { RESERVED_KEYS } from '../consent/cookie-banner';
import { CHANNELS, CHANNELS_PATTERN, splitChannels } from '../documents/channels';
import {
  DATA_SUBJECT_CATEGORIES,
  DATA_SUBJECT_CATEGORIES_FORMAT,
  isDataSubjectCategory,
  splitCategories,
} from '../documents/data-subjects';
import { EMAIL_LOGO_URL_MAX_LENGTH, HEX_COLOR } from '../documents/email-brand';
import { isCountryCode, splitCountryCodes } from '../documents/regions';
import { UID } from '../uids';

export interface FieldProblem {
  /** The attribute to fix, as the Content Manager names it. */
  path: string;
  /** What is wrong, the article it breaks, and the fix. */
  message: string;
}

type Entry = Record<string, unknown>;

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A purpose key: the schema's regex and maxLength, repeated because drafts skip them (a unit test keeps them equal). */
export const PURPOSE_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PURPOSE_KEY_MAX_LENGTH = 64;

/** A purpose's channels: the schema's regex, repeated because drafts skip it (a unit test keeps them equal). */
export const PURPOSE_CHANNELS = CHANNELS_PATTERN;

const CHANNELS_CITED = '(CPCE L34-5; Code de la consommation L223-1)';

const channelsProblem = (value: unknown): FieldProblem | null => {
  if (isBlank(value)) return null;
  const written = JSON.stringify(String(value).slice(0, 80));
  if (typeof value !== 'string' || !PURPOSE_CHANNELS.test(value)) {
    return {
      path: 'channels',
      message: `channels ${written} is not a list of channels: write ${CHANNELS.join(', ')}, in lower case, separated by commas, e.g. 'email, phone' ${CHANNELS_CITED}`,
    };
  }
  const named = splitChannels(value);
  const repeated = named.filter((channel, index) => named.indexOf(channel) !== index);
  if (repeated.length > 0) {
    return { path: 'channels', message: `channels ${written} names '${repeated[0]}' twice: give each channel once` };
  }
  return null;
};

const CATEGORIES_ALLOWED = `allowed categories are ${DATA_SUBJECT_CATEGORIES.join(', ')}`;

/** The categories of data subjects: known ones, separated by commas, each once (GDPR Art. 30(1)(c)). */
const dataSubjectCategoriesProblem = (value: unknown): FieldProblem | null => {
  if (isBlank(value)) return null;
  const written = JSON.stringify(String(value).slice(0, 80));
  if (typeof value !== 'string' || !DATA_SUBJECT_CATEGORIES_FORMAT.test(value)) {
    const unknown = typeof value === 'string' ? splitCategories(value).filter((part) => !isDataSubjectCategory(part)) : [];
    const which = unknown.length ? `: ${unknown.map((part) => JSON.stringify(part.slice(0, 40))).join(', ')} is not a category` : '';
    return {
      path: 'dataSubjectCategories',
      message: `dataSubjectCategories ${written} is not a list of categories${which}; write categories separated by commas, e.g. 'customers, prospects'; ${CATEGORIES_ALLOWED} (GDPR Art. 30(1)(c))`,
    };
  }
  const parts = splitCategories(value);
  const repeated = parts.find((part, index) => parts.indexOf(part) !== index);
  if (repeated !== undefined) {
    return {
      path: 'dataSubjectCategories',
      message: `dataSubjectCategories ${written} names '${repeated}' twice: give each category once`,
    };
  }
  return null;
};

const purposeRules = (entry: Entry): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const categoriesProblem = dataSubjectCategoriesProblem(entry.dataSubjectCategories);
  if (categoriesProblem) problems.push(categoriesProblem);
  if (!isBlank(entry.key) && (typeof entry.key !== 'string' || entry.key.length > PURPOSE_KEY_MAX_LENGTH || !PURPOSE_KEY.test(entry.key))) {
    problems.push({
      path: 'key',
      message: `key ${JSON.stringify(String(entry.key).slice(0, 80))} is not a purpose key: use up to ${PURPOSE_KEY_MAX_LENGTH} lowercase letters, digits and single hyphens, e.g. 'newsletter' or 'b2b-prospecting'`,
    });
  }
  const channels = channelsProblem(entry.channels);
  if (channels) problems.push(channels);
  if (entry.legalBasis === 'legitimate-interests' && isBlank(entry.legitimateInterest)) {
    problems.push({
      path: 'legitimateInterest',
      message: "legitimateInterest is empty but legalBasis is 'legitimate-interests': describe the interest pursued (GDPR Art. 13(1)(d))",
    });
  }
  const source = entry.source ?? 'data-subject';
  if (source !== 'data-subject' && isBlank(entry.sourceDetails)) {
    problems.push({
      path: 'sourceDetails',
      message: `sourceDetails is empty but source is '${String(source)}': say where the data comes from (GDPR Art. 14(2)(f))`,
    });
  }
  if (entry.automatedDecision === true && isBlank(entry.automatedDecisionLogic)) {
    problems.push({
      path: 'automatedDecisionLogic',
      message: 'automatedDecisionLogic is empty but automatedDecision is on: explain the logic and its consequences (GDPR Art. 13(2)(f))',
    });
  }
  return problems;
};

const retentionRules = (entry: Entry): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const hasValue = !isBlank(entry.durationValue);
  const hasUnit = !isBlank(entry.durationUnit);
  if (hasValue && !hasUnit) {
    problems.push({
      path: 'durationUnit',
      message: 'durationUnit is empty but durationValue is set: choose days, months or years (GDPR Art. 13(2)(a))',
    });
  }
  if (hasUnit && !hasValue) {
    problems.push({
      path: 'durationValue',
      message: 'durationValue is empty but durationUnit is set: give the number, or clear the unit (GDPR Art. 13(2)(a))',
    });
  }
  if (!hasValue && !hasUnit && isBlank(entry.criteria)) {
    problems.push({
      path: 'criteria',
      message: 'criteria is empty and there is no duration: give a duration, or the criteria that set it (GDPR Art. 13(2)(a))',
    });
  }
  return problems;
};

/** RFC 6265 §4.1.1: a cookie-name is an RFC 2616 token, any visible ASCII character but the separators. */
const COOKIE_NAME_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const cookieNameProblem = (name: unknown): FieldProblem | null => {
  if (typeof name !== 'string' || name === '') return null; // required-ness is the schema's
  if (!COOKIE_NAME_TOKEN.test(name)) {
    return {
      path: 'name',
      message: `name ${JSON.stringify(name.slice(0, 80))} is not a cookie name: use the name the browser stores, letters, digits and ! # $ % & ' * + - . ^ _ \` | ~ only, no spaces, quotes, brackets, commas, semicolons or = (RFC 6265 §4.1.1)`,
    };
  }
  if (RESERVED_KEYS.has(name.toLowerCase())) {
    return {
      path: 'name',
      message: `name '${name}' is reserved: banner libraries key their consent state by cookie name, and '${name}' would reach an object's prototype; use the name the browser stores`,
    };
  }
  return null;
};

/** A name pattern: cookie-name characters with at least one `*`; the schema's regex, repeated because drafts skip it (a unit test keeps them equal). */
export const COOKIE_NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*\*[!#$%&'*+\-.^_`|~0-9A-Za-z*]*$/;

const cookieRules = (entry: Entry): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const nameProblem = cookieNameProblem(entry.name);
  if (nameProblem) problems.push(nameProblem);
  if (!isBlank(entry.namePattern) && (typeof entry.namePattern !== 'string' || !COOKIE_NAME_PATTERN.test(entry.namePattern))) {
    problems.push({
      path: 'namePattern',
      message: `namePattern ${JSON.stringify(String(entry.namePattern).slice(0, 80))} is not a name pattern: write the names the tracker takes with * for the varying part, e.g. '_ga_*', cookie-name characters only (RFC 6265 §4.1.1; CNIL 2020 guidelines)`,
    });
  }
  const months = entry.statisticsRetentionMonths;
  if (!isBlank(months) && !(typeof months === 'number' && Number.isInteger(months) && months >= 1)) {
    problems.push({
      path: 'statisticsRetentionMonths',
      message: `statisticsRetentionMonths ${JSON.stringify(String(months).slice(0, 20))} is not a number of months: give a whole number from 1, e.g. 25 (CNIL audience-measurement conditions)`,
    });
  }
  const unit = entry.lifetimeUnit;
  if (!isBlank(unit) && unit !== 'session' && isBlank(entry.lifetimeValue)) {
    problems.push({
      path: 'lifetimeValue',
      message: `lifetimeValue is empty but lifetimeUnit is '${String(unit)}': give the cookie's lifetime (CNIL cookie guidelines)`,
    });
  }
  if (!isBlank(entry.lifetimeValue) && isBlank(unit)) {
    problems.push({
      path: 'lifetimeUnit',
      message: 'lifetimeUnit is empty but lifetimeValue is set: choose session, days, months or years (CNIL cookie guidelines)',
    });
  }
  return problems;
};

/** A value quoted in a message, cut short. */
const shown = (value: unknown): string => JSON.stringify(String(value).slice(0, 80));

/** A recipient's further countries: the schema's regex, repeated because drafts skip it (a unit test keeps them equal). */
export const OTHER_COUNTRIES = /^[A-Z]{2}(, ?[A-Z]{2})*$/;

const DPF = 'eu-us-data-privacy-framework';

const otherCountriesProblem = (value: unknown, country: unknown): FieldProblem | null => {
  if (isBlank(value)) return null;
  const written = shown(value);
  if (typeof value !== 'string' || !OTHER_COUNTRIES.test(value)) {
    return {
      path: 'otherCountries',
      message: `otherCountries ${written} is not a list of country codes: write two-letter ISO 3166-1 codes in capitals, separated by commas, e.g. 'DE, US' (GDPR Art. 13(1)(f), 30(1)(e))`,
    };
  }
  const codes = splitCountryCodes(value);
  const unknown = codes.filter((code) => !isCountryCode(code));
  if (unknown.length > 0) {
    return {
      path: 'otherCountries',
      message: `otherCountries ${written}: ${unknown.map((code) => `'${code}'`).join(', ')} is not an ISO 3166-1 alpha-2 country code: use the country's official code, e.g. 'GB' for the United Kingdom (GDPR Art. 13(1)(f), 30(1)(e))`,
    };
  }
  const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
  if (repeated.length > 0) {
    return {
      path: 'otherCountries',
      message: `otherCountries ${written} names '${repeated[0]}' twice: give each country once`,
    };
  }
  if (typeof country === 'string' && codes.includes(country)) {
    return {
      path: 'otherCountries',
      message: `otherCountries ${written} repeats country '${country}': list only the countries besides the main one`,
    };
  }
  return null;
};

/** The recipient's countries as written: `country`, then the codes of `otherCountries` (checked or not). */
const countriesWritten = (entry: Entry): string[] =>
  [entry.country, ...(typeof entry.otherCountries === 'string' ? splitCountryCodes(entry.otherCountries) : [])].filter(
    (country): country is string => typeof country === 'string' && country !== ''
  );

const recipientRules = (entry: Entry): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const countryProblem = otherCountriesProblem(entry.otherCountries, entry.country);
  if (countryProblem) problems.push(countryProblem);
  const countries = countriesWritten(entry);
  // The 2023 decision finds adequate only the US organisations on the DPF List: no other country, no transfer there.
  if (entry.transferSafeguard === DPF && !countries.includes('US')) {
    const written = countries.map((country) => `'${country}'`).join(', ') || 'not given';
    problems.push({
      path: 'transferSafeguard',
      message: `transferSafeguard '${DPF}' needs the recipient to process data in the United States, but its countries are ${written}: the adequacy decision covers only US organisations certified under the Data Privacy Framework (GDPR Art. 45; Commission Implementing Decision (EU) 2023/1795); set country or otherCountries to 'US', or choose another safeguard`,
    });
  }
  return problems;
};

/** The e-mail branding: optional, but when set an https image address and a #rrggbb colour (drafts skip the schema's checks). */
const organizationRules = (entry: Entry): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const age = entry.digitalConsentAge;
  if (!isBlank(age) && !(typeof age === 'number' && Number.isInteger(age) && age >= 13 && age <= 16)) {
    problems.push({
      path: 'digitalConsentAge',
      message: `digitalConsentAge ${JSON.stringify(String(age).slice(0, 20))} is not an age of digital consent: give a whole number from 13 to 16, as your country's law sets it, or leave it empty for 15 in France and 16 elsewhere (GDPR Art. 8(1))`,
    });
  }
  const logo = entry.emailLogoUrl;
  if (!isBlank(logo)) {
    const value = typeof logo === 'string' ? logo.trim() : '';
    if (value.length > EMAIL_LOGO_URL_MAX_LENGTH) {
      problems.push({
        path: 'emailLogoUrl',
        message: `emailLogoUrl is longer than ${EMAIL_LOGO_URL_MAX_LENGTH} characters: give a shorter https:// address of the logo image`,
      });
    } else if (!/^https:\/\/[^/\s]/i.test(value) || !URL.canParse(value)) {
      problems.push({
        path: 'emailLogoUrl',
        message: `emailLogoUrl ${shown(logo)} is not an https:// address: give the full https:// address of the logo image (e-mail clients block or flag images over plain http), or leave it empty`,
      });
    }
  }
  const color = entry.brandColor;
  if (!isBlank(color) && (typeof color !== 'string' || !HEX_COLOR.test(color))) {
    problems.push({
      path: 'brandColor',
      message: `brandColor ${shown(color)} is not a colour written #rrggbb: use # and six hexadecimal digits, e.g. #0b7a75, or leave it empty`,
    });
  }
  return problems;
};

const rulesByUid: Record<string, (entry: Entry) => FieldProblem[]> = {
  [UID.organization]: organizationRules,
  [UID.purpose]: purposeRules,
  [UID.recipient]: recipientRules,
  [UID.retentionRule]: retentionRules,
  [UID.cookie]: cookieRules,
};

/** Every cross-field problem of one entry, as it will be once saved. */
export const crossFieldProblems = (uid: string, entry: Entry): FieldProblem[] => rulesByUid[uid]?.(entry) ?? [];

export const hasCrossFieldRules = (uid: string): boolean => uid in rulesByUid;
