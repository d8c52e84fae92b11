// The admin side of strapi-plugin-privacy: a menu link to the plugin page, the translations, and the Content Manager's
// fields of the plugin's types in the admin's language (contentManagerLayout.ts).
import { PLUGIN_ID } from './pluginId';
import { PluginIcon } from './components/PluginIcon';
import { PERMISSIONS } from './permissions';
import { contentManagerLabels } from './contentManagerLabels';
import { LABELLED_ENUMERATION, localizeEditLayout, localizeListColumns, localizeTypeLinks } from './contentManagerLayout';
import { LabelledEnumeration } from './components/LabelledEnumeration';
import { getTranslation } from './utils/getTranslation';

interface AdminApp {
  addMenuLink(link: unknown): void;
  addFields(field: { type: string; Component: React.ComponentType<never> }): void;
  registerPlugin(plugin: { id: string; name: string }): void;
}
interface AdminBootstrap {
  registerHook(name: string, hook: (input: never) => unknown): void;
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
    app.addFields({ type: LABELLED_ENUMERATION, Component: LabelledEnumeration });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app: AdminBootstrap) {
    // Wrapped: Strapi calls each hook with a second argument (its store), which is not a language.
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', (input: Parameters<typeof localizeEditLayout>[0]) =>
      localizeEditLayout(input)
    );
    app.registerHook('Admin/CM/pages/App/mutate-collection-types-links', (input: Parameters<typeof localizeTypeLinks>[0]) =>
      localizeTypeLinks(input)
    );
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', (input: Parameters<typeof localizeListColumns>[0]) =>
      localizeListColumns(input)
    );
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
