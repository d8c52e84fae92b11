// An admin user and its JWT, for calling the Content Manager and the plugin's admin routes as an editor would.
import request from 'supertest';
import type { TestApp } from './strapi';

export interface AdminSession {
  token: string;
  auth: { Authorization: string };
}

/** The super admin every test logs in as (the browser tests type these on the login page). */
export const ADMIN_EMAIL = 'dpo@example.test';
export const ADMIN_PASSWORD = 'Privacy-Test-1234';

export const loginAsSuperAdmin = async (app: TestApp): Promise<AdminSession> => {
  const email = ADMIN_EMAIL;
  const password = ADMIN_PASSWORD;
  const superAdmin = await app.strapi.service('admin::role').getSuperAdmin();
  const existing = await app.strapi.db.query('admin::user').findOne({ where: { email } });
  if (!existing) {
    await app.strapi.service('admin::user').create({
      email,
      firstname: 'Test',
      lastname: 'DPO',
      password,
      isActive: true,
      registrationToken: null,
      roles: [superAdmin.id],
    });
  }
  const response = await request(app.server).post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  const token: string = response.body.data.token;
  return { token, auth: { Authorization: `Bearer ${token}` } };
};

export interface ReportItem {
  code: string;
  entry: string;
  locale: string;
  message: string;
  [key: string]: unknown;
}

/** The completeness report's findings for one organization (drafts of every locale), fixes in English. */
export const reportItems = async (app: TestApp, admin: AdminSession, slug: string): Promise<ReportItem[]> => {
  const response = await request(app.server).get(`/privacy/report?organization=${slug}&lang=en`).set(admin.auth);
  if (response.status !== 200) throw new Error(`report failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.items;
};

/** The findings as "code entry locale" lines, easy to compare. */
export const reportLines = async (app: TestApp, admin: AdminSession, slug: string): Promise<string[]> =>
  (await reportItems(app, admin, slug)).map((item) => `${item.code} ${item.entry} ${item.locale}`);
