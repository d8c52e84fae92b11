// The plugin's RBAC actions: read the page, publish a version, export the register.
import type { Core } from '@strapi/strapi';

export const ADMIN_ACTIONS = [
  { uid: 'read', displayName: 'Read the privacy page' },
  { uid: 'publish', displayName: 'Publish a policy version' },
  { uid: 'register', displayName: 'Export the record of processing activities' },
];

export const registerAdminActions = async (strapi: Core.Strapi): Promise<void> => {
  await strapi.service('admin::permission').actionProvider.registerMany(
    ADMIN_ACTIONS.map((action) => ({
      section: 'plugins',
      displayName: action.displayName,
      uid: action.uid,
      pluginName: 'privacy',
    }))
  );
};
