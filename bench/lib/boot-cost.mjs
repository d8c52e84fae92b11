// Boot cost: fresh processes booting the playground with and without the plugin, alternately, each on its own database.
import path from 'node:path';
import { startChild } from './child.mjs';
import { median, round, spread } from './stats.mjs';

const CONFIGURATIONS = [
  { name: 'withPlugin', env: { PRIVACY_ENABLED: 'true' } },
  { name: 'withoutPlugin', env: { PRIVACY_ENABLED: 'false' } },
];

/**
 * One untimed first boot per configuration creates its schema; then `boots` timed boots each, alternating.
 * bootMs is createStrapi → load → mount; processMs adds node's start and loading @strapi/strapi.
 */
export const measureBootCost = async ({ script, env, databaseDir, boots }) => {
  const bootOnce = async (configuration) => {
    const child = await startChild(script, {
      env: { ...env, ...configuration.env, DATABASE_FILENAME: path.join(databaseDir, `boot-${configuration.name}.db`) },
    });
    await child.stop();
    const expected = configuration.name === 'withPlugin';
    if (child.privacyLoaded !== expected) throw new Error(`${configuration.name}: the privacy plugin loaded = ${child.privacyLoaded}`);
    return { bootMs: child.bootMs, processMs: child.processMs };
  };

  const firstBoot = {};
  for (const configuration of CONFIGURATIONS) firstBoot[configuration.name] = round((await bootOnce(configuration)).bootMs, 0);
  const runs = Object.fromEntries(CONFIGURATIONS.map((c) => [c.name, []]));
  for (let i = 0; i < boots; i++) {
    for (const configuration of CONFIGURATIONS) runs[configuration.name].push(await bootOnce(configuration));
  }
  const summary = (name) => ({
    bootMs: round(median(runs[name].map((r) => r.bootMs)), 0),
    processMs: round(median(runs[name].map((r) => r.processMs)), 0),
    spread: round(spread(runs[name].map((r) => r.bootMs)), 3),
    firstBootMs: firstBoot[name],
    runsMs: runs[name].map((r) => round(r.bootMs, 0)),
  });
  const withPlugin = summary('withPlugin');
  const withoutPlugin = summary('withoutPlugin');
  return {
    withPlugin,
    withoutPlugin,
    bootRatio: round(withPlugin.bootMs / withoutPlugin.bootMs, 3),
    processRatio: round(withPlugin.processMs / withoutPlugin.processMs, 3),
  };
};
