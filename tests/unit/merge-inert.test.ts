// Unit: editors' text and web addresses in the e-mails hold no merge tag of any supported tool.
import { mergeInert, mergeInertUrl } from '../../server/src/consent/merge-inert';
import { mergeTagsIn } from '../helpers/merge-tags';

const TAGS = ['{{ unsubscribe }}', '{% if x %}y{% endif %}', '{# note #}', '*|UNSUB|*', '%FIRSTNAME%', '[UNSUBSCRIBE]'];

test('text: every tag is broken by a zero-width space and reads the same', () => {
  const typed = `Hello ${TAGS.join(' and ')}, 50 % off [1]`;
  const inert = mergeInert(typed);
  expect(mergeTagsIn(inert)).toEqual([]);
  expect(inert.replace(/\u200B/g, '')).toBe(typed);
});

test.each([
  ['https://x.test/{{u}}?a=[b]|c', 'https://x.test/%7B%7Bu%7D%7D?a=%5Bb%5D%7Cc'],
  ['https://x.test/?q=%NAME%', 'https://x.test/?q=%25NAME%'],
  // An escape followed by letters or digits up to the next %: the characters are encoded too.
  ['https://x.test/%A00{{p}}', 'https://x.test/%A0%30%7B%7Bp%7D%7D'],
  ['https://x.test/?q=%EA%BBcd%', 'https://x.test/?q=%EA%BB%63%64%'],
  // Ordinary percent-escapes stay as they are.
  ['https://x.test/%CE%BB?q=a%20b', 'https://x.test/%CE%BB?q=a%20b'],
])('web address %s → %s', (typed, inert) => {
  expect(mergeInertUrl(typed)).toBe(inert);
  expect(mergeTagsIn(inert)).toEqual([]);
});
