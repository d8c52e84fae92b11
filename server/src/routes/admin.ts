// Admin routes under /privacy, for the admin page: each behind the plugin's RBAC action, and the drafts' also behind the Content Manager's.
import { EDITABLE_UIDS, UID } from '../uids';

/**
 * The preview and the report show drafts, which the Content Manager shows only to roles that may read the plugin's
 * types there. `plugin::privacy.read` alone must not open them wider: those routes also need the Content Manager's
 * read permission on each of the six types (every action must hold, as admin::hasPermissions checks them).
 */
const READ_DRAFTS: Array<[action: string, subject: string]> = EDITABLE_UIDS.map((uid) => ['plugin::content-manager.explorer.read', uid]);

/** Adding a preset writes cookies and recipients: the role must also be allowed to create them in the Content Manager. */
const CREATE_TRACKERS: Array<[action: string, subject: string]> = [UID.cookie, UID.recipient].map((uid) => [
  'plugin::content-manager.explorer.create',
  uid,
]);

const can = (action: string, drafts: boolean, creates: boolean) => ({
  name: 'admin::hasPermissions',
  config: { actions: [`plugin::privacy.${action}`, ...(drafts ? READ_DRAFTS : []), ...(creates ? CREATE_TRACKERS : [])] },
});
const guarded = (action: string, drafts: boolean, creates: boolean) => ({
  policies: ['admin::isAuthenticatedAdmin', can(action, drafts, creates)],
});

const ROUTES: Array<{ method: string; path: string; handler: string; action: string; drafts?: boolean; creates?: boolean }> = [
  { method: 'GET', path: '/meta', handler: 'admin.meta', action: 'read' },
  { method: 'GET', path: '/organizations', handler: 'admin.organizations', action: 'read' },
  { method: 'GET', path: '/preview', handler: 'admin.preview', action: 'read', drafts: true },
  { method: 'GET', path: '/report', handler: 'admin.report', action: 'read', drafts: true },
  { method: 'GET', path: '/consent-copy', handler: 'admin.consentCopy', action: 'read' },
  { method: 'GET', path: '/versions', handler: 'admin.versions', action: 'read' },
  { method: 'GET', path: '/register', handler: 'admin.recordOfProcessing', action: 'register' },
  { method: 'POST', path: '/versions', handler: 'admin.publishVersion', action: 'publish' },
  { method: 'GET', path: '/presets', handler: 'presets.list', action: 'read' },
  { method: 'POST', path: '/presets/:id/apply', handler: 'presets.apply', action: 'presets', creates: true },
  // The registers: the export routes come before /:id, which would otherwise take "export" for an id.
  { method: 'GET', path: '/rights-requests/export', handler: 'registers.exportRequests', action: 'requests.read' },
  { method: 'GET', path: '/rights-requests', handler: 'registers.listRequests', action: 'requests.read' },
  { method: 'POST', path: '/rights-requests', handler: 'registers.createRequest', action: 'requests.manage' },
  { method: 'GET', path: '/rights-requests/:id', handler: 'registers.getRequest', action: 'requests.read' },
  { method: 'PUT', path: '/rights-requests/:id', handler: 'registers.updateRequest', action: 'requests.manage' },
  { method: 'GET', path: '/rights-requests/:id/letters/:letter', handler: 'registers.requestLetter', action: 'requests.read' },
  { method: 'GET', path: '/breaches/export', handler: 'registers.exportBreaches', action: 'breaches.read' },
  { method: 'GET', path: '/breaches', handler: 'registers.listBreaches', action: 'breaches.read' },
  { method: 'POST', path: '/breaches', handler: 'registers.createBreach', action: 'breaches.manage' },
  { method: 'GET', path: '/breaches/:id', handler: 'registers.getBreach', action: 'breaches.read' },
  { method: 'PUT', path: '/breaches/:id', handler: 'registers.updateBreach', action: 'breaches.manage' },
  { method: 'GET', path: '/breaches/:id/letters/:letter', handler: 'registers.breachLetter', action: 'breaches.read' },
];

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const paths = [...new Set(ROUTES.map((route) => route.path))];

export default {
  type: 'admin',
  routes: [
    ...ROUTES.map(({ method, path, handler, action, drafts = false, creates = false }) => ({
      method,
      path,
      handler,
      config: guarded(action, drafts, creates),
    })),
    // Any other method: a 405 in Strapi's error shape, for signed-in admins.
    ...paths.flatMap((path) =>
      METHODS.filter((method) => !ROUTES.some((route) => route.path === path && route.method === method)).map((method) => ({
        method,
        path,
        handler: 'admin.methodNotAllowed',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      }))
    ),
  ],
};
