// Public routes under /api/privacy. Open to everyone unless the plugin config says publicAccess: false (see register.ts).
import { DOCUMENT_KINDS, kindSpec } from '../documents/kinds';

export const PUBLIC_GETS: Array<[path: string, handler: string]> = [
  ...DOCUMENT_KINDS.map((kind): [string, string] => [kindSpec(kind).route, `documents.${kindSpec(kind).name}`]),
  ['/consent-copy', 'documents.consentCopy'],
  ['/consent-copy/emails/:kind', 'documents.consentEmail'],
  ['/versions', 'documents.versions'],
  ['/cookie-banner', 'documents.cookieBanner'],
];

const OTHER_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

export default {
  type: 'content-api',
  routes: [
    ...PUBLIC_GETS.map(([path, handler]) => ({
      method: 'GET',
      path,
      handler,
      config: { policies: [] },
    })),
    // The Content Manager's preview: opened by a signed, short-lived link (server/src/preview), so never behind a role.
    {
      method: 'GET',
      path: '/preview',
      handler: 'preview.page',
      config: { auth: false, policies: [] },
    },
    // Read-only resources: other methods answer 405 in Strapi's error shape.
    ...[...PUBLIC_GETS.map(([path]) => path), '/preview'].flatMap((path) =>
      OTHER_METHODS.map((method) => ({ method, path, handler: 'documents.methodNotAllowed', config: { policies: [] } }))
    ),
  ],
};
