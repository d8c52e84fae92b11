// `npm run bench:memory`: fills the plugin's cache with 100 organizations × 2 locales × 5 formats and measures what it holds.
import fs from 'node:fs';
import path from 'node:path';
import { startChild } from './lib/child.mjs';
import { describeMachine } from './lib/machine.mjs';
import { baseEnvironment, BENCH_DIR, compilePlayground, describePluginBuild, makeDatabaseDir, RESULTS_DIR } from './lib/playground.mjs';

const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 100);
const LOCALES = ['fr', 'en'];
const FORMATS = ['json', 'html', 'markdown', 'text', 'jsonld'];
const CONCURRENCY = 4;
const MB = 1024 * 1024;
/** The two budgets measured: the plugin's defaults, and a small byte budget that the documents cannot all fit in. */
const SETTINGS = [
  { name: 'defaults', env: {} },
  { name: 'cacheMaxBytes = 4 MiB', env: { PRIVACY_CACHE_MAX_BYTES: String(4 * MB) } },
];

const startedAt = performance.now();
const log = (message) => console.log(`[memory ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);

const startApp = async (databaseFile, env) => {
  const app = await startChild(path.join(BENCH_DIR, 'processes', 'playground-server.mjs'), {
    env: { ...baseEnvironment(), DATABASE_FILENAME: databaseFile, ...env },
    execArgv: ['--expose-gc'],
  });
  app.baseUrl = `http://127.0.0.1:${app.port}`;
  return app;
};

/** GETs every URL once, a few at a time; fails on any status but 200. Returns the bytes received. */
const fetchAll = async (urls) => {
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      const response = await fetch(url);
      const body = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body.toString('utf8', 0, 300)}`);
      bytes += body.length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return bytes;
};

/** Memory the process holds on and off the V8 heap (Buffers live off it). */
const held = (m) => m.heapUsed + m.external;

const measure = async (app, slugs) => {
  const urls = slugs.flatMap((slug) =>
    LOCALES.flatMap((locale) =>
      FORMATS.map((format) => `${app.baseUrl}/api/privacy/policy?organization=${slug}&locale=${locale}&format=${format}`)
    )
  );
  await app.call('invalidate');
  const empty = await app.call('settledMemory');
  const filled = performance.now();
  const bodyBytes = await fetchAll(urls);
  const fillSeconds = (performance.now() - filled) / 1000;
  const full = await app.call('settledMemory');
  await app.call('invalidate');
  const emptied = await app.call('settledMemory');
  return {
    documents: urls.length,
    bodyBytesServed: bodyBytes,
    fillSeconds: Math.round(fillSeconds * 10) / 10,
    cache: full.cache,
    // What the process held with the cache full, above the same process with the cache emptied right after.
    retainedMb: (held(full) - held(emptied)) / MB,
    heapMb: (full.heapUsed - emptied.heapUsed) / MB,
    offHeapMb: (full.external - emptied.external) / MB,
    aboveStartMb: (held(full) - held(empty)) / MB,
    rssMb: full.rss / MB,
  };
};

const main = async () => {
  const machine = { ...describeMachine(), pluginBuild: describePluginBuild() };
  await compilePlayground();
  const databaseDir = makeDatabaseDir();
  const databaseFile = path.join(databaseDir, 'memory.db');
  const results = { machine, organizations: ORGANIZATIONS, locales: LOCALES, formats: FORMATS, settings: [] };
  try {
    let slugs = null;
    for (const setting of SETTINGS) {
      const app = await startApp(databaseFile, setting.env);
      try {
        if (!slugs) {
          log(`seeding ${ORGANIZATIONS} copies of the demo company (fr and en, published)`);
          const seeded = await app.call('seedDemoCopies', { first: 1, count: ORGANIZATIONS });
          slugs = seeded.slugs;
          log(`seeded in ${(seeded.seedMs / 1000).toFixed(0)} s`);
        }
        const result = await measure(app, slugs);
        results.settings.push({ name: setting.name, ...result });
        log(
          `${setting.name}: ${result.cache.entries} of ${result.documents} documents cached, ${(result.cache.bytes / MB).toFixed(1)} MiB counted ` +
            `(limits ${result.cache.maxEntries} entries, ${(result.cache.maxBytes / MB).toFixed(0)} MiB); ` +
            `retained ${result.retainedMb.toFixed(1)} MiB (heap ${result.heapMb.toFixed(1)}, off-heap ${result.offHeapMb.toFixed(1)}); ` +
            `filled in ${result.fillSeconds} s; RSS ${result.rssMb.toFixed(0)} MiB`
        );
      } finally {
        await app.stop();
      }
    }
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, 'cache-memory.json');
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
