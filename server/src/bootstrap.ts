// Bootstrap phase: admin permissions of the plugin and readable Content Manager labels.
import type { Core } from '@strapi/strapi';
import { registerAdminActions } from './admin-actions';
import { applyContentManagerDescriptions } from './content-manager-descriptions';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await registerAdminActions(strapi);
  await applyContentManagerDescriptions(strapi);
};

export default bootstrap;
