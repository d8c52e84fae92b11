// The plugin's webhook events: allowed in Strapi's webhook store, emitted on its event hub, delivered by its webhook runner.
import type { Core, Modules } from '@strapi/strapi';
import type { StoredVersion } from './services/versions';

/** Key → event name, as Strapi's own (ENTRY_PUBLISH → entry.publish) and the upload plugin's are registered. */
export const WEBHOOK_EVENTS = {
  PRIVACY_VERSION_CREATED: 'privacy.version.created',
} as const;

/** What a webhook receives for a new version, besides the `event` and `createdAt` that Strapi's runner adds. */
export interface VersionCreatedPayload {
  organization: string;
  kind: StoredVersion['kind'];
  locale: string;
  /** The version's number, named as in the public history and in `?version=`. */
  version: number;
  effectiveAt: string;
  hash: string;
  materialChange: boolean;
}

/** Without this, Strapi's webhook store refuses a webhook that names the plugin's events (400 "… is not supported"). */
export const registerWebhookEvents = (strapi: Core.Strapi): void => {
  const store = strapi.get('webhookStore') as Modules.WebhookStore.WebhookStore;
  for (const [key, event] of Object.entries(WEBHOOK_EVENTS)) store.addAllowedEvent(key, event);
};

export const versionCreatedPayload = (version: StoredVersion): VersionCreatedPayload => ({
  organization: version.organization,
  kind: version.kind,
  locale: version.locale,
  version: version.number,
  effectiveAt: version.effectiveAt,
  hash: version.hash,
  materialChange: version.materialChange,
});

/**
 * Tells the event hub, once the version is stored. Strapi's runner only queues the delivery here; a listener of
 * another plugin that throws is logged, never turned into a failed publish: the version exists either way.
 */
export const emitVersionCreated = async (strapi: Core.Strapi, version: StoredVersion): Promise<void> => {
  try {
    await strapi.eventHub.emit(WEBHOOK_EVENTS.PRIVACY_VERSION_CREATED, versionCreatedPayload(version));
  } catch (error) {
    strapi.log.error(`[privacy] ${WEBHOOK_EVENTS.PRIVACY_VERSION_CREATED} listener: ${(error as Error).message}`);
  }
};
