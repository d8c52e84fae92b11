// Unit: the escaping functions every output goes through.
import { escapeHtml, escapeMarkdown, linkifyHtml, plainLine } from '../../server/src/documents/escape';
import { cleanText } from '../../server/src/documents/load-facts';

describe('escapeHtml', () => {
  test('turns every markup character into an entity', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\`=`)).toBe(
      '&lt;a href&#x3D;&quot;x&quot; onclick&#x3D;&#x27;y&#x27;&gt;&amp;&#x60;&#x3D;'
    );
  });
});

describe('linkifyHtml', () => {
  test('links web and e-mail addresses and leaves the trailing full stop outside', () => {
    expect(linkifyHtml('See https://a.test/x. Or write to me@a.test.')).toBe(
      'See <a href="https://a.test/x">https://a.test/x</a>. Or write to <a href="mailto:me@a.test">me@a.test</a>.'
    );
  });

  test('never links a javascript: address, and escapes what it links', () => {
    expect(linkifyHtml('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(linkifyHtml('https://a.test/?q="><script>')).toBe(
      '<a href="https://a.test/?q&#x3D;">https://a.test/?q&#x3D;</a>&quot;&gt;&lt;script&gt;'
    );
  });
});

describe('escapeMarkdown', () => {
  test.each([
    ['# title', '\\# title'],
    ['- item', '\\- item'],
    ['12. item', '\\12. item'],
    ['*bold* _em_ `code` [link](x) | ~', '\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\| \\~'],
    ['<b>x</b> & y', '&lt;b&gt;x&lt;/b&gt; &amp; y'],
    ['two\nlines', 'two lines'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

test('plainLine drops control characters and joins lines', () => {
  expect(plainLine('a\u0000b\u0007c\n  d')).toBe('abc d');
});

test("editors' text loses right-to-left and left-to-right marks (U+200F, U+200E, U+061C) with the overrides and isolates", () => {
  expect(cleanText('Acme\u200F SA\u200E, \u061Cfacture\u202E \u2067x\u2069')).toBe('Acme SA, facture x');
  // Letters of right-to-left scripts stay: only the invisible marks go.
  expect(cleanText('شركة\u200F Acme')).toBe('شركة Acme');
});
