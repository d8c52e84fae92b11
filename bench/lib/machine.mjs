// Describes the machine and its load, so every figure can be read against where and when it was measured.
import os from 'node:os';

const GB = 1024 ** 3;

export const describeMachine = () => ({
  date: new Date().toISOString(),
  cores: os.availableParallelism?.() ?? os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round((os.totalmem() / GB) * 10) / 10,
  freeMemoryGb: Math.round((os.freemem() / GB) * 10) / 10,
  node: process.version,
  v8: process.versions.v8,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
});

/** The 1, 5 and 15 minute load averages: above the core count, something else was competing for the CPU. */
export const loadAverage = () => os.loadavg().map((load) => Math.round(load * 100) / 100);
