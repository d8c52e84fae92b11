// Cold render: seeds organizations of growing size, then times requests made right after the plugin's cache was emptied.
import { median, round, spread } from './stats.mjs';

/** The two public policies, by the route that serves them. */
export const POLICIES = [
  { kind: 'privacy-policy', route: 'policy' },
  { kind: 'cookie-policy', route: 'cookie-policy' },
];

/** One cold request: the child empties the cache and watches the heap, we time the HTTP round trip. */
const coldRequest = async (app, url) => {
  await app.call('coldBegin');
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  const ms = performance.now() - started;
  const memory = await app.call('coldEnd');
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
  return { ms, bytes: Buffer.byteLength(body), ...memory };
};

/**
 * For each size: seed `bench-<size>` (fr and en, published), then for each policy one discarded cold request
 * (first run of new data) and `repeats` timed ones; then one discarded and `repeats` timed full renders.
 */
export const measureColdRenders = async (app, { sizes, repeats, locale, onSize }) => {
  const results = {};
  for (const size of sizes) {
    const { slug, seedMs } = await app.call('seedOrganization', { purposeCount: size });
    const bySize = { seedMs: Math.round(seedMs) };
    for (const { kind, route } of POLICIES) {
      const url = `${app.baseUrl}/api/privacy/${route}?format=html&organization=${slug}&locale=${locale}`;
      await coldRequest(app, url);
      const runs = [];
      for (let i = 0; i < repeats; i++) runs.push(await coldRequest(app, url));
      const times = runs.map((run) => run.ms);
      await app.call('fullRender', { kind, slug, locale });
      const renders = [];
      for (let i = 0; i < repeats; i++) renders.push(await app.call('fullRender', { kind, slug, locale }));
      bySize[kind] = {
        medianMs: round(median(times), 1),
        minMs: round(Math.min(...times), 1),
        maxMs: round(Math.max(...times), 1),
        spread: round(spread(times), 3),
        serverCpuMs: round(median(runs.map((run) => run.cpuMs)), 1),
        heapPeakDeltaMb: round(median(runs.map((run) => run.heapPeakDeltaMb)), 1),
        rssAfterMb: round(Math.max(...runs.map((run) => run.rssMb)), 0),
        gcDuringRender: median(runs.map((run) => run.gcCount)),
        bytes: runs[0].bytes,
        runsMs: times.map((t) => round(t, 1)),
        // Building every format from the entries (a publish, the preview): in-process, no HTTP.
        fullRenderMs: round(median(renders.map((r) => r.ms)), 1),
        fullRenderCpuMs: round(median(renders.map((r) => r.cpuMs)), 1),
        fullRenderFormats: renders[0].formats,
      };
    }
    results[size] = bySize;
    onSize?.(size, bySize);
  }
  return results;
};
