// Unit: the one check of editors' addresses and the JSON that may be inlined in a script tag.
import { safeUrl } from '../../server/src/documents/urls';
import { scriptSafeJson } from '../../server/src/http/representation';

test.each([
  'https://acme.test/privacy',
  'http://acme.test',
  'HTTPS://ACME.TEST/a?b="c"',
  'https://hostile.test/rights?a="onmouseover=alert(1)',
])('%s is kept as typed', (url) => {
  expect(safeUrl(url)).toBe(url);
});

test.each([
  "javascript:alert('website')",
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.test/x',
  '/relative/path',
  'https:/missing-slash',
  'https://',
  'mailto:dpo@acme.test',
  ' javascript:alert(1)',
])('%s is dropped from a web address field', (url) => {
  expect(safeUrl(url)).toBeNull();
});

test('mailto only where the field may name a mailbox', () => {
  expect(safeUrl('mailto:dpo@acme.test', 'web-or-mailto')).toBe('mailto:dpo@acme.test');
  expect(safeUrl('javascript:alert(1)', 'web-or-mailto')).toBeNull();
  expect(safeUrl(null)).toBeNull();
});

test('JSON safe to inline: <, >, &, U+2028 and U+2029 become \\u escapes and the value is unchanged', () => {
  const value = { name: '</script><script>alert(2)</script> & <!-- \u2028\u2029', list: ['a>b'] };
  const json = scriptSafeJson(JSON.stringify(value));
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  expect(json).toContain('\\u003c/script\\u003e');
  expect(json).toContain('\\u2028\\u2029');
  expect(JSON.parse(json)).toEqual(value);
});
