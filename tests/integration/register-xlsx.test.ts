// The Art. 30 record as XLSX on a real Strapi, read back with exceljs: sheets, header, one processing against the JSON
// record, a formula-like purpose kept as text, French labels; and, where LibreOffice is installed, a headless conversion.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { loadFixture, seedFixture } from '../helpers/fixtures';

let app: TestApp;
let admin: AdminSession;

const FORMULA = '=HYPERLINK("https://evil.test","x")';
const LONG = 'Prospection commerciale par e-mail';
const docs = (uid: string) => documentsOf(app.strapi, `plugin::privacy.${uid}`);

const download = async (query: string): Promise<request.Response> =>
  request(app.server)
    .get(`/privacy/register?${query}`)
    .set(admin.auth)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });

const load = async (bytes: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type (an ArrayBuffer): hand it the bytes as one.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
};

/** Each row's cells as strings (row 1 first; an empty row is []). */
const linesOf = (sheet: ExcelJS.Worksheet): string[][] => {
  const lines: string[][] = [];
  for (let index = 1; index <= sheet.rowCount; index += 1) {
    lines.push((sheet.getRow(index).values as unknown[]).slice(1).map((value) => (value === undefined ? '' : String(value))));
  }
  return lines;
};

/** The value next to `label`, in the section headed `section` (the first row of one cell with that text). */
const field = (lines: string[][], section: string, label: string): string | undefined => {
  const start = lines.findIndex((line) => line.length === 1 && line[0] === section);
  if (start < 0) return undefined;
  for (const line of lines.slice(start + 1)) {
    if (line.length === 1) return undefined; // the next section
    if (line[0] === label) return line[1];
  }
  return undefined;
};

const jsonRows = async (locale: string): Promise<Array<Record<string, string>>> =>
  (await request(app.server).get(`/privacy/register?organization=acme&locale=${locale}`).set(admin.auth)).body.data.rows;

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, loadFixture('acme'));
  const orgId = (await docs('organization').findFirst({ locale: 'en', filters: { slug: 'acme' } }))?.documentId;
  const retentionId = (await docs('retention-rule').findFirst({ locale: 'en', filters: { label: 'Three years' } }))?.documentId;
  for (const name of [FORMULA, `${LONG} (B2B)`, `${LONG} (B2C)`]) {
    const purpose = await docs('purpose').create({
      locale: 'en',
      data: { organization: orgId, name, legalBasis: 'consent', retention: retentionId, description: `About ${name}` },
    });
    await docs('purpose').publish({ documentId: purpose.documentId, locale: 'en' });
  }
});

afterAll(async () => {
  await app?.stop();
});

describe('GET /privacy/register?format=xlsx', () => {
  test('an XLSX attachment named like the CSV: a header sheet, then one validly named sheet per published purpose', async () => {
    const response = await download('organization=acme&locale=en&format=xlsx');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe('attachment; filename="register-acme-en.xlsx"');
    const workbook = await load(response.body as Buffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    const rows = await jsonRows('en');
    expect(names).toHaveLength(rows.length + 1);
    expect(names[0]).toBe('Record');
    expect(names).toEqual(
      expect.arrayContaining([
        'Customer account',
        // 31 characters at most, no : or /, and numbered when two names are the same once cut.
        '=HYPERLINK("https evil.test","x',
        'Prospection commerciale par e-m',
        'Prospection commerciale par (2)',
      ])
    );
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  test('the header sheet: the controller, the DPO, and one row per purpose with its reference, dates and sheet', async () => {
    const workbook = await load((await download('organization=acme&locale=en&format=xlsx')).body as Buffer);
    const lines = linesOf(workbook.worksheets[0]);
    expect(lines[0]).toEqual(['Record of processing activities of Acme Données SA']);
    expect(field(lines, 'Controller', 'Name')).toBe('Acme Données SA');
    expect(field(lines, 'Controller', 'Address')).toBe('5 quai de Test, 75001 Paris');
    expect(field(lines, 'Controller', 'E-mail')).toBe('contact@acme.test');
    expect(field(lines, 'Controller', 'Representative in the EU')).toBe('none');
    expect(field(lines, 'Data protection officer', 'Name')).toBe('Alex Martin');
    expect(field(lines, 'Data protection officer', 'E-mail')).toBe('dpo@acme.test');
    const header = lines.findIndex((line) => line[0] === 'Reference');
    expect(lines[header]).toEqual(['Reference', 'Processing activity', 'Created on', 'Last updated', 'Sheet']);
    const list = lines.slice(header + 1);
    const rows = await jsonRows('en');
    expect(list.map((line) => line[1]).sort()).toEqual(rows.map((row) => row.purpose).sort());
    const account = list.find((line) => line[1] === 'Customer account');
    expect(account?.[0]).toBe('contract');
    expect(account?.[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(account?.[3]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(account?.[4]).toBe('Customer account');
    for (const line of list) expect(workbook.getWorksheet(line[4])).toBeDefined();
  });

  test("a processing sheet holds the CNIL fiche's fields, with the JSON record's values", async () => {
    const workbook = await load((await download('organization=acme&locale=en&format=xlsx')).body as Buffer);
    const lines = linesOf(workbook.getWorksheet('Customer account')!);
    const row = (await jsonRows('en')).find((r) => r.purpose === 'Customer account')!;
    expect(lines[0]).toEqual(['Customer account']);
    const expected: Array<[string, string, string]> = [
      ['Description of the processing', 'Processing activity', row.purpose],
      ['Description of the processing', 'Reference', 'contract'],
      ['Parties involved', 'Controller', row.controller],
      ['Parties involved', 'Data protection officer', row.dpo],
      ['Parties involved', 'Joint controllers', 'none'],
      ['Purposes and legal basis', 'Purpose(s)', row.purposeDescription],
      ['Purposes and legal basis', 'Legal basis', row.legalBasis],
      ['Data subjects and personal data', 'Categories of data subjects', row.dataSubjects],
      ['Data subjects and personal data', 'Categories of personal data', row.dataCategories],
      ['Data subjects and personal data', 'Sensitive data', row.sensitiveData],
      ['Categories of recipients', 'Internal team', 'Acme Sales'],
      ['Categories of recipients', 'Processor', 'CloudCRM Inc.'],
      ['Transfers, retention and security', 'Transfers outside the EEA and safeguards', row.transfers],
      ['Transfers, retention and security', 'Retention periods', row.retention],
      ['Transfers, retention and security', 'Security measures', row.securityMeasures],
    ];
    expect(expected.map(([section, label]) => [section, label, field(lines, section, label)])).toEqual(expected);
    // The JSON values are the fixture's, not empty strings matched with empty cells.
    expect(row.transfers).toContain('United States');
    expect(row.retention).toContain('Three years');
    expect(row.dataCategories).toBe('Name; E-mail');
  });

  test('a purpose named like a formula is a string cell holding the name as typed, in every sheet; no cell is a formula', async () => {
    const workbook = await load((await download('organization=acme&locale=en&format=xlsx')).body as Buffer);
    const sheet = workbook.getWorksheet('=HYPERLINK("https evil.test","x')!;
    expect(sheet).toBeDefined();
    const title = sheet.getCell('A1');
    expect(title.value).toBe(FORMULA);
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.formula).toBeUndefined();
    const listed = linesOf(workbook.worksheets[0]).find((line) => line[1] === FORMULA);
    expect(listed).toBeDefined();
    let cells = 0;
    workbook.eachSheet((each) =>
      each.eachRow((row) =>
        row.eachCell((cell) => {
          cells += 1;
          expect([each.name, cell.address, cell.type]).toEqual([each.name, cell.address, ExcelJS.ValueType.String]);
        })
      )
    );
    expect(cells).toBeGreaterThan(100);
  });

  test('locale=fr: French sheet, title (elided), sections and labels, named register-acme-fr.xlsx', async () => {
    const response = await download('organization=acme&locale=fr&format=xlsx');
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="register-acme-fr.xlsx"');
    const workbook = await load(response.body as Buffer);
    expect(workbook.worksheets[0].name).toBe('Registre');
    const head = linesOf(workbook.worksheets[0]);
    expect(head[0]).toEqual(['Registre des activités de traitement d’Acme Données SA']);
    expect(field(head, 'Responsable du traitement', 'Nom')).toBe('Acme Données SA');
    const row = (await jsonRows('fr')).find((r) => r.purpose === 'Compte client')!;
    const lines = linesOf(workbook.getWorksheet('Compte client')!);
    expect(field(lines, 'Finalités et base légale', 'Base légale')).toBe(row.legalBasis);
    expect(field(lines, 'Personnes concernées et données', 'Catégories de données collectées')).toBe(row.dataCategories);
    expect(field(lines, 'Catégories de destinataires', 'Sous-traitant')).toBe('CloudCRM Inc.');
  });

  test('format is still checked: pdf is a 400 listing json, csv, xlsx', async () => {
    const response = await request(app.server).get('/privacy/register?organization=acme&format=pdf').set(admin.auth);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('format must be one of json, csv, xlsx');
  });
});

/** LibreOffice's command, when installed: the conversion test runs only then (it is not installed in CI). */
const office = ['libreoffice', 'soffice'].find((command) => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

(office ? test : test.skip)(
  office
    ? 'LibreOffice converts the XLSX headlessly, and shows the formula-like name as text, not as a computed link'
    : 'LibreOffice conversion of the XLSX: SKIPPED, neither libreoffice nor soffice is on PATH',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'register-xlsx-'));
    try {
      const file = path.join(dir, 'register.xlsx');
      fs.writeFileSync(file, (await download('organization=acme&locale=en&format=xlsx')).body as Buffer);
      // The CSV filter (comma, double quote, UTF-8) exports the first sheet: the header and the list of processings.
      execFileSync(
        office!,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          file,
        ],
        {
          stdio: 'ignore',
          timeout: 120_000,
        }
      );
      const csv = fs.readFileSync(path.join(dir, 'register.csv'), 'utf8');
      expect(csv).toContain('Record of processing activities of Acme Données SA');
      expect(csv).toContain('=HYPERLINK(""https://evil.test"",""x"")');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000
);
