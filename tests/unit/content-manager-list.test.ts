// Unit: the Content Manager's list view in the admin's language (admin/src/contentManagerLayout.ts, list hook).
import { localizeListColumns, type ListHeader } from '../../admin/src/contentManagerLayout';
import help from '../../content-types/field-help.json';

const COOKIE = 'plugin::privacy.cookie';
const LIST = `/admin/content-manager/collection-types/${COOKIE}`;
const headers = (): { displayedHeaders: ListHeader[] } => ({
  displayedHeaders: [
    { name: 'name', label: 'name', attribute: { type: 'string' } },
    { name: 'party', label: 'party', attribute: { type: 'enumeration' } },
    { name: 'id', label: 'id', attribute: { type: 'integer' } },
  ],
});
const fr = help[COOKIE].fields;

test('names the columns in the admin language and shows enumeration cells by their labels', () => {
  const [name, party, id] = localizeListColumns(headers(), 'fr', LIST).displayedHeaders;
  expect(name.label).toMatchObject({ defaultMessage: fr.name.fr.label });
  expect(party.label).toMatchObject({ defaultMessage: fr.party.fr.label });
  expect(party.cellFormatter?.({ party: 'third' }, party, {})).toBe(fr.party.fr.options.third);
  expect(party.cellFormatter?.({ party: null }, party, {})).toBe('-');
  // A value the labels lack shows as stored; a field without help is left alone.
  expect(party.cellFormatter?.({ party: 'other' }, party, {})).toBe('other');
  expect(id).toEqual({ name: 'id', label: 'id', attribute: { type: 'integer' } });
  expect(name.cellFormatter).toBeUndefined();
});

test('falls back to English for an admin language without help, and leaves other types and pages alone', () => {
  const [name] = localizeListColumns(headers(), 'de', LIST).displayedHeaders;
  expect(name.label).toMatchObject({ defaultMessage: fr.name.en.label });
  const other = headers();
  expect(localizeListColumns(other, 'fr', '/admin/content-manager/collection-types/api::article.article')).toBe(other);
  expect(localizeListColumns(other, 'fr', '/admin/settings')).toBe(other);
});
