// Unit: how a write touches a cookie's recipient relation, in every form Strapi 5 accepts (the "provider or recipient" rule reads it).
import { relationInput } from '../../server/src/validation/cookie-provider';

test.each([
  [undefined, 'unchanged'],
  [{ connect: [], disconnect: [] }, 'unchanged'],
  [{}, 'unchanged'],
  [null, 'cleared'],
  ['', 'cleared'],
  [[], 'cleared'],
  [{ set: [] }, 'cleared'],
  [{ connect: [], disconnect: [{ id: 3 }] }, 'cleared'],
  ['abc123', 'set'],
  [7, 'set'],
  [['abc123'], 'set'],
  [{ documentId: 'abc123' }, 'set'],
  [{ id: 7 }, 'set'],
  [{ set: ['abc123'] }, 'set'],
  [{ connect: [{ documentId: 'abc123' }], disconnect: [] }, 'set'],
  [{ connect: { documentId: 'abc123' } }, 'set'],
])('relationInput(%j) is %s', (value, expected) => {
  expect(relationInput(value)).toBe(expected);
});
