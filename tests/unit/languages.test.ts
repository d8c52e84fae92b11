// Unit: every translation file (documents, admin page, Content Manager help) has the same keys as English, none of them empty.
import fs from 'fs';
import path from 'path';
import fieldHelp from '../../content-types/field-help.json';
import { frenchSpacing } from '../../server/src/documents/typography';

const ROOT = path.join(__dirname, '..', '..');

/** Every leaf of a nested translation object, as `a.b.c` → value. */
const leaves = (value: unknown, prefix = ''): Array<[string, unknown]> =>
  value !== null && typeof value === 'object'
    ? Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
    : [[prefix, value]];

const filesIn = (dir: string): Record<string, unknown> =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [path.basename(name, '.json'), JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))])
  );

describe.each([
  ['the documents (templates/locales)', path.join(ROOT, 'templates', 'locales')],
  ['the admin page (admin/src/translations)', path.join(ROOT, 'admin', 'src', 'translations')],
])('translation files of %s', (_, dir) => {
  const files = filesIn(dir);
  const english = new Map(leaves(files.en));

  test('English is there, with at least one other language', () => {
    expect(english.size).toBeGreaterThan(10);
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(2);
  });

  test.each(Object.keys(files).filter((code) => code !== 'en'))('%s has exactly the keys of en.json', (code) => {
    const keys = leaves(files[code])
      .map(([key]) => key)
      .sort();
    expect(keys).toEqual([...english.keys()].sort());
  });

  test.each(Object.keys(files))('no value of %s.json is empty or other than a string', (code) => {
    const bad = leaves(files[code]).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad).toEqual([]);
  });
});

test('every Content Manager field has a label and a help text in the same languages as its type name', () => {
  const problems: string[] = [];
  for (const [uid, entry] of Object.entries(
    fieldHelp as Record<
      string,
      { displayName: Record<string, string>; fields: Record<string, Record<string, { label: string; description: string }>> }
    >
  )) {
    const languages = Object.keys(entry.displayName).sort();
    expect(languages).toContain('en');
    for (const [field, help] of Object.entries(entry.fields)) {
      if (Object.keys(help).sort().join() !== languages.join()) problems.push(`${uid}.${field}: languages ${Object.keys(help).join(', ')}`);
      for (const [code, text] of Object.entries(help)) {
        if (!text.label?.trim() || !text.description?.trim()) problems.push(`${uid}.${field}.${code}: empty label or help`);
      }
    }
  }
  expect(problems).toEqual([]);
});

describe('French typography of what the admin shows', () => {
  const adminFr = JSON.parse(fs.readFileSync(path.join(ROOT, 'admin', 'src', 'translations', 'fr.json'), 'utf8')) as Record<string, string>;
  const helpFr = Object.entries(
    fieldHelp as Record<string, { displayName: Record<string, string>; fields: Record<string, Record<string, unknown>> }>
  ).flatMap(([uid, entry]) => [
    [`${uid}.displayName`, entry.displayName.fr] as [string, unknown],
    ...Object.entries(entry.fields).flatMap(([field, help]) => leaves(help.fr, `${uid}.${field}`)),
  ]);
  const texts: Array<[string, string]> = [...Object.entries(adminFr), ...helpFr].map(([key, value]) => [key, String(value)]);

  test('no straight apostrophe between letters (French uses ’)', () => {
    expect(texts.filter(([, value]) => /\p{L}'\p{L}/u.test(value)).map(([key]) => key)).toEqual([]);
  });

  test('the spaces before : ; ! ? and inside « » are the no-break ones', () => {
    expect(texts.filter(([, value]) => frenchSpacing(value) !== value).map(([key]) => key)).toEqual([]);
  });
});
