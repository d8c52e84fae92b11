// The RBAC actions the admin page checks; the server registers the same uids in bootstrap.
export const PERMISSIONS = {
  read: [{ action: 'plugin::privacy.read', subject: null }],
  publish: [{ action: 'plugin::privacy.publish', subject: null }],
  register: [{ action: 'plugin::privacy.register', subject: null }],
  presets: [{ action: 'plugin::privacy.presets', subject: null }],
};

/**
 * The registers' actions, one object per register: useRBAC names an allowed action after the action's last
 * segment (`…requests.read` → canRead), so both registers in one call would share canRead and canManage.
 */
export const REQUEST_PERMISSIONS = {
  read: [{ action: 'plugin::privacy.requests.read', subject: null }],
  manage: [{ action: 'plugin::privacy.requests.manage', subject: null }],
};
export const BREACH_PERMISSIONS = {
  read: [{ action: 'plugin::privacy.breaches.read', subject: null }],
  manage: [{ action: 'plugin::privacy.breaches.manage', subject: null }],
};
