// Unit: the worksheet-name rule of the XLSX record (31 characters, no [ ] : * ? / \, no quote at the ends, unique),
// and the workbook built from hostile facts: valid names, the header sheet first, string cells only.
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { SHEET_NAME_MAX, sheetNames } from '../../server/src/report/sheet-names';
import { buildRecordWorkbook, recordWorkbookXlsx } from '../../server/src/report/record-workbook';
import { buildRecordOfProcessing } from '../../server/src/report/record-of-processing';
import { createTranslator } from '../../server/src/documents/translator';
import { factsArbitrary } from '../helpers/facts-arbitrary';

/** What Excel (and exceljs, which throws otherwise) accepts. */
const isValidSheetName = (name: string): boolean =>
  name.length >= 1 &&
  name.length <= SHEET_NAME_MAX &&
  // eslint-disable-next-line no-control-regex -- the test looks for control characters
  !/[[\]:*?/\\\u0000-\u001F\u007F]/.test(name) &&
  !/^'|'$/.test(name) &&
  name.toLowerCase() !== 'history';

/**
 * exceljs's reader decodes the XML entities of a sheet name twice: the file holds "&amp;amp;" for a name typed
 * "&amp;" (as Excel and LibreOffice read it), but exceljs gives back "&". Applied to the expected names only.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const asExceljsReadsIt = (name: string): string => name.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ENTITIES[entity]);

const load = async (bytes: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type (an ArrayBuffer): hand it the bytes as one.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
};

describe('sheetNames', () => {
  test('forbidden characters become spaces, and a plain name is kept', () => {
    expect(sheetNames(['Newsletter', 'a/b\\c:d*e?f[g]h'])).toEqual(['Newsletter', 'a b c d e f g h']);
  });

  test('a long name is cut at 31 characters, without splitting a character in two', () => {
    const [cut] = sheetNames(['Gestion des candidatures et des entretiens de recrutement']);
    expect(cut).toBe('Gestion des candidatures et des');
    expect(cut).toHaveLength(31);
    const [emoji] = sheetNames([`${'x'.repeat(30)}😀😀`]);
    expect(emoji).toBe('x'.repeat(30));
  });

  test('duplicates, also after cutting and whatever the case, are numbered within 31 characters', () => {
    const long = 'Prospection commerciale par e-mail (B2B)';
    expect(sheetNames([long, long, 'newsletter', 'Newsletter', 'NEWSLETTER'])).toEqual([
      'Prospection commerciale par e-m',
      'Prospection commerciale par (2)',
      'newsletter',
      'Newsletter (2)',
      'NEWSLETTER (3)',
    ]);
  });

  test('reserved names (the header sheet, History) are not reused', () => {
    expect(sheetNames(['Record', 'history'], ['Record'])).toEqual(['Record (2)', 'history (2)']);
  });

  test('quotes at the ends are dropped; a name with nothing left falls back to a numbered one', () => {
    expect(sheetNames(["'quoted'", '???', ' '], [], 'Processing')).toEqual(['quoted', 'Processing 2', 'Processing 3']);
  });

  test('any list of names gives valid, unique names that exceljs accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { maxLength: 12 }), (wanted) => {
        const names = sheetNames(wanted, ['Record']);
        expect(names).toHaveLength(wanted.length);
        for (const name of names) expect([name, isValidSheetName(name)]).toEqual([name, true]);
        const lower = ['record', ...names.map((name) => name.toLowerCase())];
        expect(new Set(lower).size).toBe(lower.length);
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('Record');
        for (const name of names) expect(workbook.addWorksheet(name).name).toBe(name);
      }),
      { numRuns: 300 }
    );
  });
});

describe('buildRecordWorkbook', () => {
  const translator = createTranslator();

  test('an organization with nothing published in the locale still gives a workbook: its header sheet, empty', async () => {
    const workbook = await load(await recordWorkbookXlsx([{ name: 'Record', lines: [] }]));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Record']);
    expect(workbook.worksheets[0].rowCount).toBe(0);
  });

  test('hostile facts: the header sheet first, one valid sheet per purpose, and every cell read back is a string cell', async () => {
    await fc.assert(
      fc.asyncProperty(factsArbitrary, fc.constantFrom('en', 'fr'), async (facts, locale) => {
        const t = translator.forLocale(locale);
        const sheets = buildRecordWorkbook(t, { ...facts, locale }, buildRecordOfProcessing(t, { ...facts, locale }));
        expect(sheets.map((sheet) => sheet.name)[0]).toBe(t('register.workbook.summarySheet'));
        expect(sheets).toHaveLength(facts.purposes.length + 1);
        const workbook = await load(await recordWorkbookXlsx(sheets));
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(sheets.map((sheet) => asExceljsReadsIt(sheet.name)));
        workbook.eachSheet((sheet) =>
          sheet.eachRow((row) =>
            row.eachCell((cell) => {
              expect(cell.type).toBe(ExcelJS.ValueType.String);
              expect(cell.formula).toBeUndefined();
            })
          )
        );
      }),
      { numRuns: 25 }
    );
  });
});
