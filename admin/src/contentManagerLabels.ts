// Content Manager field labels for the plugin's types, in the admin's language, from content-types/field-help.json.
import fieldHelp from '../../content-types/field-help.json';
import { helpLanguage } from './contentManagerLayout';

/** Keyed by language code: a language added to field-help.json is picked up here with no change. */
interface FieldHelpEntry {
  displayName: Record<string, string>;
  fields: Record<string, Record<string, { label: string; description: string }>>;
}

/** Keys are the ones the Content Manager looks up: `content-manager.content-types.<uid>.<field>`. */
export const contentManagerLabels = (locale: string): Record<string, string> => {
  const labels: Record<string, string> = {};
  for (const [uid, entry] of Object.entries(fieldHelp as Record<string, FieldHelpEntry>)) {
    for (const [field, help] of Object.entries(entry.fields)) {
      labels[`content-manager.content-types.${uid}.${field}`] = help[helpLanguage(locale, help)].label;
    }
  }
  return labels;
};
