// One isolated i18next instance over templates/locales/*.json: adding a language is adding one file.
import fs from 'fs';
import path from 'path';
import i18next, { type i18n, type TFunction } from 'i18next';
import { templatesDir } from './package-root';
import { typesetterFor } from './typeset';
import { elide, ELIDABLE_PARTICLES } from './typography';

export type Translate = TFunction;

export interface Translator {
  /** The languages that have a translation file. */
  languages: string[];
  forLocale(locale: string): Translate;
}

const readResources = (dir: string): Record<string, { translation: Record<string, unknown> }> => {
  const resources: Record<string, { translation: Record<string, unknown> }> = {};
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    resources[path.basename(file, '.json')] = { translation: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) };
  }
  return resources;
};

export const createTranslator = (dir: string = path.join(templatesDir(), 'locales')): Translator => {
  const resources = readResources(dir);
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    returnNull: false,
    // Values are editors' plain text: escaping belongs to each output format, and a value is never read as a key or a template.
    interpolation: { escapeValue: false, skipOnVariables: true },
  });
  // French particles an inserted name can follow: `{{name, de}}` gives "de Courrielia" or "d’Atelier Boréal".
  for (const particle of ELIDABLE_PARTICLES)
    instance.services.formatter?.add(particle, (value: unknown) => elide(particle, String(value ?? '')));
  const fixed = new Map<string, Translate>();
  return {
    languages: Object.keys(resources).sort(),
    forLocale(locale: string): Translate {
      let t = fixed.get(locale);
      if (!t) {
        // Not getFixedT: its wrapper copies the instance's whole options object on every call (a third of a cold
        // render's time in the benchmark's profile). Passing lng per call gives the same strings.
        const typeset = typesetterFor(locale);
        const translate = (key: string | string[], options?: Record<string, unknown>) =>
          typeset(instance.t(key, { ...options, lng: locale }) as string);
        t = translate as unknown as Translate;
        fixed.set(locale, t);
      }
      return t;
    },
  };
};
