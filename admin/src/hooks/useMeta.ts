// What the server offers (document kinds, content locales, languages, e-mail tools): the admin page lists nothing by hand.
import { useAdminData } from './useAdminData';

export interface PluginMeta {
  kinds: Array<{ kind: string; name: string; formats: string[] }>;
  locales: string[];
  defaultLocale: string;
  /** Languages that have a translation file: the completeness report speaks them. */
  languages: string[];
  emailTools: string[];
  emailKinds: string[];
  bannerLibraries: string[];
  /** The internal letters of each register (served by admin routes only). */
  letters: { requests: string[]; breaches: string[] };
}

export const useMeta = () => useAdminData<PluginMeta>('/privacy/meta');

/** A language's own name, capitalised, with its code: "Français (fr)", "English (en)". */
export const languageName = (code: string): string => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return `${name.charAt(0).toLocaleUpperCase(code)}${name.slice(1)} (${code})`;
};

/** The admin's language when the server speaks it, else English, else the first language there is. */
export const pickLanguage = (adminLocale: string, languages: string[]): string =>
  languages.find((code) => adminLocale === code || adminLocale.startsWith(`${code}-`)) ??
  (languages.includes('en') ? 'en' : (languages[0] ?? 'en'));
