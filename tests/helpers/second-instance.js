'use strict';
// A second playground instance in its own process, on the database the DATABASE_* variables name; prints "READY <port>".
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const main = async () => {
  const appDir = path.resolve(__dirname, '..', '..', 'playground');
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  server.listen(0, '127.0.0.1', () => process.stdout.write(`READY ${server.address().port}\n`));
  const stop = async () => {
    await strapi.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
