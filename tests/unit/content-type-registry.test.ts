// Unit: the places a content type is declared agree: schema folders, the plugin's index, the uids, the enums the documents
// read, and the Content Manager help (every field, every language).
import fs from 'fs';
import path from 'path';
import contentTypes from '../../server/src/content-types';
import { DATA_SUBJECT_CATEGORIES, DATA_SUBJECT_CATEGORIES_FORMAT } from '../../server/src/documents/data-subjects';
import { ENUMS } from '../../server/src/documents/enums';
import {
  COOKIE_NAME_PATTERN,
  OTHER_COUNTRIES,
  PURPOSE_CHANNELS,
  PURPOSE_KEY,
  PURPOSE_KEY_MAX_LENGTH,
} from '../../server/src/validation/cross-field-rules';
import { EMAIL_LOGO_URL_MAX_LENGTH, HEX_COLOR } from '../../server/src/documents/email-brand';
import { EDITABLE_UIDS, UID } from '../../server/src/uids';
import fieldHelp from '../../content-types/field-help.json';

const ROOT = path.join(__dirname, '..', '..', 'content-types');
interface Schema {
  attributes: Record<string, { type: string; enum?: string[]; regex?: string; maxLength?: number }>;
}
const schemas = contentTypes as Record<string, { schema: Schema }>;

test('every schema folder is registered, under its folder name', () => {
  const folders = fs.readdirSync(ROOT).filter((name) => fs.existsSync(path.join(ROOT, name, 'schema.json')));
  expect(Object.keys(schemas).sort()).toEqual(folders.sort());
});

test('the uids are exactly plugin::privacy.<registered name>', () => {
  expect(Object.values(UID).sort()).toEqual(
    Object.keys(schemas)
      .map((name) => `plugin::privacy.${name}`)
      .sort()
  );
  for (const uid of EDITABLE_UIDS) expect(Object.values(UID)).toContain(uid);
});

test("the enumerations the documents read are the schemas' enumerations, field for field", () => {
  const fromSchemas: Record<string, Record<string, string[]>> = {};
  for (const [name, { schema }] of Object.entries(schemas)) {
    for (const [field, attribute] of Object.entries(schema.attributes)) {
      if (attribute.type === 'enumeration') (fromSchemas[name] ??= {})[field] = attribute.enum ?? [];
    }
  }
  expect(JSON.parse(JSON.stringify(ENUMS))).toEqual(fromSchemas);
});

test("the purpose key's save rule repeats the schema's regex and maxLength, which drafts skip", () => {
  const key = schemas.purpose.schema.attributes.key;
  expect(PURPOSE_KEY.source).toBe(key.regex);
  expect(PURPOSE_KEY_MAX_LENGTH).toBe(key.maxLength);
});

test("the recipient's otherCountries save rule repeats the schema's regex, which drafts skip", () => {
  expect(OTHER_COUNTRIES.source).toBe(schemas.recipient.schema.attributes.otherCountries.regex);
});

test("the cookie's namePattern save rule repeats the schema's regex, which drafts skip", () => {
  expect(COOKIE_NAME_PATTERN.source).toBe(schemas.cookie.schema.attributes.namePattern.regex);
  expect(COOKIE_NAME_PATTERN.test('_ga_*')).toBe(true);
  expect(COOKIE_NAME_PATTERN.test('_ga')).toBe(false);
  expect(COOKIE_NAME_PATTERN.test('_ga *')).toBe(false);
});

test("the purpose's channels save rule repeats the schema's regex, which drafts skip", () => {
  expect(PURPOSE_CHANNELS.source).toBe(schemas.purpose.schema.attributes.channels.regex);
});

test("the purpose's dataSubjectCategories save rule repeats the schema's regex, which drafts skip, and the regex names exactly the list", () => {
  const { regex } = schemas.purpose.schema.attributes.dataSubjectCategories;
  expect(DATA_SUBJECT_CATEGORIES_FORMAT.source).toBe(regex);
  for (const category of DATA_SUBJECT_CATEGORIES) expect(DATA_SUBJECT_CATEGORIES_FORMAT.test(category)).toBe(true);
  expect(DATA_SUBJECT_CATEGORIES_FORMAT.test('customers, candidates,other')).toBe(true);
  for (const bad of ['customer', 'Customers', 'customers;prospects', 'customers,', ' customers', 'customers,  prospects']) {
    expect([bad, DATA_SUBJECT_CATEGORIES_FORMAT.test(bad)]).toEqual([bad, false]);
  }
});

/** Fields stored as a comma-separated list of fixed values: labelled per value like an enumeration. */
const LIST_VALUES: Record<string, readonly string[]> = { 'plugin::privacy.purpose.dataSubjectCategories': DATA_SUBJECT_CATEGORIES };

test("the e-mail branding's save rules repeat the schema's regex and maxLength, which drafts skip", () => {
  const { brandColor, emailLogoUrl } = schemas.organization.schema.attributes;
  expect(HEX_COLOR.source).toBe(brandColor.regex);
  expect(EMAIL_LOGO_URL_MAX_LENGTH).toBe(emailLogoUrl.maxLength);
});

test('every field of every type editors fill in has Content Manager help, and no help names a field that does not exist', () => {
  const help = fieldHelp as Record<string, { fields: Record<string, unknown> }>;
  for (const uid of EDITABLE_UIDS) {
    const name = uid.replace('plugin::privacy.', '');
    const attributes = Object.keys(schemas[name].schema.attributes).sort();
    expect([uid, Object.keys(help[uid]?.fields ?? {}).sort()]).toEqual([uid, attributes]);
  }
});

test('every value of every enumeration editors choose from has a label in every language, and no label names a value that does not exist', () => {
  const help = fieldHelp as Record<string, { fields: Record<string, Record<string, { options?: Record<string, string> }>> }>;
  const problems: string[] = [];
  for (const uid of EDITABLE_UIDS) {
    const name = uid.replace('plugin::privacy.', '');
    for (const [field, attribute] of Object.entries(schemas[name].schema.attributes)) {
      for (const [language, text] of Object.entries(help[uid].fields[field])) {
        const labelled = Object.keys(text.options ?? {})
          .sort()
          .join();
        const values = [...(attribute.type === 'enumeration' ? (attribute.enum ?? []) : (LIST_VALUES[`${uid}.${field}`] ?? []))]
          .sort()
          .join();
        if (labelled !== values) problems.push(`${uid}.${field} (${language}): labels for [${labelled}], values [${values}]`);
        for (const [value, label] of Object.entries(text.options ?? {})) {
          if (!label.trim()) problems.push(`${uid}.${field}.${value} (${language}): empty label`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
});

test('each type editors fill in names its uid in pluginOptions.privacy, where the admin finds it to label its fields', () => {
  for (const uid of EDITABLE_UIDS) {
    const schema = schemas[uid.replace('plugin::privacy.', '')].schema as Schema & { pluginOptions?: { privacy?: { uid?: string } } };
    expect([uid, schema.pluginOptions?.privacy?.uid]).toEqual([uid, uid]);
  }
});
