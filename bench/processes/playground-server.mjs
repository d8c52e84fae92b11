// Child process: the playground Strapi serving routes A and B on a free loopback port, plus the set-up and cold-render commands.
import path from 'node:path';
import v8 from 'node:v8';
import { createRequire } from 'node:module';
import { bootPlayground, PLAYGROUND_DIR } from '../lib/playground.mjs';
import { serveCommands } from '../lib/child.mjs';
import { generateOrganization } from '../lib/generate-organization.mjs';

const require = createRequire(import.meta.url);
const { seedDemo } = require(path.join(PLAYGROUND_DIR, 'scripts', 'seed-demo.js'));

const POLICY_PAGE = 'api::policy-page.policy-page';
const MB = 1024 * 1024;
const SETTLE_MS = 100;

const { strapi, bootMs } = await bootPlayground();
const server = strapi.server.httpServer;
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

/** Lets the Public role call the policy page's `find`, the way an admin ticks it in Users & Permissions. */
const grantPublicFind = async () => {
  const roles = strapi.plugin('users-permissions').service('role');
  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  const role = await roles.findOne(publicRole.id);
  role.permissions['api::policy-page'].controllers['policy-page'].find = { enabled: true, policy: '' };
  await roles.updateRole(publicRole.id, { name: role.name, description: role.description, permissions: role.permissions });
};

/**
 * Runs a bulk write with SQLite's fsync off, then puts the default back: the seed's thousands of small commits
 * are set-up, not what we measure, and the file is thrown away after the run.
 */
const withoutSync = async (work) => {
  const connection = strapi.db.connection;
  const [{ synchronous }] = await connection.raw('PRAGMA synchronous');
  await connection.raw('PRAGMA synchronous = OFF');
  try {
    return await work();
  } finally {
    await connection.raw(`PRAGMA synchronous = ${Number(synchronous)}`);
  }
};

/** Empties the plugin's cache (and tells every instance so): the next request renders from the database. */
const invalidate = () => strapi.plugin('privacy').service('cache').invalidate();

/** Hits and misses of the plugin's cache, split into keys of the hot organizations and all others (trackCache). */
let cacheCounts = null;

/** The window of one cold render: heap and CPU right after a full GC, then every GC V8 runs until coldEnd. */
let coldWindow = null;

serveCommands(
  {
    async seedDemo() {
      return seedDemo(strapi, { reset: true });
    },

    /** Stores `html` in the policy page (published) and opens GET /api/policy-page to the public. */
    async setPolicyPage({ html }) {
      const pages = strapi.documents(POLICY_PAGE);
      const existing = await pages.findFirst();
      const page = existing
        ? await pages.update({ documentId: existing.documentId, data: { html } })
        : await pages.create({ data: { html } });
      await pages.publish({ documentId: page.documentId });
      await grantPublicFind();
      return { documentId: page.documentId };
    },

    /**
     * Writes an organization of `purposeCount` purposes (fr and en, published) exactly as the demo seed does:
     * no outer transaction, since the plugin defers its after-publish work to each write's commit.
     */
    async seedOrganization({ purposeCount }) {
      const data = generateOrganization(purposeCount);
      const started = performance.now();
      await withoutSync(() => seedDemo(strapi, { reset: true, data }));
      return { slug: data.organization.slug, seedMs: performance.now() - started };
    },

    invalidate,

    /**
     * Counts the cache's hits and misses per class of key from now on: the hot set (`hotOrganizations` ×
     * `hotFormats`, keys `kind|organization|locale|format|…`) and the rest. The
     * service's `cached` is wrapped (a miss is a call of `produce`), so what is counted is exactly what it served.
     */
    async trackCache({ hotOrganizations, hotFormats }) {
      const cache = strapi.plugin('privacy').service('cache');
      const hot = new Set(hotOrganizations);
      const formats = new Set(hotFormats);
      const isHot = (key) => {
        const [, organization, , format] = key.split('|');
        return hot.has(organization) && formats.has(format);
      };
      const fresh = () => ({ hot: { hits: 0, misses: 0 }, other: { hits: 0, misses: 0 } });
      cacheCounts = fresh();
      if (!cache.__tracked) {
        const original = cache.cached;
        cache.cached = async (organization, key, produce) => {
          let missed = false;
          const result = await original(organization, key, () => {
            missed = true;
            return produce();
          });
          const counts = cacheCounts?.[isHot(key) ? 'hot' : 'other'];
          if (counts) counts[missed ? 'misses' : 'hits'] += 1;
          return result;
        };
        cache.__tracked = true;
      }
      return { organizations: [...hot], formats: [...formats] };
    },

    /** The counts since the last call (or trackCache), then zero again; with the cache's own stats. */
    async takeCacheCounts() {
      const counts = cacheCounts;
      cacheCounts = { hot: { hits: 0, misses: 0 }, other: { hits: 0, misses: 0 } };
      return { ...counts, stats: strapi.plugin('privacy').service('cache').stats() };
    },

    /** With publicAccess: false, lets the Public role read the privacy policy, the way an admin ticks it in Users & Permissions. */
    async grantPublicPrivacyPolicy() {
      const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
      await strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action: 'plugin::privacy.documents.privacyPolicy', role: publicRole.id } });
      return { role: publicRole.id };
    },

    /**
     * Copies of the demo company under other slugs (organizations `first` to `first + count - 1`), written as the
     * demo seed writes them: `npm run bench:memory` fills the cache with many organizations of the demo's size.
     */
    async seedDemoCopies({ first, count }) {
      const demo = require(path.join(PLAYGROUND_DIR, 'scripts', 'demo-data.json'));
      const slugs = [];
      const started = performance.now();
      // One batch around them all: the versions are recorded once at the end, not after each copy for every organization.
      const versions = strapi.plugin('privacy').service('versions');
      await withoutSync(() =>
        versions.batch(async () => {
          for (let i = first; i < first + count; i++) {
            const slug = `demo-copy-${String(i).padStart(3, '0')}`;
            const data = { ...demo, organization: { ...demo.organization, slug, name: `${demo.organization.name} ${i}` } };
            await seedDemo(strapi, { reset: true, data });
            slugs.push(slug);
          }
        })
      );
      return { slugs, seedMs: performance.now() - started };
    },

    /**
     * Edits one purpose of `slug` (its name, in `locale`) and publishes it, as an editor does in the Content Manager,
     * timing the update and the publish apart and counting the database queries each one runs (knex's query event):
     * the publish includes recording the versions it changed and dropping cached answers.
     */
    async editAndPublishPurpose({ slug, locale, n }) {
      const purposes = strapi.documents('plugin::privacy.purpose');
      const purpose = await purposes.findFirst({ locale, status: 'draft', filters: { organization: { slug }, key: 'newsletter' } });
      if (!purpose) throw new Error(`no newsletter purpose in ${slug}`);
      let queries = 0;
      const count = () => (queries += 1);
      const connection = strapi.db.connection;
      const measure = async (work) => {
        queries = 0;
        const cpu = process.cpuUsage();
        const started = performance.now();
        connection.on('query', count);
        try {
          await work();
        } finally {
          connection.off('query', count);
        }
        const { user, system } = process.cpuUsage(cpu);
        return { ms: performance.now() - started, cpuMs: (user + system) / 1000, queries };
      };
      const update = await measure(() =>
        purposes.update({ documentId: purpose.documentId, locale, data: { name: `${purpose.name.replace(/ #\d+$/, '')} #${n}` } })
      );
      const versions = strapi.plugin('privacy').service('versions');
      const recorded = [];
      const original = versions.recordChanges.bind(versions);
      versions.recordChanges = (organizations) => {
        recorded.push(...(organizations ?? ['*']));
        return original(organizations);
      };
      try {
        const publish = await measure(() => purposes.publish({ documentId: purpose.documentId, locale }));
        return { update, publish, recordedOrganizations: recorded };
      } finally {
        versions.recordChanges = original;
      }
    },

    /**
     * One format of the latest version of `slug`'s privacy policy, read as the plugin reads it now (its own column)
     * and from a copy of the same row laid out as before (every body and the facts in the `content` JSON, no body
     * columns), alternately, `repeats` times each: the read alone, in-process.
     */
    async bodyReadCost({ slug, locale, format, repeats }) {
      const versions = strapi.plugin('privacy').service('versions');
      const query = strapi.db.query('plugin::privacy.policy-version');
      const head = await versions.latestHead(slug, 'privacy-policy', locale);
      const row = await query.findOne({ where: { id: head.id } });
      const bodies = {};
      for (const [name, column] of Object.entries({
        json: 'bodyJson',
        html: 'bodyHtml',
        markdown: 'bodyMarkdown',
        text: 'bodyText',
        jsonld: 'bodyJsonld',
      })) {
        if (typeof row[column] === 'string') bodies[name] = row[column];
      }
      const {
        id: _id,
        documentId: _documentId,
        bodyJson: _json,
        bodyHtml: _html,
        bodyMarkdown: _markdown,
        bodyText: _text,
        bodyJsonld: _jsonld,
        ...rest
      } = row;
      const legacy = await query.create({
        data: {
          ...rest,
          organization: `${slug}-legacy`,
          versionKey: `${slug}-legacy|${row.kind}|${locale}|${row.number}`,
          content: { ...row.content, bodies },
        },
      });
      const time = async (id) => {
        const started = performance.now();
        const body = await versions.bodyOf(id, format);
        const ms = performance.now() - started;
        if (typeof body !== 'string') throw new Error(`no ${format} body in version ${id}`);
        return { ms, bytes: Buffer.byteLength(body) };
      };
      const columns = [];
      const legacyRows = [];
      await time(head.id);
      await time(legacy.id);
      for (let i = 0; i < repeats; i++) {
        columns.push(await time(head.id));
        legacyRows.push(await time(legacy.id));
      }
      await query.delete({ where: { id: legacy.id } });
      const contentBytes = Buffer.byteLength(JSON.stringify({ ...row.content, bodies }));
      return {
        columns,
        legacy: legacyRows,
        contentBytes,
        bodyBytes: columns[0].bytes,
      };
    },

    /** How many organizations and versions the database holds. */
    async counts() {
      // Rows count each locale and status apart: count the documents.
      const organizations = await strapi.db.query('plugin::privacy.organization').findMany({ select: ['documentId'] });
      return {
        organizations: new Set(organizations.map((row) => row.documentId)).size,
        versions: await strapi.db.query('plugin::privacy.policy-version').count({}),
      };
    },

    /** Heap and off-heap memory after a full GC (and a pause for V8's concurrent sweeping), and the plugin cache's own count. */
    async settledMemory() {
      global.gc?.();
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      global.gc?.();
      const { heapUsed, external, arrayBuffers, rss } = process.memoryUsage();
      return { heapUsed, external, arrayBuffers, rss, cache: strapi.plugin('privacy').service('cache').stats() };
    },

    /**
     * A full render, timed in-process: loads the organization's draft entries (the seed's drafts equal what it
     * published) and builds every format, as the admin preview does and as recording a version after a publish does.
     * A cold public request serves a recorded version instead; this is what producing one costs.
     */
    async fullRender({ kind, slug, locale }) {
      global.gc?.();
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const cpu = process.cpuUsage();
      const started = performance.now();
      const { bodies } = await strapi.plugin('privacy').service('policies').draft(kind, { organization: slug, locale });
      const ms = performance.now() - started;
      const { user, system } = process.cpuUsage(cpu);
      return { ms, cpuMs: (user + system) / 1000, formats: Object.keys(bodies).length, htmlBytes: Buffer.byteLength(bodies.html) };
    },

    /** Empties the plugin's cache, then starts watching the heap and the CPU for the next request. */
    async coldBegin() {
      await invalidate();
      global.gc?.();
      // V8 sweeps on helper threads after a full GC: let that finish so it is not counted as the request's CPU.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const profiler = new v8.GCProfiler();
      coldWindow = { baseHeap: process.memoryUsage().heapUsed, profiler, cpu: process.cpuUsage() };
      profiler.start();
      return { baseHeapMb: coldWindow.baseHeap / MB };
    },

    /**
     * The highest heap seen since coldBegin (before each GC, and now) above the post-GC base, and the CPU this
     * process spent meanwhile: the request's own cost, whatever else runs on the machine.
     */
    async coldEnd() {
      if (!coldWindow) throw new Error('coldEnd without coldBegin');
      const { baseHeap, profiler, cpu } = coldWindow;
      const { user, system } = process.cpuUsage(cpu);
      const now = process.memoryUsage();
      const statistics = profiler.stop()?.statistics ?? [];
      coldWindow = null;
      const peak = Math.max(now.heapUsed, ...statistics.map((gc) => gc.beforeGC.heapStatistics.usedHeapSize));
      return { heapPeakDeltaMb: (peak - baseHeap) / MB, rssMb: now.rss / MB, gcCount: statistics.length, cpuMs: (user + system) / 1000 };
    },
  },
  () => strapi.destroy()
);

process.send({ ready: true, port: server.address().port, bootMs, pid: process.pid });
