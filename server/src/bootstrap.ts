// Bootstrap phase: admin permissions of the plugin and readable Content Manager labels.
import type { Core } from '@strapi/strapi';
import { registerAdminActions } from './admin-actions';
import { applyContentManagerDescriptions } from './content-manager-descriptions';
import { unknownMethodsMiddleware } from './middlewares/unknown-methods';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await registerAdminActions(strapi);
  await applyContentManagerDescriptions(strapi);
  // Here, not in register: Strapi's global middlewares are in place by now, and the router is mounted after.
  strapi.server.use(unknownMethodsMiddleware(strapi));
};

export default bootstrap;
