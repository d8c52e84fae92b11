// `npm run bench:scale`: what one publish costs as an agency's Strapi grows from 1 to 100 organizations (copies of the
// demo company), and the cold request of a 100-purpose policy in the same run. One playground process (SQLite) grows
// step by step; at each step the same purpose of the first organization is edited and published `REPEATS` times.
import fs from 'node:fs';
import path from 'node:path';
import { startChild } from './lib/child.mjs';
import { describeMachine, loadAverage } from './lib/machine.mjs';
import { baseEnvironment, BENCH_DIR, compilePlayground, describePluginBuild, makeDatabaseDir, RESULTS_DIR } from './lib/playground.mjs';
import { median, round, spread } from './lib/stats.mjs';

const STEPS = (process.env.BENCH_ORGANIZATION_STEPS ?? '1,10,50,100').split(',').map(Number);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 9);
const COLD_PURPOSES = 100;
const FIRST = 'demo-copy-000';

const startedAt = performance.now();
const log = (message) => console.log(`[scale ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);

const summarize = (samples) => ({
  medianMs: round(median(samples.map((s) => s.ms))),
  medianCpuMs: round(median(samples.map((s) => s.cpuMs))),
  spread: round(spread(samples.map((s) => s.ms)), 2),
  queries: [...new Set(samples.map((s) => s.queries))].sort((a, b) => a - b),
});

const main = async () => {
  const machine = describeMachine();
  const build = describePluginBuild();
  log(`compiling the playground (plugin build ${build.sha256})`);
  await compilePlayground();
  const dir = makeDatabaseDir();
  const app = await startChild(path.join(BENCH_DIR, 'processes', 'playground-server.mjs'), {
    env: { ...baseEnvironment(), DATABASE_FILENAME: path.join(dir, 'data.db') },
    execArgv: ['--expose-gc'],
  });
  app.baseUrl = `http://127.0.0.1:${app.port}`;
  const steps = [];
  let n = 0;
  try {
    let seeded = 0;
    for (const target of STEPS) {
      const { seedMs } = await app.call('seedDemoCopies', { first: seeded, count: target - seeded });
      seeded = target;
      const counts = await app.call('counts');
      log(`${counts.organizations} organizations seeded (${round(seedMs / 1000)} s), ${counts.versions} versions`);
      // One unmeasured round first: the first publish after a seed warms the statement caches.
      await app.call('editAndPublishPurpose', { slug: FIRST, locale: 'fr', n: (n += 1) });
      const samples = [];
      for (let i = 0; i < REPEATS; i++) {
        samples.push(await app.call('editAndPublishPurpose', { slug: FIRST, locale: i % 2 ? 'en' : 'fr', n: (n += 1) }));
      }
      const recorded = [...new Set(samples.flatMap((s) => s.recordedOrganizations))];
      const step = {
        organizations: counts.organizations,
        publish: summarize(samples.map((s) => s.publish)),
        update: summarize(samples.map((s) => s.update)),
        recordedOrganizations: recorded,
        loadAverage: loadAverage(),
      };
      log(
        `${step.organizations} organizations: publish ${step.publish.medianMs} ms (CPU ${step.publish.medianCpuMs} ms, ` +
          `spread ${step.publish.spread}), ${step.publish.queries.join('/')} queries; update ${step.update.medianMs} ms, ` +
          `${step.update.queries.join('/')} queries; recorded ${recorded.join(', ')}`
      );
      steps.push(step);
    }

    log(`cold request of a ${COLD_PURPOSES}-purpose policy beside the ${seeded} organizations`);
    const { slug } = await app.call('seedOrganization', { purposeCount: COLD_PURPOSES });
    const cold = {};
    for (const format of ['html', 'json']) {
      const url = `${app.baseUrl}/api/privacy/policy?organization=${slug}&locale=fr&format=${format}`;
      const times = [];
      for (let i = 0; i < 7; i++) {
        await app.call('invalidate');
        const started = performance.now();
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
        times.push(performance.now() - started);
      }
      cold[format] = { medianMs: round(median(times)), spread: round(spread(times), 2) };
      log(`cold ${format}: ${cold[format].medianMs} ms (spread ${cold[format].spread})`);
    }

    const first = steps[0];
    const last = steps[steps.length - 1];
    const ratios = {
      publishMs: round(last.publish.medianMs / first.publish.medianMs, 2),
      publishCpuMs: round(last.publish.medianCpuMs / first.publish.medianCpuMs, 2),
      queries: `${first.publish.queries.join('/')} → ${last.publish.queries.join('/')}`,
    };
    log(
      `${last.organizations} vs ${first.organizations} organizations: publish ×${ratios.publishMs} (CPU ×${ratios.publishCpuMs}), queries ${ratios.queries}`
    );
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `publish-scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify({ machine, build, repeats: REPEATS, steps, cold, ratios, loadAverageAtEnd: loadAverage() }, null, 2)
    );
    log(`written to ${path.relative(process.cwd(), file)}`);
  } finally {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
