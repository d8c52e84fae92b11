// The reminder job's work (the cron task calls it; tests may too): e-mails each organization's rights contact through Strapi's e-mail plugin.
import type { Core } from '@strapi/strapi';
import { rightsContact } from '../documents/facts';
import { loadFacts } from '../documents/load-facts';
import { breachNeedsReminder, reminderEmail, requestNeedsReminder } from '../registers/reminders';
import { UID } from '../uids';
import { getService } from '../utils/get-service';

interface EmailService {
  send(options: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

export interface ReminderSent {
  organization: string;
  to: string;
  requests: string[];
  breaches: string[];
}

const createRemindersService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Sends what is due now; returns what it sent. An organization with nothing due gets no e-mail. */
  async sendDue(now: Date = new Date()): Promise<ReminderSent[]> {
    const email = strapi.plugin('email')?.service('email') as EmailService | undefined;
    if (!email) {
      strapi.log.warn('[privacy] reminders: the e-mail plugin is not installed, nothing sent');
      return [];
    }
    const registers = getService(strapi, 'registers');
    const requests = (await registers.requests.list(undefined, now)).filter((r) => requestNeedsReminder(r, now));
    const breaches = (await registers.breaches.list(undefined, now)).filter(breachNeedsReminder);
    const organizations = [...new Set([...requests, ...breaches].map((entry) => entry.organization))].sort();
    const { defaultCode } = await getService(strapi, 'resolution').allowedLocales();
    const t = getService(strapi, 'engine').translator.forLocale(defaultCode);
    const sent: ReminderSent[] = [];
    for (const slug of organizations) {
      const facts =
        (await loadFacts(strapi, { slug, locale: defaultCode, status: 'published' })) ??
        (await loadFacts(strapi, { slug, locale: defaultCode, status: 'draft' }));
      if (!facts) continue;
      const ownRequests = requests.filter((r) => r.organization === slug);
      const ownBreaches = breaches.filter((b) => b.organization === slug);
      const to = rightsContact(facts);
      const message = reminderEmail(t, defaultCode, facts.organization.name, ownRequests, ownBreaches);
      try {
        await email.send({ to, ...message });
      } catch (error) {
        strapi.log.error(`[privacy] reminders: the e-mail to ${to} failed: ${(error as Error).message}`);
        continue;
      }
      // Marked only once sent, so a failed e-mail is tried again at the next run.
      const remindedAt = now.toISOString();
      for (const r of ownRequests)
        await strapi.documents(UID.rightsRequest).update({ documentId: r.documentId, data: { remindedAt } } as never);
      for (const b of ownBreaches) await strapi.documents(UID.breach).update({ documentId: b.documentId, data: { remindedAt } } as never);
      sent.push({ organization: slug, to, requests: ownRequests.map((r) => r.documentId), breaches: ownBreaches.map((b) => b.documentId) });
    }
    return sent;
  },
});

export type RemindersService = ReturnType<typeof createRemindersService>;
export default createRemindersService;
