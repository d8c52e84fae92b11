// Child process: boots the playground once (createStrapi → load → mount), reports how long it took, then waits to be stopped.
import { bootPlayground } from '../lib/playground.mjs';
import { serveCommands } from '../lib/child.mjs';

const { strapi, bootMs } = await bootPlayground();
const privacyLoaded = Boolean(strapi.plugin('privacy'));
serveCommands({}, () => strapi.destroy());
// processMs counts from node's own start: module loading of @strapi/strapi included.
process.send({ ready: true, bootMs, processMs: process.uptime() * 1000, privacyLoaded });
