// Admin routes under /privacy, for the admin page: each behind the plugin's RBAC action.
const can = (action: string) => ({ name: 'admin::hasPermissions', config: { actions: [`plugin::privacy.${action}`] } });
const guarded = (action: string) => ({ policies: ['admin::isAuthenticatedAdmin', can(action)] });

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/organizations', handler: 'admin.organizations', config: guarded('read') },
    { method: 'GET', path: '/preview', handler: 'admin.preview', config: guarded('read') },
    { method: 'GET', path: '/report', handler: 'admin.report', config: guarded('read') },
    { method: 'GET', path: '/consent-copy', handler: 'admin.consentCopy', config: guarded('read') },
    { method: 'GET', path: '/versions', handler: 'admin.versions', config: guarded('read') },
    { method: 'GET', path: '/register', handler: 'admin.register', config: guarded('register') },
    { method: 'POST', path: '/versions', handler: 'admin.publishVersion', config: guarded('publish') },
  ],
};
