// The reminder job on a real Strapi: its cron task e-mails the rights contact through the nodemailer provider, to an SMTP server this test runs.
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { loginAsSuperAdmin, type AdminSession } from '../helpers/admin';
import { loadFixture, seedFixture } from '../helpers/fixtures';

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

let smtp: SMTPServer;
let app: TestApp;
let admin: AdminSession;
const inbox: ReceivedMail[] = [];

/** The message body with quoted-printable soft breaks and escapes undone (nodemailer's choice for non-ASCII text). */
const decoded = (raw: string): string =>
  Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1'
  ).toString('utf8');

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

const create = async (path: string, body: object): Promise<string> => {
  const response = await request(app.server).post(path).set(admin.auth).send(body);
  if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.documentId;
};

const waitForMail = async (count: number): Promise<void> => {
  for (let i = 0; i < 100 && inbox.length < count; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
};

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  app = await startTestApp({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_IGNORE_TLS: 'true',
    SMTP_FROM: 'privacy@acme.test',
    PRIVACY_REMINDERS: 'true',
    // Scheduled far away: the test runs the job itself, it must not fire on its own meanwhile.
    PRIVACY_REMINDERS_SCHEDULE: '0 0 1 1 *',
  });
  admin = await loginAsSuperAdmin(app);
  await seedFixture(app, loadFixture('acme'));
});

afterAll(async () => {
  await app?.stop();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

test('the job e-mails the rights contact the requests due within 7 days or overdue and the breaches near 72 hours, once', async () => {
  const common = { organization: 'acme', kind: 'access', channel: 'email', requester: 'secret-person@example.test' };
  const dueSoon = await create('/privacy/rights-requests', { ...common, receivedAt: daysAgo(27) });
  const overdue = await create('/privacy/rights-requests', { ...common, kind: 'erasure', receivedAt: '2026-01-31T09:00:00Z' });
  const onTime = await create('/privacy/rights-requests', { ...common, receivedAt: daysAgo(1) });
  const answered = await create('/privacy/rights-requests', {
    ...common,
    receivedAt: '2026-01-31T09:00:00Z',
    status: 'answered',
    answeredAt: '2026-02-10T09:00:00Z',
  });
  const near = await create('/privacy/breaches', {
    organization: 'acme',
    title: 'Stolen backup & "keys" < 2 GB',
    awareAt: hoursAgo(60),
    riskLevel: 'high-risk',
  });
  const fresh = await create('/privacy/breaches', {
    organization: 'acme',
    title: 'Fresh incident',
    awareAt: hoursAgo(2),
    riskLevel: 'risk',
  });
  const harmless = await create('/privacy/breaches', {
    organization: 'acme',
    title: 'Harmless',
    awareAt: hoursAgo(100),
    riskLevel: 'none',
  });

  const job = (app.strapi.cron.jobs as Array<{ name: string | null; job: { invoke(): Promise<void> } }>).find(
    (spec) => spec.name === 'privacy-reminders'
  );
  expect(job).toBeDefined();
  await job!.job.invoke();
  await waitForMail(1);

  expect(inbox).toHaveLength(1);
  const [mail] = inbox;
  expect(mail.to).toEqual(['rights@acme.test']);
  expect(mail.from).toBe('privacy@acme.test');
  const body = decoded(mail.raw);
  // The subject is RFC 2047 encoded-words (spaces as underscores, split in two).
  expect(body.replace(/_/g, ' ')).toMatch(/Subject: =\?UTF-8\?Q\?Acme Données SA: rights requests[\s\S]*and breaches to handle/);
  for (const id of [dueSoon, overdue]) expect(body).toContain(id);
  for (const id of [onTime, answered]) expect(body).not.toContain(id);
  expect(body).toContain('Breach "Stolen backup & "keys" < 2 GB": notify the supervisory authority by');
  // The HTML part escapes editors' text.
  expect(body).toContain('Breach &quot;Stolen backup &amp; &quot;keys&quot; &lt; 2 GB&quot;');
  expect(near).toBeTruthy();
  expect(body).not.toContain('Fresh incident');
  expect(body).not.toContain('Harmless');
  expect(body).toContain('overdue since');
  // References only: the person's identifier stays in the register.
  expect(body).not.toContain('secret-person');
  expect([fresh, harmless]).toHaveLength(2);

  // Run again the same day: nothing new to say, nothing sent.
  expect(await app.strapi.plugin('privacy').service('reminders').sendDue()).toEqual([]);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(inbox).toHaveLength(1);
});
