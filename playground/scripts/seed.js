'use strict';
// `npm run seed [-- --reset] [-- --admin]`: loads the playground app without serving it and writes the demo company.
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const { seedDemo } = require('./seed-demo');

/** The demo's admin account, given in the README; created only when missing. */
const DEMO_ADMIN = { email: 'admin@privacy.example', password: 'Privacy-Demo-2026', firstname: 'Demo', lastname: 'Admin' };

const ensureDemoAdmin = async (strapi) => {
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: DEMO_ADMIN.email } });
  if (existing) return false;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({ ...DEMO_ADMIN, isActive: true, registrationToken: null, roles: [superAdmin.id] });
  return true;
};

const main = async () => {
  const reset = process.argv.includes('--reset');
  const withAdmin = process.argv.includes('--admin');
  const appDir = path.resolve(__dirname, '..');
  const { distDir } = await compileStrapi({ appDir });
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  try {
    if (withAdmin && (await ensureDemoAdmin(strapi))) console.log(`Created the demo admin ${DEMO_ADMIN.email}.`);
    const result = await seedDemo(strapi, { reset });
    console.log(
      result.created
        ? `Seeded the demo organization '${result.slug}' (fr, en), published.`
        : `The demo organization '${result.slug}' is already there: nothing changed (use --reset to write it again).`
    );
  } finally {
    await strapi.destroy();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
