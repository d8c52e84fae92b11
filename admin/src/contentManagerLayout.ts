/// <reference lib="dom" />
// The Content Manager in the admin's language for the plugin's types: one help text per field (not the stored
// "English · French" one), labelled enumeration options in the edit view and the list, and the types' names in the sidebar. Stored values never change.
import fieldHelp from '../../content-types/field-help.json';

interface FieldText {
  label: string;
  description: string;
  options?: Record<string, string>;
}
type FieldHelp = Record<string, { displayName: Record<string, string>; fields: Record<string, Record<string, FieldText>> }>;
const HELP = fieldHelp as FieldHelp;

/** The field type the plugin registers (admin/src/index.ts) for its enumerations: a select showing labels. */
export const LABELLED_ENUMERATION = 'privacy-labelled-enumeration';
/** Where Strapi keeps the admin's language (its own key, read the same way by the admin). */
const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

export const adminLanguage = (): string => {
  try {
    return window.localStorage.getItem(ADMIN_LANGUAGE_KEY) ?? 'en';
  } catch {
    return 'en';
  }
};

/** The language of the help file closest to the admin's: `fr-CA` → `fr`; English when the file has no such language. */
export const helpLanguage = (locale: string, texts: Record<string, unknown>): string =>
  Object.keys(texts).find((code) => locale === code || locale.startsWith(`${code}-`)) ?? 'en';

/** What the server stores as the Content Manager's description: every language's help, joined (content-manager-descriptions.ts). */
const SEPARATOR = ' · ';
const storedDescription = (help: Record<string, FieldText>): string =>
  Object.values(help)
    .map((text) => text.description)
    .join(SEPARATOR);

interface EditField {
  name: string;
  type: string;
  hint?: string;
  attribute: { type: string; enum?: string[] };
  [key: string]: unknown;
}
interface EditLayout {
  layout: EditField[][][];
  options?: { privacy?: { uid?: string } };
  [key: string]: unknown;
}

const localizeField = (field: EditField, help: Record<string, FieldText> | undefined, locale: string): EditField => {
  if (!help) return field;
  const text = help[helpLanguage(locale, help)];
  // An editor's own description (set in "Configure the view") is kept; the plugin's bilingual one is replaced, also
  // when it was stored by an earlier release whose wording has changed since (one part per language, joined by " · ").
  const ours = !field.hint || field.hint === storedDescription(help) || field.hint.split(SEPARATOR).length === Object.keys(help).length;
  const hint = ours ? text.description : field.hint;
  if (field.type !== 'enumeration' || !text.options) return { ...field, hint };
  const options = (field.attribute.enum ?? []).map((value) => ({ value, label: text.options?.[value] ?? value }));
  return { ...field, hint, type: LABELLED_ENUMERATION, options };
};

/** For the `Admin/CM/pages/EditView/mutate-edit-view-layout` hook: other types' layouts pass through untouched. */
export const localizeEditLayout = <T extends { layout: EditLayout }>(input: T, locale = adminLanguage()): T => {
  const uid = input.layout.options?.privacy?.uid;
  const entry = uid ? HELP[uid] : undefined;
  if (!entry) return input;
  const layout = input.layout.layout.map((panel) =>
    panel.map((row) => row.map((field) => localizeField(field, entry.fields[field.name], locale)))
  );
  return { ...input, layout: { ...input.layout, layout } };
};

interface TypeLink {
  uid: string;
  title: string;
  [key: string]: unknown;
}

/** For the `Admin/CM/pages/App/mutate-collection-types-links` hook: the plugin's types by their name in the admin's language. */
export const localizeTypeLinks = <T extends { ctLinks: TypeLink[] }>(input: T, locale = adminLanguage()): T => ({
  ...input,
  ctLinks: input.ctLinks.map((link) => {
    const names = HELP[link.uid]?.displayName;
    return names ? { ...link, title: names[helpLanguage(locale, names)] } : link;
  }),
});

export interface ListHeader {
  name: string;
  label: string | { id: string; defaultMessage: string };
  attribute?: { type: string };
  cellFormatter?: (row: Record<string, unknown>, header: unknown, context: unknown) => unknown;
  [key: string]: unknown;
}

/** The plugin type the list view shows, read from the address (the list hook is not told the uid). */
const listedUid = (pathname: string): string | null => {
  const match = /\/content-manager\/collection-types\/(plugin::privacy\.[a-z-]+)/.exec(pathname);
  return match && HELP[match[1]] ? match[1] : null;
};

/**
 * For the `Admin/CM/pages/ListView/inject-column-in-table` hook: the plugin's columns named in the admin's language,
 * and enumeration cells by their label (the stored value stays the same); other types' lists pass through.
 */
export const localizeListColumns = <T extends { displayedHeaders: ListHeader[] }>(
  input: T,
  locale = adminLanguage(),
  pathname = typeof window === 'undefined' ? '' : window.location.pathname
): T => {
  const uid = listedUid(pathname);
  if (!uid) return input;
  const fields = HELP[uid].fields;
  return {
    ...input,
    displayedHeaders: input.displayedHeaders.map((header) => {
      const help = fields[header.name];
      if (!help) return header;
      const text = help[helpLanguage(locale, help)];
      const labelled: ListHeader = { ...header, label: { id: `privacy.list.${uid}.${header.name}`, defaultMessage: text.label } };
      const options = text.options;
      if (header.attribute?.type !== 'enumeration' || !options || header.cellFormatter) return labelled;
      return {
        ...labelled,
        cellFormatter: (row: Record<string, unknown>) => {
          const value = row[header.name];
          return typeof value === 'string' ? (options[value] ?? value) : '-';
        },
      };
    }),
  };
};
