// Bootstrap phase: admin permissions of the plugin, readable Content Manager labels, and the reminder job when enabled.
import type { Core } from '@strapi/strapi';
import { registerAdminActions } from './admin-actions';
import type { PrivacyPluginConfig } from './config';
import { applyContentManagerDescriptions } from './content-manager-descriptions';
import { getService } from './utils/get-service';

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
  scheduleReminders(strapi);
};

export default bootstrap;
