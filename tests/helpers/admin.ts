// An admin user and its JWT, for calling the Content Manager and the plugin's admin routes as an editor would.
import request from 'supertest';
import type { TestApp } from './strapi';

export interface AdminSession {
  token: string;
  auth: { Authorization: string };
}

export const loginAsSuperAdmin = async (app: TestApp): Promise<AdminSession> => {
  const email = 'dpo@example.test';
  const password = 'Privacy-Test-1234';
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
