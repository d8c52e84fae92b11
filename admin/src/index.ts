// The admin side of strapi-plugin-privacy: a menu link to the plugin page and the translations.
import { PLUGIN_ID } from './pluginId';
import { PluginIcon } from './components/PluginIcon';
import { PERMISSIONS } from './permissions';
import { contentManagerLabels } from './contentManagerLabels';
import { getTranslation } from './utils/getTranslation';

interface AdminApp {
  addMenuLink(link: unknown): void;
  registerPlugin(plugin: { id: string; name: string }): void;
}

const prefixKeys = (translations: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(translations).map(([key, value]) => [getTranslation(key), value]));

export default {
  register(app: AdminApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Privacy' },
      permissions: PERMISSIONS.read,
      // A plain function returning the import (not an async one, which Strapi 5 warns is deprecated).
      Component: () => import('./pages/App').then((module) => ({ default: module.App })),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const own = await import(`./translations/${locale}.json`)
          .then((module: { default: Record<string, string> }) => module.default)
          .catch(() => ({}) as Record<string, string>);
        return { data: { ...prefixKeys(own), ...contentManagerLabels(locale) }, locale };
      })
    );
  },
};
