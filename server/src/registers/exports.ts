// Both registers as tables (one row per entry, computed deadlines included), then as CSV (csv-stringify) or XLSX (exceljs).
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Translate } from '../documents/translator';
import { neutralizeFormula } from '../report/record-of-processing';
import { parisDate } from './deadlines';
import type { BreachView, RightsRequestView } from './records';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const REQUEST_COLUMNS = [
  'reference',
  'kind',
  'receivedOn',
  'channel',
  'requester',
  'status',
  'identityCheckRequestedAt',
  'identityVerifiedAt',
  'extended',
  'dueOn',
  'daysLeft',
  'overdue',
  'answeredOn',
  'answeredLate',
  'outcome',
  'refusalReasons',
] as const;

export const BREACH_COLUMNS = [
  'reference',
  'title',
  'awareAt',
  'deadline',
  'occurredFrom',
  'occurredTo',
  'nature',
  'dataCategories',
  'peopleCount',
  'recordsCount',
  'consequences',
  'measuresTaken',
  'riskLevel',
  'notifiedAuthorityAt',
  'authorityReference',
  'notificationCompletedAt',
  'late',
  'lateNotificationReasons',
  'peopleInformedAt',
] as const;

export interface RegisterTable {
  /** Column keys, for JSON readers. */
  keys: readonly string[];
  /** Column headers in the export's language. */
  headers: string[];
  rows: string[][];
}

const day = (iso: string | null): string => (iso ? parisDate(new Date(iso)) : '');
const instant = (iso: string | null): string => iso ?? '';
const yesNo = (t: Translate, value: boolean | null): string => (value === null ? '' : t(value ? 'exports.yes' : 'exports.no'));

export const requestTable = (t: Translate, requests: RightsRequestView[]): RegisterTable => ({
  keys: REQUEST_COLUMNS,
  headers: REQUEST_COLUMNS.map((column) => t(`exports.requests.${column}`)),
  rows: requests.map((r) => [
    r.documentId,
    r.kind,
    r.clock.receivedOn,
    r.channel,
    r.requester,
    r.status,
    day(r.identityCheckRequestedAt),
    day(r.identityVerifiedAt),
    yesNo(t, r.clock.extended),
    r.clock.dueOn,
    r.clock.state === 'answered' ? '' : String(r.clock.daysLeft),
    yesNo(t, r.clock.overdue),
    day(r.answeredAt),
    yesNo(t, r.clock.answeredLate),
    r.outcome ?? '',
    r.refusalReasons ?? '',
  ]),
});

export const breachTable = (t: Translate, breaches: BreachView[]): RegisterTable => ({
  keys: BREACH_COLUMNS,
  headers: BREACH_COLUMNS.map((column) => t(`exports.breaches.${column}`)),
  rows: breaches.map((b) => [
    b.documentId,
    b.title,
    instant(b.awareAt),
    b.clock.deadline,
    instant(b.occurredFrom),
    instant(b.occurredTo),
    (['confidentiality', 'integrity', 'availability'] as const).filter((nature) => b[nature]).join(', '),
    b.dataCategories ?? '',
    b.peopleCount === null ? '' : String(b.peopleCount),
    b.recordsCount === null ? '' : String(b.recordsCount),
    b.consequences ?? '',
    b.measuresTaken ?? '',
    b.riskLevel,
    instant(b.notifiedAuthorityAt),
    b.authorityReference ?? '',
    instant(b.notificationCompletedAt),
    yesNo(t, b.clock.late),
    b.lateNotificationReasons ?? '',
    instant(b.peopleInformedAt),
  ]),
});

/** The same CSV dialect as the Art. 30 record: UTF-8 with BOM, CRLF, quoted where needed, formulas neutralized. */
export const tableCsv = (table: RegisterTable): string =>
  stringify([table.headers, ...table.rows.map((row) => row.map(neutralizeFormula))], {
    bom: true,
    quoted_match: /[\s,;"]/,
    record_delimiter: 'windows',
  });

/**
 * A row of string cells. exceljs writes a string as a string cell (`t="s"`) and a formula only from a `{ formula }`
 * object, so editors' text starting with = + - @ stays text in XLSX: no quote is added, unlike in CSV.
 */
export const textRow = (sheet: ExcelJS.Worksheet, cells: readonly string[]): ExcelJS.Row => sheet.addRow(cells.map((cell) => String(cell)));

/** One worksheet; every cell is a string cell, so a spreadsheet never reads editors' text as a formula. */
export const tableXlsx = async (table: RegisterTable, sheetName: string): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'strapi-plugin-privacy';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  textRow(sheet, table.headers).font = { bold: true };
  for (const row of table.rows) textRow(sheet, row);
  sheet.columns.forEach((column) => {
    column.width = 22;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
