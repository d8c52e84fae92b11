// `npm run bench [-- --quick]`: the plugin's public route against Strapi's core REST and bare node:http, cold renders, 304s and boot cost.
import fs from 'node:fs';
import path from 'node:path';
import { startChild } from './lib/child.mjs';
import { measureBootCost } from './lib/boot-cost.mjs';
import { measureColdRenders } from './lib/cold-render.mjs';
import { runAlternatingRounds } from './lib/load.mjs';
import { describeMachine, loadAverage } from './lib/machine.mjs';
import { baseEnvironment, BENCH_DIR, compilePlayground, describePluginBuild, makeDatabaseDir, RESULTS_DIR } from './lib/playground.mjs';
import { buildResults, formatResults } from './lib/report.mjs';

const QUICK = process.argv.includes('--quick');

const SETTINGS = {
  mode: QUICK ? 'quick' : 'full',
  connections: 10,
  rounds: QUICK ? 3 : 7,
  roundSeconds: QUICK ? 2 : 5,
  warmupSeconds: QUICK ? 1 : 3,
  locale: 'fr',
  coldSizes: QUICK ? [10, 100, 300] : [10, 100, 1000],
  coldRepeats: QUICK ? 3 : 7,
  boots: QUICK ? 2 : 8,
};

const DEMO = 'courrielia';
const PROCESSES = path.join(BENCH_DIR, 'processes');

const startedAt = performance.now();
const log = (message) => console.log(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Fetches a URL and fails loudly unless it answers `status`. */
const get = async (url, status = 200, headers = {}) => {
  const response = await fetch(url, { headers });
  const body = await response.text();
  if (response.status !== status) throw new Error(`GET ${url} answered ${response.status}, expected ${status}: ${body.slice(0, 300)}`);
  return { body, headers: response.headers };
};

/**
 * Seeds the demo, copies route A's HTML into the policy page and the bare server, and checks that A, B and C
 * really carry the same HTML before anything is timed.
 */
const prepareWarmTargets = async (app, bare, cached, guarded) => {
  await app.call('seedDemo');
  const routeA = `${app.baseUrl}/api/privacy/policy?format=html&organization=${DEMO}&locale=${SETTINGS.locale}`;
  const policy = await get(routeA);
  const etag = policy.headers.get('etag');
  await app.call('setPolicyPage', { html: policy.body });
  const routeB = `${app.baseUrl}/api/policy-page`;
  const page = JSON.parse((await get(routeB)).body);
  if (page.data?.html !== policy.body) throw new Error('GET /api/policy-page does not hold the same HTML as route A');
  await bare.call('setBody', { text: policy.body, contentType: policy.headers.get('content-type'), etag });
  const routeC = `http://127.0.0.1:${bare.port}/`;
  if ((await get(routeC)).body !== policy.body) throw new Error('the bare server does not answer route A’s bytes');
  await get(routeA, 304, { 'If-None-Match': etag });
  // E: the same core REST route in a second playground with the community REST cache on (memory provider).
  await cached.call('seedDemo');
  await cached.call('setPolicyPage', { html: policy.body });
  const routeE = `${cached.baseUrl}/api/policy-page`;
  await get(routeE);
  const again = await get(routeE);
  if (JSON.parse(again.body).data?.html !== policy.body) throw new Error('the cached core route does not hold the same HTML as route A');
  // F: route A in a playground with publicAccess: false, the Public role granted the action through users-permissions.
  await guarded.call('seedDemo');
  const routeF = `${guarded.baseUrl}/api/privacy/policy?format=html&organization=${DEMO}&locale=${SETTINGS.locale}`;
  await get(routeF, 403);
  await guarded.call('grantPublicPrivacyPolicy');
  // Its own seed, so its own effective date: the same text but for the digits of a date seeded on another day.
  const sameButDigits = (text) => text.replace(/\d+/g, '#');
  if (sameButDigits((await get(routeF)).body) !== sameButDigits(policy.body))
    throw new Error('the guarded plugin route does not answer route A’s document');
  return {
    htmlBytes: Buffer.byteLength(policy.body),
    targets: [
      { name: 'A', label: 'plugin GET /api/privacy/policy', url: routeA, expectStatus: 200, server: app },
      { name: 'B', label: 'core REST GET /api/policy-page', url: routeB, expectStatus: 200, server: app },
      { name: 'C', label: 'bare node:http, same bytes', url: routeC, expectStatus: 200, server: bare },
      {
        name: 'D',
        label: 'A with matching If-None-Match',
        url: routeA,
        headers: { 'If-None-Match': etag },
        expectStatus: 304,
        server: app,
      },
      { name: 'E', label: 'B behind @strapi-community/plugin-rest-cache (memory)', url: routeE, expectStatus: 200, server: cached },
      { name: 'F', label: 'A with publicAccess: false (users-permissions)', url: routeF, expectStatus: 200, server: guarded },
    ],
  };
};

const main = async () => {
  const machine = { ...describeMachine(), pluginBuild: describePluginBuild() };
  log(`${SETTINGS.mode} run on ${machine.cores} cores, node ${machine.node}; compiling the playground`);
  if (machine.loadAverageAtStart[0] > machine.cores / 2) {
    log(
      `warning: load average ${machine.loadAverageAtStart[0]} on ${machine.cores} cores, something else is running: expect noisy figures`
    );
  }
  await compilePlayground();
  const databaseDir = makeDatabaseDir();
  const env = baseEnvironment();
  const children = [];
  try {
    log(`boot cost: ${SETTINGS.boots} boots with and without the plugin, alternately`);
    const boot = await measureBootCost({ script: path.join(PROCESSES, 'boot-once.mjs'), env, databaseDir, boots: SETTINGS.boots });

    log(
      'starting the playground (routes A, B, D), the bare server (C), a playground with the REST cache plugin (E) and one with publicAccess: false (F)'
    );
    const app = await startChild(path.join(PROCESSES, 'playground-server.mjs'), {
      env: { ...env, DATABASE_FILENAME: path.join(databaseDir, 'playground.db') },
      execArgv: ['--expose-gc'],
    });
    children.push(app);
    app.baseUrl = `http://127.0.0.1:${app.port}`;
    const bare = await startChild(path.join(PROCESSES, 'bare-server.mjs'), { env });
    children.push(bare);
    const cached = await startChild(path.join(PROCESSES, 'playground-server.mjs'), {
      env: { ...env, REST_CACHE: 'true', DATABASE_FILENAME: path.join(databaseDir, 'rest-cache.db') },
      execArgv: ['--expose-gc'],
    });
    children.push(cached);
    cached.baseUrl = `http://127.0.0.1:${cached.port}`;
    const guarded = await startChild(path.join(PROCESSES, 'playground-server.mjs'), {
      env: { ...env, PRIVACY_PUBLIC_ACCESS: 'false', DATABASE_FILENAME: path.join(databaseDir, 'guarded.db') },
      execArgv: ['--expose-gc'],
    });
    children.push(guarded);
    guarded.baseUrl = `http://127.0.0.1:${guarded.port}`;
    const { targets, htmlBytes } = await prepareWarmTargets(app, bare, cached, guarded);

    log(
      `warm throughput: ${targets.map((t) => t.name).join(', ')} × ${SETTINGS.rounds} rounds of ${SETTINGS.roundSeconds} s (HTML ${htmlBytes} bytes)`
    );
    const warm = await runAlternatingRounds(targets, {
      connections: SETTINGS.connections,
      rounds: SETTINGS.rounds,
      seconds: SETTINGS.roundSeconds,
      warmupSeconds: SETTINGS.warmupSeconds,
      onRound: (index, target, measure) =>
        log(
          `  round ${index + 1} ${target.name}: ${Math.round(measure.rps)} req/s, p50 ${measure.p50Ms.toFixed(2)} ms, p99 ${measure.p99Ms.toFixed(2)} ms, ` +
            `server ${Math.round(measure.serverCpuUsPerRequest)} µs CPU/req (${Math.round(measure.serverCpuShare * 100)} %), client ${Math.round(measure.clientCpuShare * 100)} %`
        ),
    });
    await bare.stop();
    await cached.stop();
    await guarded.stop();

    log(`cold render: ${SETTINGS.coldSizes.join(', ')} purposes, ${SETTINGS.coldRepeats} timed requests per policy`);
    const cold = await measureColdRenders(app, {
      sizes: SETTINGS.coldSizes,
      repeats: SETTINGS.coldRepeats,
      locale: SETTINGS.locale,
      onSize: (size, r) =>
        log(
          `  ${size} purposes (seeded in ${(r.seedMs / 1000).toFixed(1)} s): privacy ${r['privacy-policy'].medianMs} ms, cookie ${r['cookie-policy'].medianMs} ms`
        ),
    });
    await app.stop();

    const results = buildResults({
      machine,
      settings: { ...SETTINGS, htmlBytes },
      warm,
      cold,
      boot,
      loadAverageAtEnd: loadAverage(),
      durationSeconds: Math.round((performance.now() - startedAt) / 1000),
    });
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, 'latest.json');
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${formatResults(results)}\n\nWritten to ${path.relative(process.cwd(), file)}`);
  } finally {
    for (const child of children) await child.stop();
    fs.rmSync(databaseDir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
