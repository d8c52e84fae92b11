// `node bench/profile.mjs`: runs the playground under node --cpu-prof through warm A, warm B, cold requests and full renders, and says where the CPU goes in each.
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { startChild } from './lib/child.mjs';
import { inclusiveTime, readProfile, summariseProfile } from './lib/cpu-profile.mjs';
import { baseEnvironment, BENCH_DIR, compilePlayground, describePluginBuild, makeDatabaseDir, RESULTS_DIR } from './lib/playground.mjs';

const SECONDS = 8;
const COLD_SIZE = 100;
const COLD_REQUESTS = 60;
const PROFILE_DIR = path.join(RESULTS_DIR, 'profiles');

/** Plugin and Strapi functions whose inclusive time is worth reading, when the build keeps their names. */
const WATCHED = [
  /^cached$/,
  /^published$/,
  /^factsFor$/,
  /^resolveLocale$/,
  /^allowedLocales$/,
  /^organizationSlugs$/,
  /^loadFacts$/,
  /^findOrganizationRow$/,
  /^buildPrivacyPolicy$/,
  /^buildCookiePolicy$/,
  /^renderDocumentBodies$/,
  /^documentBody$/,
  /^documentHash$/,
  /^documentContent$/,
  /^withEdition$/,
  /^contentHash$/,
  /^sourceHash$/,
  /^draft$/,
  /^html$/,
  /^markdown$/,
  /^text$/,
  /^privacyPolicyJsonLd$/,
  /^renderText$/,
  /^countWords$/,
  /^linkifyHtml$/,
  /^tidy$/,
  /^formatDate$/,
  /^countryName$/,
  /^authenticate$/,
  /^findMany$/,
  /^findFirst$/,
  /^sanitizeOutput$/,
  /^transformResponse$/,
];

/** Ten connections for SECONDS seconds; resolves to the number of requests answered. */
const hammer = async (url) => (await autocannon({ url, connections: 10, duration: SECONDS })).requests.total;

const main = async () => {
  const pluginBuild = describePluginBuild();
  await compilePlayground();
  const databaseDir = makeDatabaseDir();
  fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
  const app = await startChild(path.join(BENCH_DIR, 'processes', 'playground-server.mjs'), {
    env: { ...baseEnvironment(), DATABASE_FILENAME: path.join(databaseDir, 'profile.db') },
    execArgv: ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`],
  });
  const base = `http://127.0.0.1:${app.port}`;
  const windows = {};
  /** Runs `work` (which returns how many requests it made) inside a window of the profile. */
  const during = async (name, work) => {
    const from = await app.call('clock');
    const requests = await work();
    windows[name] = { from, to: await app.call('clock'), requests };
    console.log(`profiled ${name}: ${requests} requests`);
  };
  try {
    await app.call('seedDemo');
    const routeA = `${base}/api/privacy/policy?format=html&organization=courrielia&locale=fr`;
    await app.call('setPolicyPage', { html: await (await fetch(routeA)).text() });
    await hammer(routeA); // warm-up, outside any window
    await hammer(`${base}/api/policy-page`);
    await during('warm A (plugin route)', () => hammer(routeA));
    await during('warm B (core REST)', () => hammer(`${base}/api/policy-page`));
    const { slug } = await app.call('seedOrganization', { purposeCount: COLD_SIZE });
    for (const route of ['policy', 'cookie-policy']) {
      await during(`cold ${route}, ${COLD_SIZE} purposes, ${COLD_REQUESTS} requests`, async () => {
        for (let i = 0; i < COLD_REQUESTS; i++) {
          await app.call('invalidate');
          await (await fetch(`${base}/api/privacy/${route}?format=html&organization=${slug}&locale=fr`)).text();
        }
        return COLD_REQUESTS;
      });
    }
    for (const kind of ['privacy-policy', 'cookie-policy']) {
      await during(`full render ${kind} (every format, from the entries), ${COLD_SIZE} purposes, ${COLD_REQUESTS} renders`, async () => {
        for (let i = 0; i < COLD_REQUESTS; i++) await app.call('fullRender', { kind, slug, locale: 'fr' });
        return COLD_REQUESTS;
      });
    }
  } finally {
    await app.stop();
    fs.rmSync(databaseDir, { recursive: true, force: true });
  }

  const [file] = fs.readdirSync(PROFILE_DIR).filter((name) => name.endsWith('.cpuprofile'));
  const profile = readProfile(path.join(PROFILE_DIR, file));
  console.log(`Plugin build: ${pluginBuild.bundle} sha256 ${pluginBuild.sha256}…, built ${pluginBuild.builtAt}`);
  const summary = { pluginBuild };
  for (const [name, window] of Object.entries(windows)) {
    const { totalMs, packages, functions } = summariseProfile(profile, { window, top: 20 });
    // Idle is time the server waited for the client (or the next IPC call): not the request's.
    const busyMs = totalMs - (packages.find((p) => p.name === '(idle)')?.ms ?? 0);
    const inclusive = inclusiveTime(profile, WATCHED, window).filter((entry) => entry.ms > 0);
    const perRequestUs = (ms) => Math.round((ms * 1000) / window.requests);
    summary[name] = {
      wallMs: Math.round((window.to - window.from) / 1000),
      sampledMs: totalMs,
      busyMs,
      requests: window.requests,
      busyUsPerRequest: perRequestUs(busyMs),
      packages: packages.slice(0, 15).map((p) => ({ ...p, usPerRequest: perRequestUs(p.ms) })),
      functions,
      inclusive,
    };
    console.log(
      `\n== ${name}: ${Math.round((window.to - window.from) / 1000)} ms wall, ${busyMs} ms busy on the main thread, ` +
        `${window.requests} requests, ${perRequestUs(busyMs)} µs busy per request`
    );
    console.log('self time by package (share, total, per request):');
    for (const p of packages.slice(0, 12)) {
      console.log(
        `  ${(p.share * 100).toFixed(1).padStart(5)}%  ${String(p.ms).padStart(6)} ms  ${String(perRequestUs(p.ms)).padStart(6)} µs/req  ${p.name}`
      );
    }
    console.log('top functions (self):');
    for (const f of functions.slice(0, 15))
      console.log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${String(f.ms).padStart(6)} ms  ${f.name}`);
    console.log('inclusive time of watched functions:');
    for (const entry of inclusive) console.log(`  ${String(entry.ms).padStart(6)} ms  ${entry.function}`);
  }
  fs.writeFileSync(path.join(RESULTS_DIR, 'profile-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nProfile: ${path.relative(process.cwd(), path.join(PROFILE_DIR, file))}; summary: bench/results/profile-summary.json`);
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
