// Admin routes under /privacy, for the admin page: each behind the plugin's RBAC action.
const can = (action: string) => ({ name: 'admin::hasPermissions', config: { actions: [`plugin::privacy.${action}`] } });

export default {
  type: 'admin',
  routes: [
    { method: 'POST', path: '/versions', handler: 'admin.publishVersion', config: { policies: ['admin::isAuthenticatedAdmin', can('publish')] } },
  ],
};
