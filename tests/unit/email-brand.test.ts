// Unit: the brand colour of the e-mails keeps their button and links readable (WCAG 2.1 contrast, 1.4.3).
import { accentFor, contrastRatio } from '../../server/src/documents/email-brand';

test('contrast ratios match the WCAG formula at its known points', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  // The template's own blue on white.
  expect(contrastRatio('#1d4ed8', '#ffffff')).toBeGreaterThan(4.5);
});

test.each([
  // A dark colour: white text on the button, links in the colour.
  ['#0B7A75', { color: '#0b7a75', text: '#ffffff', link: '#0b7a75' }],
  ['#1d4ed8', { color: '#1d4ed8', text: '#ffffff', link: '#1d4ed8' }],
  // A light colour: dark text on the button, links left to the mail client (too light on the white card).
  ['#ffd700', { color: '#ffd700', text: '#18181b', link: null }],
  ['#ffffff', { color: '#ffffff', text: '#18181b', link: null }],
])('%s → %j', (brandColor, accent) => {
  expect(accentFor(brandColor)).toEqual(accent);
});

test.each([null, '', 'teal', '#fff', '#0b7a75;background:url(x)'])('no accent for %j', (brandColor) => {
  expect(accentFor(brandColor)).toBeNull();
});
