// Unit: docs/wording-sources.md has exactly one row per leaf key of templates/locales/en.json, under its top-level heading.
import fs from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');

/** Every leaf of a nested translation object, as `a.b.c` (plural forms such as `days_one` are leaves of their own). */
const leaves = (value: unknown, prefix = ''): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

interface Row {
  key: string;
  /** The `## ` heading the row sits under. */
  heading: string;
  /** The cells after the key: what it says, what it fulfils, the source. */
  cells: string[];
  line: number;
}

/** The table rows whose first cell is a backticked key, with the heading above them. */
const tableRows = (markdown: string): Row[] => {
  const rows: Row[] = [];
  let heading = '';
  markdown.split(/\r?\n/).forEach((text, index) => {
    const title = /^##\s+(.+?)\s*$/.exec(text);
    if (title) heading = title[1].replace(/`/g, '');
    const cells = text.trim().startsWith('|') ? text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|') : [];
    const key = cells.length ? /^\s*`([^`]+)`\s*$/.exec(cells[0]) : null;
    if (key) rows.push({ key: key[1], heading, cells: cells.slice(1).map((cell) => cell.trim()), line: index + 1 });
  });
  return rows;
};

describe('docs/wording-sources.md', () => {
  const english = leaves(JSON.parse(fs.readFileSync(path.join(ROOT, 'templates', 'locales', 'en.json'), 'utf8')));
  const rows = tableRows(fs.readFileSync(path.join(ROOT, 'docs', 'wording-sources.md'), 'utf8'));
  const documented = rows.map((row) => row.key);

  test('the table and en.json are not empty', () => {
    expect(english.length).toBeGreaterThan(10);
    expect(rows.length).toBeGreaterThan(10);
  });

  test('every leaf key of en.json has a row', () => {
    expect(english.filter((key) => !documented.includes(key))).toEqual([]);
  });

  test('no row names a key en.json does not have', () => {
    expect(documented.filter((key) => !english.includes(key))).toEqual([]);
  });

  test('no key has two rows', () => {
    expect(documented.filter((key, index) => documented.indexOf(key) !== index)).toEqual([]);
  });

  test('each row sits under the heading of its top-level key', () => {
    const misplaced = rows
      .filter((row) => row.heading !== row.key.split('.')[0])
      .map((row) => `${row.key} (line ${row.line}, under "${row.heading}")`);
    expect(misplaced).toEqual([]);
  });

  test('each row fills the three other columns', () => {
    const incomplete = rows
      .filter((row) => row.cells.length !== 3 || row.cells.some((cell) => cell === ''))
      .map((row) => `${row.key} (line ${row.line})`);
    expect(incomplete).toEqual([]);
  });

  test('a presentation key cites no article and no source', () => {
    const cited = rows.filter((row) => row.cells[1] === 'presentation' && row.cells[2] !== '—').map((row) => row.key);
    expect(cited).toEqual([]);
  });
});
