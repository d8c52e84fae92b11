// Gives each field of the plugin's types a help text in the Content Manager (English · French), unless an editor already wrote one.
import type { Core } from '@strapi/strapi';
import fieldHelp from '../../content-types/field-help.json';

interface FieldHelpText {
  label: string;
  description: string;
}
/** Keyed by language code (content-types/field-help.json); a test checks every field has every language. */
type FieldHelp = Record<string, { fields: Record<string, Record<string, FieldHelpText>> }>;

interface Metadata {
  edit?: { description?: string };
}
interface Configuration {
  metadatas?: Record<string, Metadata>;
}
interface ContentTypesService {
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(contentType: { uid: string }, configuration: Configuration): Promise<unknown>;
}

/** Content Manager hints are one string for every admin language, so every language shares it (in the file's order). */
export const bilingualDescription = (help: Record<string, FieldHelpText>): string =>
  Object.values(help)
    .map((text) => text.description)
    .join(' · ');

export const applyContentManagerDescriptions = async (strapi: Core.Strapi): Promise<void> => {
  const service = strapi.plugin('content-manager').service('content-types') as unknown as ContentTypesService;
  for (const [uid, { fields }] of Object.entries(fieldHelp as FieldHelp)) {
    const contentType = strapi.contentType(uid as never);
    if (!contentType) continue;
    const configuration = await service.findConfiguration(contentType);
    const metadatas = configuration.metadatas ?? {};
    let changed = false;
    for (const [field, help] of Object.entries(fields)) {
      const edit = metadatas[field]?.edit;
      if (edit && !edit.description) {
        edit.description = bilingualDescription(help);
        changed = true;
      }
    }
    if (changed) await service.updateConfiguration(contentType, { ...configuration, metadatas });
  }
};
