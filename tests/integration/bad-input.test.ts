// Hostile and malformed requests on every public and admin route: each is a 4xx in Strapi's error shape naming what is wrong, none a 5xx, nothing stored changes.
import http from 'http';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { loadFixture, seedFixture } from '../helpers/fixtures';

let app: TestApp;
let admin: AdminSession;

interface Case {
  name: string;
  method?: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  admin?: boolean;
  body?: unknown;
  type?: string;
  status: number;
  /** What the message must name: the parameter, field or method at fault. */
  names: string | RegExp;
}

const LONG = 'a'.repeat(5000);

const CASES: Case[] = [
  // The privacy policy
  { name: 'unknown parameter', path: '/api/privacy/policy?organization=acme&colour=red', status: 400, names: "'colour'" },
  { name: 'repeated parameter', path: '/api/privacy/policy?organization=acme&organization=acme', status: 400, names: 'organization' },
  { name: 'array parameter', path: '/api/privacy/policy?organization[]=acme', status: 400, names: 'organization' },
  { name: 'operator object', path: '/api/privacy/policy?organization[$ne]=x', status: 400, names: 'organization' },
  { name: '__proto__ key', path: '/api/privacy/policy?organization=acme&__proto__=x', status: 400, names: '__proto__' },
  { name: '__proto__ object', path: '/api/privacy/policy?__proto__[admin]=1', status: 400, names: '__proto__' },
  { name: 'constructor.prototype', path: '/api/privacy/policy?constructor[prototype][x]=1', status: 400, names: 'constructor' },
  { name: 'NUL byte', path: '/api/privacy/policy?organization=a%00b', status: 400, names: 'organization' },
  { name: 'very long value', path: `/api/privacy/policy?organization=${LONG}`, status: 400, names: 'organization' },
  { name: 'invalid UTF-8 value', path: '/api/privacy/policy?organization=%FF%FE', status: 400, names: 'organization' },
  { name: 'truncated percent-encoding', path: '/api/privacy/policy?organization=acme&locale=%E0%A4%A', status: 400, names: 'locale' },
  { name: 'invalid UTF-8 name', path: '/api/privacy/policy?%FF=1', status: 400, names: /parameter/ },
  { name: 'unknown format', path: '/api/privacy/policy?organization=acme&format=pdf', status: 400, names: 'format' },
  { name: 'format in capitals', path: '/api/privacy/policy?organization=acme&format=HTML', status: 400, names: 'format' },
  { name: 'unknown locale', path: '/api/privacy/policy?organization=acme&locale=xx', status: 400, names: 'locale' },
  { name: 'version zero', path: '/api/privacy/policy?organization=acme&version=0', status: 400, names: 'version' },
  { name: 'negative version', path: '/api/privacy/policy?organization=acme&version=-1', status: 400, names: 'version' },
  { name: 'fractional version', path: '/api/privacy/policy?organization=acme&version=1.5', status: 400, names: 'version' },
  { name: 'huge version', path: '/api/privacy/policy?organization=acme&version=99999999999', status: 400, names: 'version' },
  { name: 'unknown version', path: '/api/privacy/policy?organization=acme&version=42', status: 404, names: 'version 42' },
  { name: 'unknown organization', path: '/api/privacy/policy?organization=nobody', status: 404, names: "organization 'nobody'" },
  { name: 'POST on a document', method: 'post', path: '/api/privacy/policy', body: { x: 1 }, status: 405, names: 'POST' },
  { name: 'PUT on a document', method: 'put', path: '/api/privacy/cookie-policy', body: { x: 1 }, status: 405, names: 'PUT' },
  { name: 'DELETE on the history', method: 'delete', path: '/api/privacy/versions', status: 405, names: 'DELETE' },
  { name: 'PATCH on the kit', method: 'patch', path: '/api/privacy/consent-copy', status: 405, names: 'PATCH' },
  // The cookie policy, the consent copy, the history
  { name: 'jsonld for cookies', path: '/api/privacy/cookie-policy?organization=acme&format=jsonld', status: 400, names: 'format' },
  { name: 'unknown e-mail tool', path: '/api/privacy/consent-copy?organization=acme&esp=sendgrid', status: 400, names: 'esp' },
  { name: 'e-mail tool as array', path: '/api/privacy/consent-copy?organization=acme&esp[]=brevo', status: 400, names: 'esp' },
  { name: 'kit as HTML', path: '/api/privacy/consent-copy?organization=acme&format=html', status: 400, names: 'format' },
  { name: 'unknown e-mail kind', path: '/api/privacy/consent-copy/emails/welcome?organization=acme', status: 404, names: "kind 'welcome'" },
  { name: 'NUL e-mail kind', path: '/api/privacy/consent-copy/emails/%00?organization=acme', status: 404, names: 'kind' },
  {
    name: 'e-mail as Markdown',
    path: '/api/privacy/consent-copy/emails/double-opt-in?organization=acme&format=markdown',
    status: 400,
    names: 'format',
  },
  { name: 'unknown document kind in history', path: '/api/privacy/versions?organization=acme&kind=terms', status: 400, names: 'kind' },
  { name: 'version filter on history', path: '/api/privacy/versions?organization=acme&version=1', status: 400, names: "'version'" },
  // Admin routes
  { name: 'admin: report language', admin: true, path: '/privacy/report?organization=acme&lang=de', status: 400, names: 'lang' },
  {
    name: 'admin: report organization',
    admin: true,
    path: '/privacy/report?organization=nobody',
    status: 404,
    names: "organization 'nobody'",
  },
  { name: 'admin: preview kind', admin: true, path: '/privacy/preview?organization=acme&kind=terms', status: 400, names: 'kind' },
  {
    name: 'admin: preview unknown parameter',
    admin: true,
    path: '/privacy/preview?organization=acme&draft=1',
    status: 400,
    names: "'draft'",
  },
  { name: 'admin: register format', admin: true, path: '/privacy/register?organization=acme&format=pdf', status: 400, names: 'format' },
  { name: 'admin: register locale', admin: true, path: '/privacy/register?organization=acme&locale=de', status: 400, names: 'locale' },
  { name: 'admin: organizations parameter', admin: true, path: '/privacy/organizations?x=1', status: 400, names: "'x'" },
  {
    name: 'admin: note as operator',
    admin: true,
    method: 'post',
    path: '/privacy/versions',
    body: { note: { $ne: 1 } },
    status: 400,
    names: 'note',
  },
  {
    name: 'admin: organization as array',
    admin: true,
    method: 'post',
    path: '/privacy/versions',
    body: { organization: ['acme'] },
    status: 400,
    names: 'organization',
  },
  {
    name: 'admin: unknown field',
    admin: true,
    method: 'post',
    path: '/privacy/versions',
    body: { force: true },
    status: 400,
    names: 'force',
  },
  {
    name: 'admin: __proto__ field',
    admin: true,
    method: 'post',
    path: '/privacy/versions',
    body: '{"__proto__":{"admin":true}}',
    type: 'application/json',
    status: 400,
    names: /prototype/,
  },
  {
    name: 'admin: body as array',
    admin: true,
    method: 'post',
    path: '/privacy/versions',
    body: '[1,2]',
    type: 'application/json',
    status: 400,
    names: 'body',
  },
  {
    name: 'admin: body as text',
    admin: true,
    method: 'post',
    path: '/privacy/versions',
    body: 'publish please',
    type: 'text/plain',
    status: 400,
    names: 'body',
  },
  {
    name: 'admin: invalid JSON',
    admin: true,
    method: 'post',
    path: '/privacy/versions',
    body: '{"note":',
    type: 'application/json',
    status: 400,
    names: /JSON|body|Unexpected|invalid/i,
  },
  {
    name: 'admin: body too large',
    admin: true,
    method: 'post',
    path: '/privacy/versions',
    body: { note: 'x'.repeat(2 * 1024 * 1024) },
    status: 413,
    names: /too large/i,
  },
  {
    name: 'admin: note too long',
    admin: true,
    method: 'post',
    path: '/privacy/versions',
    body: { note: 'x'.repeat(3000) },
    status: 400,
    names: 'note',
  },
  { name: 'admin: DELETE on versions', admin: true, method: 'delete', path: '/privacy/versions', status: 405, names: 'DELETE' },
  { name: 'admin: POST on report', admin: true, method: 'post', path: '/privacy/report', body: {}, status: 405, names: 'POST' },
  { name: 'admin: no token', path: '/privacy/report?organization=acme', status: 401, names: /./ },
];

/** Everything the plugin stores, and the revision markers (global and per organization): a failed request must leave them as they were. */
const storedState = async () => {
  const counts: Record<string, number> = {};
  for (const uid of ['organization', 'dpo', 'purpose', 'recipient', 'retention-rule', 'cookie', 'policy-version']) {
    counts[uid] = await app.strapi.db.query(`plugin::privacy.${uid}` as never).count();
  }
  const revision = await app.strapi.db
    .query('strapi::core-store' as never)
    .findMany({ where: { key: { $startsWith: 'plugin_privacy_revision' } }, select: ['key', 'value'], orderBy: { key: 'asc' } });
  return { counts, revision };
};

beforeAll(async () => {
  app = await startTestApp();
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, loadFixture('acme'));
});

afterAll(async () => {
  await app?.stop();
});

test(`there are at least 40 cases (${CASES.length})`, () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
});

test.each(CASES)('$name → $status', async ({ method = 'get', path, admin: asAdmin, body, type, status, names }) => {
  const before = await storedState();
  let call = request(app.server)[method](path);
  if (asAdmin) call = call.set(admin.auth);
  if (type) call = call.set('Content-Type', type);
  const response = await (body === undefined ? call : call.send(body as object));
  expect(response.status).toBe(status);
  expect(response.body).toMatchObject({ data: null, error: { status, name: expect.any(String), message: expect.any(String) } });
  expect(response.body.error.message).toMatch(typeof names === 'string' ? new RegExp(names.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : names);
  expect(await storedState()).toEqual(before);
});

test("a 4xx is the client's mistake: no request above or below logs a server error", async () => {
  const logged = jest.spyOn(app.strapi.log, 'error');
  try {
    for (const [method, path] of [
      ['post', '/api/privacy/policy'],
      ['delete', '/api/privacy/versions'],
    ] as const) {
      expect((await request(app.server)[method](path)).status).toBe(405);
    }
    expect((await request(app.server).delete('/privacy/versions').set(admin.auth)).status).toBe(405);
    expect((await request(app.server).get('/api/privacy/policy?organization=acme&colour=red')).status).toBe(400);
    expect(logged).not.toHaveBeenCalled();
  } finally {
    logged.mockRestore();
  }
});

describe('methods the router does not know', () => {
  /** A raw request: supertest has no verb for QUERY and friends, and the answer must be the server's own. */
  const send = (method: string, path: string): Promise<{ status: number; allow?: string; body: string }> =>
    new Promise((resolve, reject) => {
      const server = app.server;
      const address = server.address() as AddressInfo | null;
      const go = (port: number) => {
        const req = http.request({ host: '127.0.0.1', port, method, path }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
        });
        req.on('error', reject);
        req.end();
      };
      if (address) go(address.port);
      else server.listen(0, '127.0.0.1', () => go((server.address() as AddressInfo).port));
    });

  test.each(['TRACE', 'PROPFIND', 'SEARCH', 'PURGE', 'LINK', 'UNLINK', 'QUERY', 'MKCOL', 'LOCK', 'REPORT'])(
    "%s on every public path answers 405 with Allow, in Strapi's error shape",
    async (method) => {
      for (const path of [
        '/api/privacy/policy?organization=acme',
        '/api/privacy/cookie-policy',
        '/api/privacy/consent-copy/emails/double-opt-in',
        '/api/privacy/versions',
        '/api/privacy/cookie-banner',
      ]) {
        const response = await send(method, path);
        expect(response.status).toBe(405);
        expect(response.allow).toBe('GET, HEAD');
        expect(JSON.parse(response.body)).toMatchObject({ data: null, error: { status: 405, message: expect.stringContaining(method) } });
      }
    }
  );

  test("other paths keep Strapi's own answer, and GET still serves", async () => {
    expect((await send('PROPFIND', '/api/not-the-plugin')).status).not.toBe(405);
    expect((await send('GET', '/api/privacy/policy?organization=acme')).status).toBe(200);
  });
});
