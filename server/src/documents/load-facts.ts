// Reads one organization's entries in one locale through the Document Service: published for the public, drafts for the preview.
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import { channelsOf } from './channels';
import { HEX_COLOR } from './email-brand';
import { readCategories } from './data-subjects';
import { ENUMS } from './enums';
import { isCountryCode, splitCountryCodes } from './regions';
import { typesetDeep, typesetterFor } from './typeset';
import { safeUrl, type UrlKind } from './urls';
import type { CookieFacts, DpoFacts, OrganizationFacts, PrivacyFacts, PurposeFacts, RecipientFacts, RetentionFacts } from './facts';

export type EntryStatus = 'published' | 'draft';

type Row = Record<string, unknown>;

/**
 * Editors' text as the documents may print it: no control characters (but line breaks and tabs) and no bidi
 * overrides or isolates, which could make a displayed sentence read differently from its characters.
 */
export const cleanText = (value: string): string =>
  // eslint-disable-next-line no-control-regex -- removing control characters is this expression's job
  value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');

const text = (row: Row, key: string): string | null => {
  const value = row[key];
  if (typeof value !== 'string') return null;
  const cleaned = cleanText(value);
  return cleaned.trim() !== '' ? cleaned : null;
};
const str = (row: Row, key: string): string => text(row, key) ?? '';
/** An address field: one whose scheme is not allowed reads as unset, in every output. */
const url = (row: Row, key: string, kind: UrlKind = 'web'): string | null => safeUrl(text(row, key)?.trim() ?? null, kind);
/** An image an e-mail loads: https only (a mail client may block or warn about http), else unset. */
const httpsUrl = (row: Row, key: string): string | null => {
  const value = url(row, key);
  return value !== null && /^https:\/\//i.test(value) ? value : null;
};
/** A colour as `#rrggbb`; any other value reads as unset. */
const hexColor = (row: Row, key: string): string | null => {
  const value = text(row, key)?.trim() ?? null;
  return value !== null && HEX_COLOR.test(value) ? value.toLowerCase() : null;
};
const int = (row: Row, key: string): number | null => (typeof row[key] === 'number' ? (row[key] as number) : null);
const bool = (row: Row, key: string): boolean => row[key] === true;
/** An enumeration's value, checked against its list (a value the list lacks reads as unset, never as a wrong type). */
const oneOf = <T extends string>(row: Row, key: string, values: readonly T[]): T | null => {
  const value = text(row, key);
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
};

const toDpo = (row: Row): DpoFacts => ({
  name: text(row, 'name'),
  company: text(row, 'company'),
  email: str(row, 'email'),
  phone: text(row, 'phone'),
  address: text(row, 'address'),
  contactFormUrl: url(row, 'contactFormUrl', 'web-or-mailto'),
});

/**
 * The further countries, as the save rule lets them in (known codes, no repeat, not the main country); a value
 * stored before the rule, or written around it, reads without its bad codes rather than failing the document.
 */
const otherCountries = (row: Row, country: string): string[] => [
  ...new Set(
    splitCountryCodes(text(row, 'otherCountries'))
      .map((code) => code.toUpperCase())
      .filter((code) => isCountryCode(code) && code !== country)
  ),
];

const toRecipient = (row: Row): RecipientFacts => {
  const country = str(row, 'country').toUpperCase();
  return {
    documentId: str(row, 'documentId'),
    // The locale's own name when an editor gave one ("Courrielia (internal teams)"), else the shared one.
    name: text(row, 'localizedName') ?? str(row, 'name'),
    category: oneOf(row, 'category', ENUMS.recipient.category) ?? 'processor',
    description: text(row, 'description'),
    country,
    otherCountries: otherCountries(row, country),
    transferSafeguard: oneOf(row, 'transferSafeguard', ENUMS.recipient.transferSafeguard),
    safeguardDetails: text(row, 'safeguardDetails'),
    jointArrangement: text(row, 'jointArrangement'),
    jointContactPoint: text(row, 'jointContactPoint'),
  };
};

const toRetention = (row: Row): RetentionFacts => ({
  documentId: str(row, 'documentId'),
  label: str(row, 'label'),
  durationValue: int(row, 'durationValue'),
  durationUnit: oneOf(row, 'durationUnit', ENUMS['retention-rule'].durationUnit),
  startsFrom: text(row, 'startsFrom'),
  criteria: text(row, 'criteria'),
  afterwards: oneOf(row, 'afterwards', ENUMS['retention-rule'].afterwards),
  legalReference: text(row, 'legalReference'),
  benchmark: oneOf(row, 'benchmark', ENUMS['retention-rule'].benchmark),
});

const toPurpose = (row: Row): PurposeFacts => ({
  documentId: str(row, 'documentId'),
  key: text(row, 'key'),
  name: str(row, 'name'),
  description: text(row, 'description'),
  legalBasis: oneOf(row, 'legalBasis', ENUMS.purpose.legalBasis) ?? 'consent',
  legitimateInterest: text(row, 'legitimateInterest'),
  dataCategories: text(row, 'dataCategories'),
  dataSubjects: text(row, 'dataSubjects'),
  dataSubjectCategories: readCategories(text(row, 'dataSubjectCategories')),
  sensitiveData: bool(row, 'sensitiveData'),
  minors: oneOf(row, 'minors', ENUMS.purpose.minors),
  sensitiveDataCondition: oneOf(row, 'sensitiveDataCondition', ENUMS.purpose.sensitiveDataCondition),
  criminalData: bool(row, 'criminalData'),
  source: oneOf(row, 'source', ENUMS.purpose.source),
  sourceDetails: text(row, 'sourceDetails'),
  requirement: oneOf(row, 'requirement', ENUMS.purpose.requirement),
  consequenceIfNotProvided: text(row, 'consequenceIfNotProvided'),
  profiling: bool(row, 'profiling'),
  profilingLogic: text(row, 'profilingLogic'),
  automatedDecision: bool(row, 'automatedDecision'),
  automatedDecisionLogic: text(row, 'automatedDecisionLogic'),
  audience: oneOf(row, 'audience', ENUMS.purpose.audience),
  consentForm: oneOf(row, 'consentForm', ENUMS.purpose.consentForm),
  // Known channels only: a value stored around the save rule loses its unknown parts rather than failing a document.
  channels: channelsOf(text(row, 'channels')),
  emailFrequency: text(row, 'emailFrequency'),
  order: int(row, 'order'),
  recipients: Array.isArray(row.recipients) ? (row.recipients as Row[]).map(toRecipient) : [],
  retention: row.retention ? toRetention(row.retention as Row) : null,
});

/** The documentId of a populated manyToOne relation, or null. */
const relatedId = (row: Row, key: string): string | null => {
  const related = row[key] as Row | null | undefined;
  return related && typeof related.documentId === 'string' ? related.documentId : null;
};

/** A cookie; `recipients` resolves an empty provider to the linked recipient's name (the one readers of this locale see). */
const toCookie = (row: Row, recipients: RecipientFacts[]): CookieFacts => {
  const recipient = relatedId(row, 'recipient');
  return {
    documentId: str(row, 'documentId'),
    name: str(row, 'name'),
    namePattern: text(row, 'namePattern'),
    provider: text(row, 'provider') ?? recipients.find((r) => r.documentId === recipient)?.name ?? '',
    recipient,
    domain: text(row, 'domain'),
    party: oneOf(row, 'party', ENUMS.cookie.party),
    storage: oneOf(row, 'storage', ENUMS.cookie.storage),
    category: oneOf(row, 'category', ENUMS.cookie.category) ?? 'necessary',
    purpose: str(row, 'purpose'),
    lifetimeValue: int(row, 'lifetimeValue'),
    lifetimeUnit: oneOf(row, 'lifetimeUnit', ENUMS.cookie.lifetimeUnit),
    extendedOnEachVisit: bool(row, 'extendedOnEachVisit'),
    statisticsRetentionMonths: int(row, 'statisticsRetentionMonths'),
  };
};

const toOrganization = (row: Row): OrganizationFacts => ({
  documentId: str(row, 'documentId'),
  name: str(row, 'name'),
  slug: str(row, 'slug'),
  tradeName: text(row, 'tradeName'),
  legalForm: text(row, 'legalForm'),
  registrationNumber: text(row, 'registrationNumber'),
  address: str(row, 'address'),
  country: (text(row, 'country') ?? 'FR').toUpperCase(),
  email: str(row, 'email'),
  phone: text(row, 'phone'),
  website: url(row, 'website'),
  rightsContactEmail: text(row, 'rightsContactEmail'),
  rightsRequestUrl: url(row, 'rightsRequestUrl', 'web-or-mailto'),
  policyUrl: url(row, 'policyUrl'),
  cookiePolicyUrl: url(row, 'cookiePolicyUrl'),
  emailLogoUrl: httpsUrl(row, 'emailLogoUrl'),
  brandColor: hexColor(row, 'brandColor'),
  euRepresentative: text(row, 'euRepresentative'),
  supervisoryAuthority: text(row, 'supervisoryAuthority'),
  securityMeasures: text(row, 'securityMeasures'),
  digitalConsentAge: ((age) => (age !== null && age >= 13 && age <= 16 ? age : null))(int(row, 'digitalConsentAge')),
  dpo: row.dpo ? toDpo(row.dpo as Row) : null,
});

const latest = (rows: Row[]): string | null =>
  rows.reduce<string | null>((max, row) => {
    const value = (row.publishedAt ?? row.updatedAt) as string | Date | null | undefined;
    if (!value) return max;
    const iso = new Date(value).toISOString();
    return max === null || iso > max ? iso : max;
  }, null);

/**
 * Sorted here, not by the database: SQLite compares bytes, MariaDB ignores case and PostgreSQL follows its collation,
 * so the same entries would come out in three orders (and three documents). Code-unit order, then the documentId.
 */
const byCodeUnits =
  <T extends { documentId: string }>(key: (item: T) => string) =>
  (a: T, b: T): number => {
    const [x, y] = [key(a), key(b)];
    if (x !== y) return x < y ? -1 : 1;
    return a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0;
  };

const byOrderThenName = (a: PurposeFacts, b: PurposeFacts): number => (a.order ?? 0) - (b.order ?? 0) || a.name.localeCompare(b.name);

/** Finds the organization by slug; null when it has no entry in this locale and status. */
export const findOrganizationRow = async (strapi: Core.Strapi, slug: string, locale: string, status: EntryStatus): Promise<Row | null> =>
  (await strapi.documents(UID.organization).findFirst({
    locale,
    status,
    filters: { slug },
    populate: ['dpo'],
  })) as Row | null;

/** Every fact one organization's documents need, in one locale; null when the organization is not there. */
export const loadFacts = async (
  strapi: Core.Strapi,
  { slug, locale, status }: { slug: string; locale: string; status: EntryStatus }
): Promise<PrivacyFacts | null> => {
  const orgRow = await findOrganizationRow(strapi, slug, locale, status);
  if (!orgRow) return null;
  const ofOrganization = { organization: { documentId: orgRow.documentId as string } };
  const [purposeRows, recipientRows, retentionRows, cookieRows] = (await Promise.all([
    strapi.documents(UID.purpose).findMany({ locale, status, filters: ofOrganization, populate: ['recipients', 'retention'] }),
    strapi.documents(UID.recipient).findMany({ locale, status, filters: ofOrganization }),
    strapi.documents(UID.retentionRule).findMany({ locale, status, filters: ofOrganization }),
    strapi.documents(UID.cookie).findMany({ locale, status, filters: ofOrganization, populate: ['recipient'] }),
  ])) as [Row[], Row[], Row[], Row[]];
  const dpoRows = orgRow.dpo ? [orgRow.dpo as Row] : [];
  // An agency may share a recipient between its organizations: one that a purpose or a cookie links to is disclosed
  // like the organization's own, wherever it is kept.
  const linkedRows = [
    ...purposeRows.flatMap((row) => (Array.isArray(row.recipients) ? (row.recipients as Row[]) : [])),
    ...cookieRows.map((row) => row.recipient as Row | null | undefined).filter((row): row is Row => !!row),
  ];
  const recipientRowsById = new Map<string, Row>();
  for (const row of [...recipientRows, ...linkedRows]) {
    const id = row.documentId as string;
    if (!recipientRowsById.has(id)) recipientRowsById.set(id, row);
  }
  const allRecipientRows = [...recipientRowsById.values()];
  const recipients = allRecipientRows.map(toRecipient).sort(byCodeUnits((r) => r.name));
  // Editors' text is typeset like ours (French spaces before : ; ! ?), once, wherever it is printed.
  const typed: Omit<PrivacyFacts, 'lastChangedAt'> = typesetDeep(
    {
      locale,
      organization: toOrganization(orgRow),
      purposes: purposeRows.map(toPurpose).sort(byOrderThenName),
      recipients,
      retentionRules: retentionRows.map(toRetention).sort(byCodeUnits((r) => r.label)),
      cookies: cookieRows.map((row) => toCookie(row, recipients)).sort(byCodeUnits((c) => c.name)),
    },
    typesetterFor(locale)
  );
  return { ...typed, lastChangedAt: latest([orgRow, ...dpoRows, ...purposeRows, ...allRecipientRows, ...retentionRows, ...cookieRows]) };
};
