'use strict';
// `npm run seed [-- --reset]`: loads the playground app without serving it and writes the demo company.
const path = require('path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const { seedDemo } = require('./seed-demo');

const main = async () => {
  const reset = process.argv.includes('--reset');
  const appDir = path.resolve(__dirname, '..');
  const { distDir } = await compileStrapi({ appDir });
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  try {
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
