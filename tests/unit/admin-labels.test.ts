// Unit: every internal value the admin page shows (e-mail tools, consent forms, e-mail kinds, document kinds) has a label
// in its translations, so no raw key reaches an editor. The languages test checks that every locale has the same keys.
import enAdmin from '../../admin/src/translations/en.json';
import { EMAIL_KINDS } from '../../server/src/consent/emails';
import { ESPS } from '../../server/src/consent/esp';
import { ENUMS } from '../../server/src/documents/enums';
import { DOCUMENT_KINDS, kindSpec } from '../../server/src/documents/kinds';

const labels = enAdmin as Record<string, string>;

const missing = (keys: string[]): string[] => keys.filter((key) => !(key in labels));

test.each([
  ['e-mail tools', ESPS.map((esp) => `consent.esps.${esp}`)],
  ['consent forms', ENUMS.purpose.consentForm.filter((form) => form !== 'none').map((form) => `consent.forms.${form}`)],
  ['e-mail kinds', EMAIL_KINDS.map((kind) => `consent.emailKinds.${kind}`)],
  ['document kinds', DOCUMENT_KINDS.map((kind) => `preview.${kindSpec(kind).name}`)],
])('every one of the %s has an admin label', (_, keys) => {
  expect(keys.length).toBeGreaterThan(0);
  expect(missing(keys)).toEqual([]);
});
