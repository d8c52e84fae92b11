// Rights requests and breaches as the registers read them (plain data), each with its clock computed, never stored.
import type { EnumOf } from '../documents/enums';
import { ENUMS } from '../documents/enums';
import { cleanText } from '../documents/load-facts';
import { breachClock, requestClock, type BreachClock, type RequestClock } from './deadlines';

export type RequestKind = EnumOf<'rights-request', 'kind'>;
export type RequestStatus = EnumOf<'rights-request', 'status'>;
export type RiskLevel = EnumOf<'breach', 'riskLevel'>;

export interface RightsRequestRecord {
  documentId: string;
  organization: string;
  kind: RequestKind;
  receivedAt: string;
  channel: EnumOf<'rights-request', 'channel'>;
  requester: string;
  language: string | null;
  dataSubjectCategories: string | null;
  identityCheckRequestedAt: string | null;
  identityCheckReason: string | null;
  identityVerifiedAt: string | null;
  extensionReason: string | null;
  extensionNotifiedAt: string | null;
  status: RequestStatus;
  answeredAt: string | null;
  outcome: EnumOf<'rights-request', 'outcome'> | null;
  refusalReasons: string | null;
  notes: string | null;
  remindedAt: string | null;
}

export interface BreachRecord {
  documentId: string;
  organization: string;
  title: string;
  description: string | null;
  awareAt: string;
  occurredFrom: string | null;
  occurredTo: string | null;
  confidentiality: boolean;
  integrity: boolean;
  availability: boolean;
  dataCategories: string | null;
  peopleCount: number | null;
  recordsCount: number | null;
  consequences: string | null;
  measuresTaken: string | null;
  measuresProposed: string | null;
  dpoContact: string | null;
  riskLevel: RiskLevel;
  notifiedAuthorityAt: string | null;
  authorityReference: string | null;
  notificationCompletedAt: string | null;
  peopleInformedAt: string | null;
  lateNotificationReasons: string | null;
  notes: string | null;
  remindedAt: string | null;
}

export type RightsRequestView = RightsRequestRecord & { clock: RequestClock };
export type BreachView = BreachRecord & { clock: BreachClock };

type Row = Record<string, unknown>;

const text = (row: Row, key: string): string | null => {
  const value = row[key];
  if (typeof value !== 'string') return null;
  const cleaned = cleanText(value);
  return cleaned.trim() === '' ? null : cleaned;
};
const instant = (row: Row, key: string): string | null => {
  const value = row[key];
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value as string | Date);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};
const int = (row: Row, key: string): number | null => (typeof row[key] === 'number' ? (row[key] as number) : null);
/** MariaDB hands booleans back as 0 and 1. */
const bool = (row: Row, key: string): boolean => row[key] === true || row[key] === 1;
const oneOf = <T extends string>(row: Row, key: string, values: readonly T[]): T | null => {
  const value = row[key];
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;
};

export const toRightsRequest = (row: Row): RightsRequestRecord => ({
  documentId: String(row.documentId ?? ''),
  organization: String(row.organization ?? ''),
  kind: oneOf(row, 'kind', ENUMS['rights-request'].kind) ?? 'access',
  receivedAt: instant(row, 'receivedAt') ?? new Date(0).toISOString(),
  channel: oneOf(row, 'channel', ENUMS['rights-request'].channel) ?? 'other',
  requester: text(row, 'requester') ?? '',
  language: text(row, 'language'),
  dataSubjectCategories: text(row, 'dataSubjectCategories'),
  identityCheckRequestedAt: instant(row, 'identityCheckRequestedAt'),
  identityCheckReason: text(row, 'identityCheckReason'),
  identityVerifiedAt: instant(row, 'identityVerifiedAt'),
  extensionReason: text(row, 'extensionReason'),
  extensionNotifiedAt: instant(row, 'extensionNotifiedAt'),
  status: oneOf(row, 'status', ENUMS['rights-request'].status) ?? 'received',
  answeredAt: instant(row, 'answeredAt'),
  outcome: oneOf(row, 'outcome', ENUMS['rights-request'].outcome),
  refusalReasons: text(row, 'refusalReasons'),
  notes: text(row, 'notes'),
  remindedAt: instant(row, 'remindedAt'),
});

export const toBreach = (row: Row): BreachRecord => ({
  documentId: String(row.documentId ?? ''),
  organization: String(row.organization ?? ''),
  title: text(row, 'title') ?? '',
  description: text(row, 'description'),
  awareAt: instant(row, 'awareAt') ?? new Date(0).toISOString(),
  occurredFrom: instant(row, 'occurredFrom'),
  occurredTo: instant(row, 'occurredTo'),
  confidentiality: bool(row, 'confidentiality'),
  integrity: bool(row, 'integrity'),
  availability: bool(row, 'availability'),
  dataCategories: text(row, 'dataCategories'),
  peopleCount: int(row, 'peopleCount'),
  recordsCount: int(row, 'recordsCount'),
  consequences: text(row, 'consequences'),
  measuresTaken: text(row, 'measuresTaken'),
  measuresProposed: text(row, 'measuresProposed'),
  dpoContact: text(row, 'dpoContact'),
  riskLevel: oneOf(row, 'riskLevel', ENUMS.breach.riskLevel) ?? 'risk',
  notifiedAuthorityAt: instant(row, 'notifiedAuthorityAt'),
  authorityReference: text(row, 'authorityReference'),
  notificationCompletedAt: instant(row, 'notificationCompletedAt'),
  peopleInformedAt: instant(row, 'peopleInformedAt'),
  lateNotificationReasons: text(row, 'lateNotificationReasons'),
  notes: text(row, 'notes'),
  remindedAt: instant(row, 'remindedAt'),
});

const date = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

export const viewRightsRequest = (record: RightsRequestRecord, now: Date): RightsRequestView => ({
  ...record,
  clock: requestClock(
    {
      receivedAt: new Date(record.receivedAt),
      extensionNotifiedAt: date(record.extensionNotifiedAt),
      // A refused or withdrawn request is closed: its clock stops at the answer (a refusal is an answer, Art. 12(4)).
      answeredAt: date(record.answeredAt) ?? (record.status === 'withdrawn' ? new Date(record.receivedAt) : null),
    },
    now
  ),
});

export const viewBreach = (record: BreachRecord, now: Date): BreachView => ({
  ...record,
  clock: breachClock(
    { awareAt: new Date(record.awareAt), notifiedAuthorityAt: date(record.notifiedAuthorityAt), riskLevel: record.riskLevel },
    now
  ),
});
