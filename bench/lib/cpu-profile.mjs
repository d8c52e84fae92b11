// Summarises a V8 .cpuprofile (from node --cpu-prof): self time by function and by package, and inclusive time of chosen functions.
import fs from 'node:fs';

/** Which package (or part of the app) a script URL belongs to, so time can be added up where it is spent. */
export const packageOf = (url) => {
  if (!url) return '(native / V8)';
  if (url.includes('/strapi-plugin-privacy/') || url.includes('/work/main/dist/')) return 'strapi-plugin-privacy';
  const match = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (match) return match[match.length - 1].replace('node_modules/', '');
  if (url.startsWith('node:')) return 'node core';
  return url.replace(/^file:\/\//, '');
};

export const readProfile = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * Self time (ms) of every node, from the samples and their time deltas; with a window (µs, the clock of
 * process.hrtime, which is the profiler's), only the samples taken inside it.
 */
const selfTimes = (profile, window) => {
  const self = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (window && (at < window.from || at > window.to)) return;
    self.set(id, (self.get(id) ?? 0) + delta / 1000);
  });
  return self;
};

const label = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;

/** Top functions and packages by self time; `idle` ((idle), (program), (garbage collector)) kept apart. */
export const summariseProfile = (profile, { top = 25, window } = {}) => {
  const self = selfTimes(profile, window);
  const byFunction = new Map();
  const byPackage = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (!ms) continue;
    total += ms;
    const name = node.callFrame.functionName;
    const where = name.startsWith('(') && !node.callFrame.url ? name : packageOf(node.callFrame.url);
    byPackage.set(where, (byPackage.get(where) ?? 0) + ms);
    const key = label(node.callFrame);
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms: Math.round(ms), share: ms / total }));
  return { totalMs: Math.round(total), packages: sorted(byPackage), functions: sorted(byFunction).slice(0, top) };
};

/**
 * Inclusive time (self + callees) of every function whose name matches, counted once per stack
 * even when it recurses: "how long was the process inside X".
 */
export const inclusiveTime = (profile, matches, window) => {
  const self = selfTimes(profile, window);
  const children = new Map(profile.nodes.map((node) => [node.id, node.children ?? []]));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  const walk = (id, inside) => {
    const node = nodes.get(id);
    const name = node.callFrame.functionName;
    const entered = matches.filter((m) => m.test(name) && !inside.has(m));
    const now = entered.length ? new Set([...inside, ...entered]) : inside;
    const ms = self.get(id) ?? 0;
    for (const m of now) totals.set(m, (totals.get(m) ?? 0) + ms);
    for (const child of children.get(id)) walk(child, now);
  };
  walk(profile.nodes[0].id, new Set());
  return matches.map((m) => ({ function: m.source, ms: Math.round(totals.get(m) ?? 0) }));
};
