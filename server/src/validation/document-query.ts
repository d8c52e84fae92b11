// Checks a public document request's query (organization, locale, format) and says what is allowed when it is wrong.
import { errors } from '@strapi/utils';
import type { DocumentKind } from '../documents/model';

export type DocumentFormat = 'json' | 'html' | 'markdown' | 'text' | 'jsonld';

export const FORMATS: Record<DocumentKind, readonly DocumentFormat[]> = {
  'privacy-policy': ['json', 'html', 'markdown', 'text', 'jsonld'],
  'cookie-policy': ['json', 'html', 'markdown', 'text'],
};

export interface DocumentQuery {
  organization?: string;
  locale?: string;
  format: DocumentFormat;
}

const KNOWN_PARAMETERS = ['organization', 'locale', 'format'];
const SLUG = /^[A-Za-z0-9._~-]{1,255}$/;
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const fail = (parameter: string, message: string, value: unknown): never => {
  throw new errors.ValidationError(message, {
    errors: [{ path: [parameter], message, name: 'ValidationError', value: typeof value === 'string' ? value.slice(0, 100) : null }],
  });
};

/** One string per parameter: a repeated parameter or a bracketed object (?a[$ne]=x) is refused, not guessed at. */
const single = (query: Record<string, unknown>, parameter: string): string | undefined => {
  const value = query[parameter];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    return fail(parameter, `${parameter} must be given once, as a plain string`, value);
  }
  if (value.includes('\u0000')) return fail(parameter, `${parameter} must not contain a NUL character`, value);
  return value;
};

export const parseDocumentQuery = (kind: DocumentKind, query: Record<string, unknown>, extra: string[] = []): DocumentQuery => {
  const known = [...KNOWN_PARAMETERS, ...extra];
  const unknown = Object.keys(query).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    fail(unknown[0], `unknown parameter '${unknown[0].slice(0, 50)}': allowed parameters are ${known.join(', ')}`, null);
  }
  const organization = single(query, 'organization');
  if (organization !== undefined && !SLUG.test(organization)) {
    fail('organization', "organization must be an organization's slug (letters, digits, '-', '_', '.', '~'; at most 255)", organization);
  }
  const locale = single(query, 'locale');
  if (locale !== undefined && !LOCALE.test(locale)) {
    fail('locale', 'locale must be a locale code such as fr or en', locale);
  }
  const format = single(query, 'format') ?? 'json';
  const formats = FORMATS[kind];
  if (!formats.includes(format as DocumentFormat)) {
    fail('format', `format must be one of ${formats.join(', ')}`, format);
  }
  return { organization, locale, format: format as DocumentFormat };
};
