// Warm throughput: autocannon rounds against several targets in turn, every latency kept for exact percentiles.
import autocannon from 'autocannon';
import { median, percentile, round, spread } from './stats.mjs';

/**
 * One autocannon run. Throws when a response has another status than `expectStatus`: a benchmark of
 * 401s or 404s would measure the wrong thing.
 */
export const runRound = async (target, { connections, seconds }) => {
  const latencies = [];
  const serverCpuBefore = await target.server.call('cpu');
  const clientCpuBefore = process.cpuUsage();
  const started = performance.now();
  const tracker = autocannon({ url: target.url, headers: target.headers ?? {}, connections, duration: seconds, pipelining: 1 });
  tracker.on('response', (_client, _statusCode, _bytes, milliseconds) => latencies.push(milliseconds));
  const result = await tracker;
  const wallUs = (performance.now() - started) * 1000;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const serverCpuUs = (await target.server.call('cpu')) - serverCpuBefore;
  const unexpected = Object.entries(result.statusCodeStats).filter(([status]) => Number(status) !== target.expectStatus);
  if (unexpected.length || result.errors || result.timeouts) {
    throw new Error(
      `${target.name} (${target.url}): expected only ${target.expectStatus}, got ${JSON.stringify(result.statusCodeStats)}, ` +
        `${result.errors} errors, ${result.timeouts} timeouts`
    );
  }
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: result.requests.total / result.duration,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    requests: result.requests.total,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
    /** CPU the server spent per answer: steadier than req/s when other jobs share the machine. */
    serverCpuUsPerRequest: serverCpuUs / result.requests.total,
    /** Near 100 %, the load generator (one core) was the limit rather than the server. */
    clientCpuShare: (clientCpu.user + clientCpu.system) / wallUs,
    serverCpuShare: serverCpuUs / wallUs,
  };
};

/**
 * `rounds` rounds over every target, after one discarded warm-up round each. The order turns by one target
 * each round (A B C D, B C D A, …) so no target always follows the same neighbour.
 */
export const runAlternatingRounds = async (targets, { connections, rounds, seconds, warmupSeconds, onRound }) => {
  for (const target of targets) await runRound(target, { connections, seconds: warmupSeconds });
  const byTarget = new Map(targets.map((target) => [target.name, []]));
  for (let index = 0; index < rounds; index++) {
    for (let turn = 0; turn < targets.length; turn++) {
      const target = targets[(turn + index) % targets.length];
      const measure = await runRound(target, { connections, seconds });
      byTarget.get(target.name).push(measure);
      onRound?.(index, target, measure);
    }
  }
  return Object.fromEntries(
    targets.map((target) => {
      const measures = byTarget.get(target.name);
      const rps = measures.map((m) => m.rps);
      return [
        target.name,
        {
          label: target.label,
          url: target.url,
          rps: round(median(rps), 0),
          p50Ms: round(median(measures.map((m) => m.p50Ms)), 2),
          p99Ms: round(median(measures.map((m) => m.p99Ms)), 2),
          rpsSpread: round(spread(rps), 3),
          bytesPerResponse: Math.round(median(measures.map((m) => m.bytesPerResponse))),
          serverCpuUsPerRequest: round(median(measures.map((m) => m.serverCpuUsPerRequest)), 1),
          serverCpuShare: round(median(measures.map((m) => m.serverCpuShare)), 2),
          clientCpuShare: round(median(measures.map((m) => m.clientCpuShare)), 2),
          rounds: measures.map((m) => ({
            rps: round(m.rps, 0),
            p50Ms: round(m.p50Ms, 3),
            p99Ms: round(m.p99Ms, 3),
            requests: m.requests,
            serverCpuUsPerRequest: round(m.serverCpuUsPerRequest, 1),
            serverCpuShare: round(m.serverCpuShare, 2),
            clientCpuShare: round(m.clientCpuShare, 2),
          })),
        },
      ];
    })
  );
};
