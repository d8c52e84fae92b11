// Gives each field of the plugin's types a help text in the Content Manager (English · French), unless an editor already wrote one.
import type { Core } from '@strapi/strapi';
import fieldHelp from '../../content-types/field-help.json';

interface FieldHelpText {
  label: string;
  description: string;
}
type FieldHelp = Record<string, { fields: Record<string, { en: FieldHelpText; fr: FieldHelpText }> }>;

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

/** Content Manager hints are one string for every admin language, so both languages share it. */
export const bilingualDescription = (help: { en: FieldHelpText; fr: FieldHelpText }): string =>
  `${help.en.description} · ${help.fr.description}`;

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
