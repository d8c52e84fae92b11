// Two Strapi instances on one database (PostgreSQL or MariaDB, under `npm run test:db`): a publish through one is served by the other, and version numbers stay one sequence.
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { documentsOf } from '../helpers/documents';
import { loginAsSuperAdmin } from '../helpers/admin';
import { loadFixture, seedFixture } from '../helpers/fixtures';

// SQLite is one file for one process: two servers writing to it is not a deployment anyone runs.
const shared = process.env.TEST_DB === 'postgres' || process.env.TEST_DB === 'mariadb' ? describe : describe.skip;

shared('two instances, one database', () => {
  let a: TestApp;
  let b: ChildProcess;
  let bUrl: string;
  let orgId: string;
  let retentionId: string;

  const startSecondInstance = (env: Record<string, string>): Promise<{ process: ChildProcess; url: string }> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(__dirname, '..', 'helpers', 'second-instance.js')], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /READY (\d+)/.exec(output);
        if (ready) resolve({ process: child, url: `http://127.0.0.1:${ready[1]}` });
        if (process.env.DEBUG_SECOND_INSTANCE) process.stderr.write(chunk);
      });
      child.on('exit', (code) => reject(new Error(`the second instance exited (${code}) before it was ready`)));
    });

  beforeAll(async () => {
    a = await startTestApp();
    await loginAsSuperAdmin(a);
    await seedFixture(a, loadFixture('acme'));
    orgId = (await documentsOf(a.strapi, 'plugin::privacy.organization').findFirst({ locale: 'en', filters: { slug: 'acme' } }))
      ?.documentId;
    retentionId = (
      await documentsOf(a.strapi, 'plugin::privacy.retention-rule').findFirst({ locale: 'en', filters: { label: 'Three years' } })
    )?.documentId;
    const second = await startSecondInstance(a.databaseEnv);
    b = second.process;
    bUrl = second.url;
  });

  afterAll(async () => {
    if (b && b.exitCode === null) {
      const exited = new Promise((resolve) => b.on('exit', resolve));
      b.kill('SIGTERM');
      await exited;
    }
    await a?.stop();
  });

  test('a publish through one instance is served by the other within the revision check interval', async () => {
    const before = await request(bUrl).get('/api/privacy/policy?organization=acme&locale=en&format=text');
    expect(before.status).toBe(200);
    expect(before.text).not.toContain('Shared loyalty club');

    const purposes = documentsOf(a.strapi, 'plugin::privacy.purpose');
    const created = await purposes.create({
      locale: 'en',
      data: { organization: orgId, name: 'Shared loyalty club', legalBasis: 'consent', retention: retentionId },
    });
    await purposes.publish({ documentId: created.documentId, locale: 'en' });

    // The other instance checks the database's revision marker at most once a second (revisionCheckInterval).
    const deadline = Date.now() + 5000;
    let after = await request(bUrl).get('/api/privacy/policy?organization=acme&locale=en&format=text');
    while (!after.text.includes('Shared loyalty club') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await request(bUrl).get('/api/privacy/policy?organization=acme&locale=en&format=text');
    }
    expect(after.text).toContain('Shared loyalty club');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  test('publishes through both instances at once keep one sequence of version numbers', async () => {
    const login = await request(bUrl).post('/admin/login').send({ email: 'dpo@example.test', password: 'Privacy-Test-1234' });
    const auth = { Authorization: `Bearer ${login.body.data.token}` };
    const cm = '/content-manager/collection-types/plugin::privacy.purpose';
    const draftB = await request(bUrl)
      .post(`${cm}?locale=en`)
      .set(auth)
      .send({
        organization: { connect: [{ documentId: orgId, locale: 'en' }] },
        name: 'Published by B',
        legalBasis: 'consent',
        retention: { connect: [{ documentId: retentionId, locale: 'en' }] },
      });
    expect(draftB.status).toBe(201);
    const purposes = documentsOf(a.strapi, 'plugin::privacy.purpose');
    const draftA = await purposes.create({
      locale: 'en',
      data: { organization: orgId, name: 'Published by A', legalBasis: 'consent', retention: retentionId },
    });

    const [viaB] = await Promise.all([
      request(bUrl).post(`${cm}/${draftB.body.data.documentId}/actions/publish?locale=en`).set(auth).send({}),
      purposes.publish({ documentId: draftA.documentId, locale: 'en' }),
    ]);
    expect(viaB.status).toBe(200);

    // The Content Manager publishes in a transaction: the version is recorded right after its commit.
    const deadline = Date.now() + 15000;
    let current = (await request(bUrl).get('/api/privacy/policy?organization=acme&locale=en')).body.data;
    while (
      !(
        current.version &&
        /Published by A/.test(JSON.stringify(current.sections)) &&
        /Published by B/.test(JSON.stringify(current.sections))
      ) &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      current = (await request(bUrl).get('/api/privacy/policy?organization=acme&locale=en')).body.data;
    }
    const fromA = (await request(a.server).get('/api/privacy/versions?organization=acme&kind=privacy-policy&locale=en')).body.data;
    const fromB = (await request(bUrl).get('/api/privacy/versions?organization=acme&kind=privacy-policy&locale=en')).body.data;
    expect(fromB).toEqual(fromA);
    const numbers = fromA.map((v: { version: number }) => v.version);
    expect([...numbers].sort((x: number, y: number) => x - y)).toEqual(numbers.map((_: number, i: number) => i + 1));
    // The newest version holds both purposes: none was lost.
    expect(current.version).toBe(numbers[0]);
    for (const name of ['Published by A', 'Published by B']) expect(JSON.stringify(current.sections)).toContain(name);
  });
});
