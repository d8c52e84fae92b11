// Content Manager field labels for the plugin's types, in the admin's language, from content-types/field-help.json.
import fieldHelp from '../../content-types/field-help.json';

type Locale = 'en' | 'fr';
interface FieldHelpEntry {
  displayName: Record<Locale, string>;
  fields: Record<string, Record<Locale, { label: string; description: string }>>;
}

/** Keys are the ones the Content Manager looks up: `content-manager.content-types.<uid>.<field>`. */
export const contentManagerLabels = (locale: string): Record<string, string> => {
  const lang: Locale = locale.startsWith('fr') ? 'fr' : 'en';
  const labels: Record<string, string> = {};
  for (const [uid, entry] of Object.entries(fieldHelp as Record<string, FieldHelpEntry>)) {
    for (const [field, help] of Object.entries(entry.fields)) {
      labels[`content-manager.content-types.${uid}.${field}`] = help[lang].label;
    }
  }
  return labels;
};
