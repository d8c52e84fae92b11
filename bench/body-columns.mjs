// `npm run bench:bodies`: serving one format of a large version, read from its own column (now) against the same
// version laid out as before (every format and the facts in one JSON column), alternately in one process.
import fs from 'node:fs';
import path from 'node:path';
import { startChild } from './lib/child.mjs';
import { describeMachine, loadAverage } from './lib/machine.mjs';
import { baseEnvironment, BENCH_DIR, compilePlayground, describePluginBuild, makeDatabaseDir, RESULTS_DIR } from './lib/playground.mjs';
import { median, round, spread } from './lib/stats.mjs';

const SIZES = (process.env.BENCH_PURPOSES ?? '100,1000').split(',').map(Number);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 21);

const main = async () => {
  const machine = describeMachine();
  const build = describePluginBuild();
  await compilePlayground();
  const dir = makeDatabaseDir();
  const app = await startChild(path.join(BENCH_DIR, 'processes', 'playground-server.mjs'), {
    env: { ...baseEnvironment(), DATABASE_FILENAME: path.join(dir, 'data.db') },
  });
  const results = [];
  try {
    for (const size of SIZES) {
      const { slug } = await app.call('seedOrganization', { purposeCount: size });
      for (const format of ['html', 'json']) {
        const r = await app.call('bodyReadCost', { slug, locale: 'fr', format, repeats: REPEATS });
        const now = median(r.columns.map((x) => x.ms));
        const before = median(r.legacy.map((x) => x.ms));
        const row = {
          purposes: size,
          format,
          bodyKb: round(r.bodyBytes / 1024),
          legacyContentKb: round(r.contentBytes / 1024),
          columnMs: round(now, 2),
          legacyMs: round(before, 2),
          ratio: round(before / now, 2),
          spread: { column: round(spread(r.columns.map((x) => x.ms)), 2), legacy: round(spread(r.legacy.map((x) => x.ms)), 2) },
        };
        console.log(
          `${size} purposes, ${format}: ${row.columnMs} ms from its column (${row.bodyKb} KiB) vs ${row.legacyMs} ms from the whole content (${row.legacyContentKb} KiB): ×${row.ratio}`
        );
        results.push(row);
      }
    }
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, 'body-columns.json');
    fs.writeFileSync(file, JSON.stringify({ machine, build, repeats: REPEATS, results, loadAverageAtEnd: loadAverage() }, null, 2));
    console.log(`written to ${path.relative(process.cwd(), file)}`);
  } finally {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
