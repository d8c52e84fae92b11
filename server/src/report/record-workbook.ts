// The Art. 30(1) record as a workbook laid out like the CNIL simplified register: a header sheet, then one sheet per processing.
import ExcelJS from 'exceljs';
import type { PrivacyFacts, PurposeFacts } from '../documents/facts';
import { present } from '../documents/model';
import type { Translate } from '../documents/translator';
import { textRow } from '../registers/exports';
import type { RecordRow } from './record-of-processing';
import { sheetNames } from './sheet-names';

/** When a processing was first saved and last published, as days (YYYY-MM-DD), when the database knows. */
export interface PurposeDates {
  createdAt: string | null;
  updatedAt: string | null;
}

export type WorkbookLine =
  | { kind: 'title'; text: string }
  | { kind: 'section'; text: string }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'header'; cells: string[] }
  | { kind: 'row'; cells: string[] };

export interface WorkbookSheet {
  name: string;
  lines: WorkbookLine[];
}

const oneLine = (value: string): string => value.replace(/\s*\r?\n\s*/g, ', ');
const upperFirst = (value: string, locale: string): string => value.charAt(0).toLocaleUpperCase(locale) + value.slice(1);

/** The processing's reference: its stable key, else its position in the list. */
const referenceOf = (purpose: PurposeFacts, index: number): string => purpose.key ?? String(index + 1);

/**
 * The sheets as plain data. `rows` are the record's rows for `facts.purposes`, in the same order
 * (buildRecordOfProcessing), so that every value that also appears in the JSON record is the same string.
 */
export const buildRecordWorkbook = (
  t: Translate,
  facts: PrivacyFacts,
  rows: readonly RecordRow[],
  dates: ReadonlyMap<string, PurposeDates> = new Map()
): WorkbookSheet[] => {
  const org = facts.organization;
  const none = t('register.none');
  const semicolon = t('list.semicolon');
  const or = (value: string | null | undefined): string => (present(value) ? value : none);
  const label = (key: string): string => t(`register.workbook.fields.${key}`);
  const column = (key: string): string => t(`register.columns.${key}`);
  const summaryName = t('register.workbook.summarySheet');
  const names = sheetNames(
    facts.purposes.map((p) => p.name),
    [summaryName],
    t('register.workbook.processingSheet')
  );
  const dateOf = (purpose: PurposeFacts) => dates.get(purpose.documentId) ?? { createdAt: null, updatedAt: null };

  const summary: WorkbookSheet = {
    name: summaryName,
    lines: [
      { kind: 'title', text: t('register.workbook.title', { name: org.name }) },
      { kind: 'section', text: column('controller') },
      { kind: 'field', label: label('name'), value: org.name },
      { kind: 'field', label: label('address'), value: oneLine(org.address) },
      { kind: 'field', label: label('email'), value: org.email },
      { kind: 'field', label: label('phone'), value: or(org.phone) },
      { kind: 'field', label: label('representative'), value: or(org.euRepresentative) },
      { kind: 'section', text: column('dpo') },
      ...(org.dpo
        ? ([
            { kind: 'field', label: label('name'), value: or(org.dpo.name) },
            { kind: 'field', label: label('company'), value: or(org.dpo.company) },
            { kind: 'field', label: label('address'), value: org.dpo.address ? oneLine(org.dpo.address) : none },
            { kind: 'field', label: label('email'), value: org.dpo.email },
            { kind: 'field', label: label('phone'), value: or(org.dpo.phone) },
          ] as const)
        : ([{ kind: 'field', label: label('name'), value: none }] as const)),
      { kind: 'section', text: t('register.workbook.sections.activities') },
      { kind: 'header', cells: [label('reference'), column('purpose'), label('createdAt'), column('updatedAt'), label('sheet')] },
      ...facts.purposes.map((p, index): WorkbookLine => ({
        kind: 'row',
        cells: [referenceOf(p, index), p.name, dateOf(p).createdAt ?? '', dateOf(p).updatedAt ?? '', names[index]],
      })),
    ],
  };

  const processing = facts.purposes.map((p, index): WorkbookSheet => {
    const row = rows[index];
    const categories = [...new Set(p.recipients.map((r) => r.category))];
    const jointControllers = p.recipients.filter((r) => r.category === 'joint-controller').map((r) => r.name);
    return {
      name: names[index],
      lines: [
        { kind: 'title', text: p.name },
        { kind: 'section', text: t('register.workbook.sections.description') },
        { kind: 'field', label: label('reference'), value: referenceOf(p, index) },
        { kind: 'field', label: column('purpose'), value: row.purpose },
        { kind: 'field', label: label('createdAt'), value: dateOf(p).createdAt ?? '' },
        { kind: 'field', label: column('updatedAt'), value: dateOf(p).updatedAt ?? '' },
        { kind: 'section', text: t('register.workbook.sections.actors') },
        { kind: 'field', label: column('controller'), value: row.controller },
        { kind: 'field', label: column('dpo'), value: row.dpo },
        { kind: 'field', label: label('representative'), value: or(org.euRepresentative) },
        { kind: 'field', label: label('jointControllers'), value: jointControllers.join(semicolon) || none },
        { kind: 'section', text: t('register.workbook.sections.purposes') },
        { kind: 'field', label: column('purposeDescription'), value: row.purposeDescription },
        { kind: 'field', label: column('legalBasis'), value: row.legalBasis },
        { kind: 'section', text: t('register.workbook.sections.data') },
        { kind: 'field', label: column('dataSubjects'), value: row.dataSubjects },
        { kind: 'field', label: column('dataCategories'), value: row.dataCategories },
        { kind: 'field', label: column('sensitiveData'), value: row.sensitiveData },
        { kind: 'section', text: column('recipients') },
        ...(categories.length
          ? categories.map((category): WorkbookLine => ({
              kind: 'field',
              label: upperFirst(t(`recipientCategory.${category}`), facts.locale),
              value: p.recipients
                .filter((r) => r.category === category)
                .map((r) => r.name)
                .join(semicolon),
            }))
          : [{ kind: 'field', label: column('recipients'), value: none } as const]),
        { kind: 'section', text: t('register.workbook.sections.safeguards') },
        { kind: 'field', label: column('transfers'), value: row.transfers },
        { kind: 'field', label: column('retention'), value: row.retention },
        { kind: 'field', label: column('securityMeasures'), value: row.securityMeasures },
      ],
    };
  });

  return [summary, ...processing];
};

const COLUMN_WIDTHS = [36, 70, 16, 16, 16];

/** The sheets as XLSX: two wide columns, bold titles and sections; every cell a string cell (textRow), never a formula. */
export const recordWorkbookXlsx = async (sheets: readonly WorkbookSheet[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'strapi-plugin-privacy';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const line of sheet.lines) {
      if (line.kind === 'title') textRow(worksheet, [line.text]).font = { bold: true, size: 14 };
      else if (line.kind === 'section') {
        worksheet.addRow([]);
        textRow(worksheet, [line.text]).font = { bold: true };
      } else if (line.kind === 'field') textRow(worksheet, [line.label, line.value]).getCell(1).font = { bold: true };
      else if (line.kind === 'header') textRow(worksheet, line.cells).font = { bold: true };
      else textRow(worksheet, line.cells);
    }
    // Labels, values, then the list's dates and sheet names; set by number, as a sheet without rows has no columns yet.
    COLUMN_WIDTHS.forEach((width, index) => {
      const column = worksheet.getColumn(index + 1);
      column.width = width;
      column.alignment = { vertical: 'top', wrapText: true };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
