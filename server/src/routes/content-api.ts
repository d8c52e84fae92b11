// Public routes under /api/privacy. Open to everyone unless the plugin config says publicAccess: false (see register.ts).
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/policy', handler: 'documents.privacyPolicy', config: { policies: [] } },
    { method: 'GET', path: '/cookie-policy', handler: 'documents.cookiePolicy', config: { policies: [] } },
    { method: 'GET', path: '/consent-copy', handler: 'documents.consentCopy', config: { policies: [] } },
    { method: 'GET', path: '/consent-copy/emails/:kind', handler: 'documents.consentEmail', config: { policies: [] } },
    { method: 'GET', path: '/versions', handler: 'documents.versions', config: { policies: [] } },
  ],
};
