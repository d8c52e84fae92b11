// Bootstrap phase: admin permissions, readable Content Manager labels, webhook events, the reminder job when enabled, 405 for unknown methods and 503 for a lost database.
import type { Core } from '@strapi/strapi';
import { registerAdminActions } from './admin-actions';
import type { PrivacyPluginConfig } from './config';
import { applyContentManagerDescriptions } from './content-manager-descriptions';
import { databaseUnavailableMiddleware } from './middlewares/database-unavailable';
import { unknownMethodsMiddleware } from './middlewares/unknown-methods';
import { getService } from './utils/get-service';
import { registerWebhookEvents } from './webhooks';

export const REMINDER_JOB = 'privacy-reminders';

const scheduleReminders = (strapi: Core.Strapi): void => {
  const { reminders, remindersSchedule } = strapi.config.get('plugin::privacy') as PrivacyPluginConfig;
  if (!reminders) return;
  strapi.cron.add({
    [REMINDER_JOB]: {
      task: async () => {
        try {
          await getService(strapi, 'reminders').sendDue();
        } catch (error) {
          strapi.log.error(`[privacy] reminders: ${(error as Error).message}`);
        }
      },
      options: { rule: remindersSchedule, tz: 'Europe/Paris' },
    },
  });
};

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await registerAdminActions(strapi);
  await applyContentManagerDescriptions(strapi);
  registerWebhookEvents(strapi);
  scheduleReminders(strapi);
  // Here, not in register: Strapi's global middlewares are in place by now, and the router is mounted after.
  strapi.server.use(unknownMethodsMiddleware(strapi));
  strapi.server.use(databaseUnavailableMiddleware(strapi));
};

export default bootstrap;
