// The plugin's RBAC actions: read the page, publish a version, export the Art. 30 record, read or manage the rights-request and breach registers, add a vendor preset.
import type { Core } from '@strapi/strapi';

export const ADMIN_ACTIONS = [
  { uid: 'read', displayName: 'Read the privacy page' },
  { uid: 'publish', displayName: 'Publish a policy version' },
  { uid: 'register', displayName: 'Export the record of processing activities' },
  { uid: 'requests.read', displayName: 'Read the rights requests and their letters' },
  { uid: 'requests.manage', displayName: 'Record and update rights requests' },
  { uid: 'breaches.read', displayName: 'Read the breach register and its drafts' },
  { uid: 'breaches.manage', displayName: 'Record and update breaches' },
  { uid: 'presets', displayName: 'Add a service from the vendor presets (as draft cookies and recipients)' },
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
