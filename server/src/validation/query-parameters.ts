// Checks a public request's query (organization, locale, format and the route's own options) and says what is allowed when it is wrong.
import { errors } from '@strapi/utils';
import { BANNER_FORMATS } from '../consent/cookie-banner';
import { ESPS } from '../consent/esp';
import { DATA_SUBJECT_CATEGORIES } from '../documents/data-subjects';
import type { DocumentFormat } from '../documents/formats';
import { DOCUMENT_KINDS, formatsOf, kindSpec, type DocumentKind } from '../documents/kinds';

export interface QuerySpec<Format extends string = DocumentFormat> {
  formats: readonly Format[];
  /** Other parameters with their allowed values and default (none: the parameter is left out of `options` when absent). */
  options?: Record<string, { values: readonly string[]; default?: string }>;
  /** Accepts ?version=N (a frozen version of the document). */
  versioned?: boolean;
}

export interface DocumentQuery<Format extends string = DocumentFormat> {
  organization?: string;
  locale?: string;
  format: Format;
  options: Record<string, string>;
  version?: number;
}

/** ?audience=<category>: the policy for one category of data subjects (no default: the policy for the public). */
export const AUDIENCE_OPTION = { audience: { values: DATA_SUBJECT_CATEGORIES } };

/** A generated document: its kind's formats (json first, the default), ?version=N, and ?audience= for a kind that has audiences. */
export const documentQuerySpec = (kind: DocumentKind): QuerySpec => ({
  formats: formatsOf(kind),
  versioned: true,
  ...(kindSpec(kind).audiences ? { options: AUDIENCE_OPTION } : {}),
});

const ESP_OPTION = { esp: { values: ESPS, default: ESPS[0] } };
/** The consent copy kit (REST, admin and GraphQL alike). */
export const CONSENT_COPY_QUERY: QuerySpec<'json'> = { formats: ['json'], options: ESP_OPTION };
/** One e-mail: as JSON, or its HTML or text part alone. */
export const CONSENT_EMAIL_QUERY: QuerySpec<'json' | 'html' | 'text'> = { formats: ['json', 'html', 'text'], options: ESP_OPTION };
/** The `locale` value that lists the version history of every locale (the default is Strapi's default locale). */
export const ALL_LOCALES = 'all';
/** The version history (REST, admin and GraphQL alike). */
export const VERSIONS_QUERY: QuerySpec<'json'> = {
  formats: ['json'],
  options: { kind: { values: ['all', ...DOCUMENT_KINDS], default: 'all' } },
};
/** ?consentMode=google: the answer carries Google Consent Mode v2 (no default: without it, none). */
export const CONSENT_MODE_OPTION = { consentMode: { values: ['google'] } };
/** A consent-banner configuration: `format` names the banner library; the answer is always JSON. */
export const COOKIE_BANNER_QUERY: QuerySpec<(typeof BANNER_FORMATS)[number]> = { formats: BANNER_FORMATS, options: CONSENT_MODE_OPTION };
const VERSION = /^[1-9][0-9]{0,8}$/;

const COMMON_PARAMETERS = ['organization', 'locale', 'format'];
const SLUG = /^[A-Za-z0-9._~-]{1,255}$/;
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const invalidParameter = (parameter: string, message: string, value: unknown = null): errors.ValidationError =>
  new errors.ValidationError(message, {
    errors: [{ path: [parameter], message, name: 'ValidationError', value: typeof value === 'string' ? value.slice(0, 100) : null }],
  });

/** One string per parameter: a repeated parameter or a bracketed object (?a[$ne]=x) is refused, not guessed at. */
const single = (query: Record<string, unknown>, parameter: string): string | undefined => {
  const value = query[parameter];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidParameter(parameter, `${parameter} must be given once, as a plain string`);
  if (value.includes('\u0000')) throw invalidParameter(parameter, `${parameter} must not contain a NUL character`);
  return value;
};

const oneOf = (parameter: string, value: string, allowed: readonly string[]): string => {
  if (!allowed.includes(value)) throw invalidParameter(parameter, `${parameter} must be one of ${allowed.join(', ')}`, value);
  return value;
};

/**
 * The parameter names as the client wrote them. The parsed query hides some (qs drops `__proto__` and folds
 * `a[b]=c` into objects), so the raw string is checked too: every name must be a known one, given once.
 */
const rawParameterNames = (querystring: string): string[] => {
  const names: string[] = [];
  for (const pair of querystring.split('&')) {
    if (pair === '') continue;
    const rawName = pair.split('=')[0].replace(/\+/g, ' ');
    let name: string;
    try {
      name = decodeURIComponent(rawName);
    } catch {
      throw invalidParameter(rawName.slice(0, 50), `parameter name '${rawName.slice(0, 50)}' is not valid percent-encoded UTF-8`);
    }
    names.push(name);
  }
  return names;
};

export const parseDocumentQuery = <Format extends string>(
  spec: QuerySpec<Format>,
  query: Record<string, unknown>,
  querystring?: string
): DocumentQuery<Format> => {
  const known = [...COMMON_PARAMETERS, ...Object.keys(spec.options ?? {}), ...(spec.versioned ? ['version'] : [])];
  const names = querystring === undefined ? Object.keys(query) : rawParameterNames(querystring);
  const unknown = names.find((key) => !known.includes(key)) ?? Object.keys(query).find((key) => !known.includes(key));
  if (unknown !== undefined) {
    throw invalidParameter(unknown.slice(0, 50), `unknown parameter '${unknown.slice(0, 50)}': allowed parameters are ${known.join(', ')}`);
  }
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw invalidParameter(repeated, `${repeated} must be given once, as a plain string`);
  const organization = single(query, 'organization');
  if (organization !== undefined && !SLUG.test(organization)) {
    throw invalidParameter(
      'organization',
      "organization must be an organization's slug (letters, digits, '-', '_', '.', '~'; at most 255)",
      organization
    );
  }
  const locale = single(query, 'locale');
  if (locale !== undefined && !LOCALE.test(locale)) {
    throw invalidParameter('locale', 'locale must be a locale code such as fr or en', locale);
  }
  const format = oneOf('format', single(query, 'format') ?? spec.formats[0], spec.formats) as Format;
  const options: Record<string, string> = {};
  for (const [name, option] of Object.entries(spec.options ?? {})) {
    const value = single(query, name) ?? option.default;
    if (value !== undefined) options[name] = oneOf(name, value, option.values);
  }
  const version = spec.versioned ? single(query, 'version') : undefined;
  if (version !== undefined && !VERSION.test(version)) {
    throw invalidParameter('version', 'version must be a version number (1, 2, 3…)', version);
  }
  if (version !== undefined && options.audience !== undefined) {
    throw invalidParameter(
      'version',
      'version cannot be combined with audience: a policy for an audience is served as published now and has no versions; leave out version, or audience for the versioned public policy',
      version
    );
  }
  return { organization, locale, format, options, ...(version !== undefined ? { version: Number(version) } : {}) };
};
