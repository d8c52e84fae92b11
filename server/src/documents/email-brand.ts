// The organization's optional e-mail branding: its logo and its colour, and the colours of text set on that colour.

/** A brand colour as the schema takes it: `#rrggbb` (a unit test keeps this equal to the schema's regex). */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
/** The longest logo address the schema takes (a unit test keeps it equal to the schema's maxLength). */
export const EMAIL_LOGO_URL_MAX_LENGTH = 2048;

const WHITE = '#ffffff';
const DARK = '#18181b';

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG 2.x contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export const contrastRatio = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

export interface Accent {
  /** The button's background. */
  color: string;
  /** The button's text: white, or the body's dark grey when white would be the less readable of the two. */
  text: string;
  /** The links' colour: the brand colour when it reads on the white card (4.5:1, WCAG 1.4.3), else null (mail client default). */
  link: string | null;
}

export const accentFor = (brandColor: string | null): Accent | null => {
  if (brandColor === null || !HEX_COLOR.test(brandColor)) return null;
  const color = brandColor.toLowerCase();
  return {
    color,
    text: contrastRatio(color, WHITE) >= contrastRatio(color, DARK) ? WHITE : DARK,
    link: contrastRatio(color, WHITE) >= 4.5 ? color : null,
  };
};
