// The RBAC actions the admin page checks; the server registers the same uids in bootstrap.
export const PERMISSIONS = {
  read: [{ action: 'plugin::privacy.read', subject: null }],
  publish: [{ action: 'plugin::privacy.publish', subject: null }],
  register: [{ action: 'plugin::privacy.register', subject: null }],
  readRequests: [{ action: 'plugin::privacy.requests.read', subject: null }],
  manageRequests: [{ action: 'plugin::privacy.requests.manage', subject: null }],
  readBreaches: [{ action: 'plugin::privacy.breaches.read', subject: null }],
  manageBreaches: [{ action: 'plugin::privacy.breaches.manage', subject: null }],
};
