// Prefixes a translation key with the plugin id, as the admin's i18n expects.
import { PLUGIN_ID } from '../pluginId';

export const getTranslation = (id: string): string => `${PLUGIN_ID}.${id}`;
