// Turns the raw measures into bench/results/latest.json (headline figures, targets met or not) and a table for the terminal.
import { round } from './stats.mjs';

/** The project's targets (issue 9). */
export const TARGETS = {
  policyVsCoreRpsAtLeast: 1.5,
  /** Issue 10: the warm route at 3× core REST, and at least as fast as the REST cache plugin. */
  policyVsCoreRpsStretch: 3,
  policyVsRestCacheRpsAtLeast: 1,
  coldRender100PurposesUnderMs: 50,
  /** Log-log slope of cold render time from 100 to 1,000 purposes: 1 is linear; above this is "not close to linear". */
  growthExponentAtMost: 1.15,
};

/** Slope of log(time) against log(size) between two sizes: 1 when time grows like the size. */
const growthExponent = (small, large, smallMs, largeMs) => round(Math.log(largeMs / smallMs) / Math.log(large / small), 2);

export const buildResults = ({ machine, settings, warm, cold, boot, loadAverageAtEnd, durationSeconds }) => {
  const { A, B, C, D, E, F } = warm;
  const sizes = Object.keys(cold)
    .map(Number)
    .sort((a, b) => a - b);
  const coldRenderMs = Object.fromEntries(
    sizes.map((size) => [
      size,
      { 'privacy-policy': cold[size]['privacy-policy'].medianMs, 'cookie-policy': cold[size]['cookie-policy'].medianMs },
    ])
  );
  const fullRenderMs = Object.fromEntries(
    sizes.map((size) => [
      size,
      { 'privacy-policy': cold[size]['privacy-policy'].fullRenderMs, 'cookie-policy': cold[size]['cookie-policy'].fullRenderMs },
    ])
  );
  const coldRenderHeapPeakMb = Object.fromEntries(
    sizes.map((size) => [
      size,
      { 'privacy-policy': cold[size]['privacy-policy'].heapPeakDeltaMb, 'cookie-policy': cold[size]['cookie-policy'].heapPeakDeltaMb },
    ])
  );
  const largest = sizes[sizes.length - 1];
  const from = sizes.includes(100) ? 100 : sizes[0];
  const KINDS = ['privacy-policy', 'cookie-policy'];
  const perKind = (compute) => Object.fromEntries(KINDS.map((kind) => [kind, from < largest ? compute(kind) : null]));
  const growth = perKind((kind) => growthExponent(from, largest, coldRenderMs[from][kind], coldRenderMs[largest][kind]));
  /** What one more purpose costs beyond `from`: the slope that a linear model would extrapolate with. */
  const msPerPurpose = perKind((kind) => round((coldRenderMs[largest][kind] - coldRenderMs[from][kind]) / (largest - from), 2));
  const mbPerPurpose = perKind((kind) =>
    round((coldRenderHeapPeakMb[largest][kind] - coldRenderHeapPeakMb[from][kind]) / (largest - from), 3)
  );
  const policyVsCoreRps = round(A.rps / B.rps, 2);
  const cold100 = coldRenderMs[100]?.['privacy-policy'];
  return {
    machine,
    settings,
    durationSeconds,
    loadAverageAtEnd,
    policyVsCoreRps,
    policyVsBareRps: round(A.rps / C.rps, 3),
    coreVsPolicyCpuPerRequest: round(B.serverCpuUsPerRequest / A.serverCpuUsPerRequest, 2),
    notModifiedRps: D.rps,
    policyVsRestCacheRps: E ? round(A.rps / E.rps, 2) : null,
    restCacheVsPolicyCpuPerRequest: E ? round(E.serverCpuUsPerRequest / A.serverCpuUsPerRequest, 2) : null,
    /** What per-role control costs: the route with publicAccess: false (users-permissions check) against the open one. */
    guardedVsOpenRps: F ? round(F.rps / A.rps, 2) : null,
    guardedVsOpenCpuPerRequest: F ? round(F.serverCpuUsPerRequest / A.serverCpuUsPerRequest, 2) : null,
    coldRenderMs,
    fullRenderMs,
    coldRenderHeapPeakMb,
    coldRenderGrowthExponent: { from, to: largest, ...growth, msPerPurpose, mbPerPurpose },
    bootRatio: boot.bootRatio,
    targets: {
      ...TARGETS,
      met: {
        policyVsCore: policyVsCoreRps >= TARGETS.policyVsCoreRpsAtLeast,
        policyVsCoreStretch: policyVsCoreRps >= TARGETS.policyVsCoreRpsStretch,
        policyVsRestCache: E ? A.rps / E.rps >= TARGETS.policyVsRestCacheRpsAtLeast : null,
        notModifiedAtLeastOk: D.rps >= A.rps,
        coldRender100Purposes: cold100 === undefined ? null : cold100 < TARGETS.coldRender100PurposesUnderMs,
        linearGrowth: KINDS.every((kind) => growth[kind] !== null && growth[kind] <= TARGETS.growthExponentAtMost),
      },
    },
    raw: { warm, coldRender: cold, boot },
  };
};

const table = (header, rows) => {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  return cells
    .map((row, index) => {
      const line = row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
      return index === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
};

export const formatResults = (results) => {
  const { machine, settings, raw, coldRenderGrowthExponent: growth } = results;
  const yes = (met) => (met === null ? 'n/a' : met ? 'met' : 'MISSED');
  const warmRows = ['A', 'B', 'C', 'D', 'E', 'F']
    .filter((name) => raw.warm[name])
    .map((name) => {
      const t = raw.warm[name];
      return [
        `${name}  ${t.label}`,
        t.rps,
        t.p50Ms.toFixed(2),
        t.p99Ms.toFixed(2),
        t.serverCpuUsPerRequest.toFixed(0),
        `${Math.round(t.clientCpuShare * 100)}%`,
        t.bytesPerResponse,
        `${(t.rpsSpread * 100).toFixed(1)}%`,
      ];
    });
  const coldRows = Object.entries(raw.coldRender).map(([size, r]) => [
    size,
    ...['privacy-policy', 'cookie-policy'].flatMap((kind) => [
      r[kind].medianMs.toFixed(1),
      r[kind].serverCpuMs.toFixed(1),
      r[kind].heapPeakDeltaMb.toFixed(1),
      r[kind].bytes,
      r[kind].fullRenderMs.toFixed(1),
    ]),
    (r.seedMs / 1000).toFixed(1),
  ]);
  const boot = raw.boot;
  return [
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, node ${machine.node}, ${machine.date}`,
    `Plugin build: ${machine.pluginBuild.bundle} sha256 ${machine.pluginBuild.sha256}…, built ${machine.pluginBuild.builtAt}`,
    `Load average at start ${machine.loadAverageAtStart.join(' ')}, at end ${results.loadAverageAtEnd.join(' ')}`,
    '',
    `Warm throughput: ${settings.connections} connections, median of ${settings.rounds} rounds of ${settings.roundSeconds} s (after a ${settings.warmupSeconds} s warm-up each)`,
    table(['target', 'req/s', 'p50 ms', 'p99 ms', 'server µs CPU/req', 'client CPU', 'bytes/resp', 'req/s spread'], warmRows),
    `A/B (plugin vs core REST) = ${results.policyVsCoreRps}   A/C (plugin vs bare node:http) = ${results.policyVsBareRps}   304 path = ${results.notModifiedRps} req/s`,
    `Server CPU per request, B/A = ${results.coreVsPolicyCpuPerRequest} (the same comparison, less sensitive to other load on the machine)`,
    `A/E (plugin vs core REST behind the REST cache plugin) = ${results.policyVsRestCacheRps}   CPU per request E/A = ${results.restCacheVsPolicyCpuPerRequest}`,
    `F/A (publicAccess: false, users-permissions check, vs open) = ${results.guardedVsOpenRps}   CPU per request F/A = ${results.guardedVsOpenCpuPerRequest}`,
    '',
    `Cold render (cache emptied before each request), format=html, locale=${settings.locale}, median of ${settings.coldRepeats}`,
    table(
      [
        'purposes',
        'privacy ms',
        'CPU ms',
        'heap MB',
        'bytes',
        'full render ms',
        'cookie ms',
        'CPU ms',
        'heap MB',
        'bytes',
        'full render ms',
        'seed s',
      ],
      coldRows
    ),
    `Growth exponent ${growth.from}→${growth.to} purposes: privacy ${growth['privacy-policy']}, cookie ${growth['cookie-policy']} (1 = linear); ` +
      `each purpose over ${growth.from} adds ${growth.msPerPurpose['privacy-policy']} ms / ${growth.mbPerPurpose['privacy-policy']} MB (privacy), ` +
      `${growth.msPerPurpose['cookie-policy']} ms / ${growth.mbPerPurpose['cookie-policy']} MB (cookie)`,
    "(ms: request round trip, median; CPU ms: the server process's CPU during it; heap MB: peak heap above the post-GC base;",
    ' full render ms: building every format from the entries in-process, as a publish or the preview does, median)',
    '',
    `Boot (createStrapi → load → mount), median of ${settings.boots}: with plugin ${boot.withPlugin.bootMs} ms, without ${boot.withoutPlugin.bootMs} ms, ratio ${boot.bootRatio}` +
      ` (whole process: ${boot.withPlugin.processMs} / ${boot.withoutPlugin.processMs} ms, ratio ${boot.processRatio})`,
    '',
    `Targets: A/B >= ${TARGETS.policyVsCoreRpsAtLeast}: ${yes(results.targets.met.policyVsCore)}; ` +
      `cold render of 100 purposes < ${TARGETS.coldRender100PurposesUnderMs} ms: ${yes(results.targets.met.coldRender100Purposes)}; ` +
      `growth close to linear (exponent <= ${TARGETS.growthExponentAtMost}): ${yes(results.targets.met.linearGrowth)}; ` +
      `A/B >= ${TARGETS.policyVsCoreRpsStretch}: ${yes(results.targets.met.policyVsCoreStretch)}; A/E >= ${TARGETS.policyVsRestCacheRpsAtLeast}: ${yes(results.targets.met.policyVsRestCache)}; ` +
      `304 >= 200: ${yes(results.targets.met.notModifiedAtLeastOk)}`,
  ].join('\n');
};
