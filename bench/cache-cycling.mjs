// `npm run bench:cycling`: the hot set's hit rate and throughput while a client cycles every valid URL, and the cache policies on the same trace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { startChild } from './lib/child.mjs';
import { describeMachine, loadAverage } from './lib/machine.mjs';
import { baseEnvironment, BENCH_DIR, compilePlayground, describePluginBuild, makeDatabaseDir, RESULTS_DIR } from './lib/playground.mjs';
import { round } from './lib/stats.mjs';

const QUICK = process.argv.includes('--quick');
const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? (QUICK ? 30 : 100));
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 8 : 20));
const LOCALES = ['fr', 'en'];
/** Every valid document URL of an organization in a locale: 5 formats of the policy, 4 of the cookie policy (no JSON-LD). */
const DOCUMENTS = [
  ...['json', 'html', 'markdown', 'text', 'jsonld'].map((format) => ['policy', format]),
  ...['json', 'html', 'markdown', 'text'].map((format) => ['cookie-policy', format]),
];
/** The hot set: the pages a site's visitors actually read, 5 organizations × 2 locales × HTML and JSON of both kinds. */
const HOT_ORGANIZATIONS = 5;
const HOT_DOCUMENTS = DOCUMENTS.filter(([, format]) => format === 'html' || format === 'json');
const HOT_CONNECTIONS = 4;
const CYCLER_CONNECTIONS = 4;

const startedAt = performance.now();
const log = (message) => console.log(`[cycling ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);

const urlsOf = (baseUrl, slugs, documents) =>
  slugs.flatMap((slug) =>
    LOCALES.flatMap((locale) =>
      documents.map(([route, format]) => `${baseUrl}/api/privacy/${route}?organization=${slug}&locale=${locale}&format=${format}`)
    )
  );

/**
 * `connections` loops, each fetching the next URL of `urls` in turn (round robin over the list, shared), until
 * `until` or `maxRequests` requests. Fails on any status but 200: a benchmark of errors would measure the wrong thing.
 */
const drive = async (urls, connections, until, maxRequests = Infinity) => {
  let next = 0;
  let requests = 0;
  const worker = async () => {
    while (performance.now() < until && next < maxRequests) {
      const url = urls[next++ % urls.length];
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      requests += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  return { requests, rps: requests / ((performance.now() - started) / 1000) };
};

const rate = ({ hits, misses }) => (hits + misses ? hits / (hits + misses) : null);

/** One phase: the hot client, alone or beside the cycler; the hot set's and the other keys' hit rates as the server counted them. */
const phase = async (app, { hotUrls, allUrls, withCycler }) => {
  await app.call('takeCacheCounts');
  const until = performance.now() + SECONDS * 1000;
  const [hot, cycler] = await Promise.all([
    drive(hotUrls, HOT_CONNECTIONS, until),
    withCycler ? drive(allUrls, CYCLER_CONNECTIONS, until) : Promise.resolve(null),
  ]);
  const counts = await app.call('takeCacheCounts');
  return {
    hotRps: round(hot.rps, 0),
    hotRequests: hot.requests,
    hotHitRate: round(rate(counts.hot), 4),
    ...(cycler ? { cyclerRps: round(cycler.rps, 0), cyclerRequests: cycler.requests, cyclerHitRate: round(rate(counts.other), 4) } : {}),
    cache: counts.stats,
    loadAverage: loadAverage(),
  };
};

/**
 * The two policies on the trace the HTTP run produces, exactly and without a server: the hot set warm, then one hot
 * read for every `cycledPerHot` cycled URLs, the cache at the plugin's default of 1,000 entries. The classes are
 * compiled from the plugin's own source with esbuild, so this measures the code Strapi runs.
 */
const simulatePolicies = async (universe, hotKeys, cycledPerHot) => {
  if (universe.length <= 1000) throw new Error('the simulated universe must exceed the cache');
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-cache-sim-'));
  try {
    const load = async (name) => {
      const outfile = path.join(outdir, `${name}.mjs`);
      buildSync({
        entryPoints: [path.join(BENCH_DIR, '..', 'server', 'src', 'utils', `${name}.ts`)],
        outfile,
        format: 'esm',
        bundle: true,
      });
      return import(pathToFileURL(outfile).href);
    };
    const { LruCache } = await load('lru-cache');
    const { SegmentedLruCache } = await load('segmented-lru-cache');
    const run = (cache) => {
      for (const key of hotKeys) cache.set(key, 1);
      for (const key of hotKeys) cache.get(key);
      const counts = { hot: { hits: 0, misses: 0 }, other: { hits: 0, misses: 0 } };
      const read = (key, kind) => {
        if (cache.get(key) !== undefined) counts[kind].hits += 1;
        else {
          counts[kind].misses += 1;
          cache.set(key, 1);
        }
      };
      let hot = 0;
      for (let cycle = 0; cycle < 10; cycle++) {
        for (const [i, key] of universe.entries()) {
          read(key, 'other');
          if (i % cycledPerHot === 0) read(hotKeys[hot++ % hotKeys.length], 'hot');
        }
      }
      return { hotHitRate: round(rate(counts.hot), 4), cycledHitRate: round(rate(counts.other), 4) };
    };
    return {
      entries: 1000,
      cycledPerHot,
      lru: run(new LruCache({ maxEntries: 1000 })),
      segmentedLru: run(new SegmentedLruCache({ maxEntries: 1000 })),
    };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
};

/**
 * The default bounds, and entries enough for every valid URL (the cycler then hits too). Both start with one full
 * cycle, so the phases run with the cache already full and the cycler evicting, not on its first pass.
 */
const SETTINGS = [
  { name: 'defaults (1,000 entries)', env: {}, fillFirst: true },
  { name: 'cacheMaxEntries = 2,500', env: { PRIVACY_CACHE_MAX_ENTRIES: '2500' }, fillFirst: true },
];

const startApp = (databaseFile, env) =>
  startChild(path.join(BENCH_DIR, 'processes', 'playground-server.mjs'), {
    env: { ...baseEnvironment(), DATABASE_FILENAME: databaseFile, ...env },
  });

/** Both phases on one booted app: the hot set alone, then beside the cycler. */
const measureSetting = async (app, setting, slugs) => {
  const baseUrl = `http://127.0.0.1:${app.port}`;
  const hotSlugs = slugs.slice(0, HOT_ORGANIZATIONS);
  const hotUrls = urlsOf(baseUrl, hotSlugs, HOT_DOCUMENTS);
  const allUrls = urlsOf(baseUrl, slugs, DOCUMENTS);
  await app.call('trackCache', { hotOrganizations: hotSlugs, hotFormats: [...new Set(HOT_DOCUMENTS.map(([, format]) => format))] });
  await app.call('invalidate');
  if (setting.fillFirst) await drive(allUrls.slice(), CYCLER_CONNECTIONS, Infinity, allUrls.length);
  // Warm: the hot set read twice, as visitors would have read it before anyone starts cycling.
  for (let i = 0; i < 2; i++) for (const url of hotUrls) await (await fetch(url)).arrayBuffer();
  const hotAlone = await phase(app, { hotUrls, allUrls, withCycler: false });
  log(`${setting.name}: hot set alone: ${hotAlone.hotRps} req/s, hit rate ${(hotAlone.hotHitRate * 100).toFixed(1)} %`);
  const whileCycling = await phase(app, { hotUrls, allUrls, withCycler: true });
  log(
    `${setting.name}: hot set while a client cycles all ${allUrls.length} URLs: ${whileCycling.hotRps} req/s, ` +
      `hit rate ${(whileCycling.hotHitRate * 100).toFixed(1)} %; the cycler: ${whileCycling.cyclerRps} req/s, ` +
      `hit rate ${(whileCycling.cyclerHitRate * 100).toFixed(1)} %; cache ${JSON.stringify(whileCycling.cache.segments)}`
  );
  return {
    name: setting.name,
    validUrls: allUrls.length,
    hotUrls: hotUrls.length,
    hotAlone,
    whileCycling,
    hotRpsRatioWhileCycling: round(whileCycling.hotRps / hotAlone.hotRps, 3),
  };
};

const main = async () => {
  const machine = { ...describeMachine(), pluginBuild: describePluginBuild() };
  await compilePlayground();
  const databaseDir = makeDatabaseDir();
  const databaseFile = path.join(databaseDir, 'cycling.db');
  const results = {
    machine,
    organizations: ORGANIZATIONS,
    seconds: SECONDS,
    hotConnections: HOT_CONNECTIONS,
    cyclerConnections: CYCLER_CONNECTIONS,
    settings: [],
  };
  try {
    let slugs = null;
    for (const setting of SETTINGS) {
      const app = await startApp(databaseFile, setting.env);
      try {
        if (!slugs) {
          log(`seeding ${ORGANIZATIONS} copies of the demo company (fr and en, published)`);
          const seeded = await app.call('seedDemoCopies', { first: 1, count: ORGANIZATIONS });
          slugs = seeded.slugs;
          log(`seeded in ${(seeded.seedMs / 1000).toFixed(0)} s; ${SECONDS} s per phase`);
        }
        results.settings.push(await measureSetting(app, setting, slugs));
      } finally {
        await app.stop();
      }
    }
    // The same shape of trace for both policies: as many cycled URLs per hot read as the HTTP run saw with the defaults.
    const cycling = results.settings[0].whileCycling;
    const cycledPerHot = Math.max(1, Math.round(cycling.cyclerRequests / Math.max(1, cycling.hotRequests)));
    // The simulation always takes 100 organizations' URLs (1,800), more than the 1,000 default entries, whatever the HTTP run seeded.
    const simulated = Array.from({ length: 100 }, (_, i) => `sim-${i}`);
    const hotKeys = urlsOf('', simulated.slice(0, HOT_ORGANIZATIONS), HOT_DOCUMENTS);
    const universe = urlsOf('', simulated, DOCUMENTS);
    results.measuredCycledPerHot = cycledPerHot;
    // And faster cyclers: the more URLs pass between two reads of a hot page, the sooner a plain LRU forgets it.
    results.policies = [];
    for (const ratio of [...new Set([cycledPerHot, 1, 10, 30, 100])].sort((a, b) => a - b)) {
      const policies = await simulatePolicies(universe, hotKeys, ratio);
      results.policies.push(policies);
      log(
        `trace, 1,000 entries, ${ratio} cycled URL(s) per hot read: hot-set hit rate LRU ${(policies.lru.hotHitRate * 100).toFixed(1)} %, ` +
          `segmented LRU ${(policies.segmentedLru.hotHitRate * 100).toFixed(1)} % (the cycler's own: ${(policies.lru.cycledHitRate * 100).toFixed(1)} %, ` +
          `${(policies.segmentedLru.cycledHitRate * 100).toFixed(1)} %)`
      );
    }
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, 'cache-cycling.json');
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    log(`written to ${path.relative(process.cwd(), file)}`);
  } finally {
    fs.rmSync(databaseDir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
