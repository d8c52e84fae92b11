// Strapi's register phase: hooks that must exist before any document is written or any route is mounted.
import type { Core } from '@strapi/strapi';
import { installContentManagerPreview } from './preview/content-manager-preview';
import { registerWithDocumentation } from './documentation';
import type { PrivacyPluginConfig } from './config';
import { createValidationMiddleware } from './validation/entry-middleware';
import { EDITABLE_UIDS, REGISTER_UIDS, UID } from './uids';
import { affectedOrganizations } from './versions/affected-organizations';
import { getService } from './utils/get-service';
import registerGraphql from './graphql';

interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): void };
}

interface RouteConfig {
  auth?: false | { scope?: string[] };
}
interface PluginRoutes {
  'content-api': { routes: Array<{ handler: string; config?: RouteConfig }> };
}

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
const PUBLISHING_ACTIONS = new Set(['publish', 'unpublish', 'delete']);

/** Whether a write may have changed what is published (a create or update can publish directly with status: 'published'). */
const changesPublished = (action: string, params: unknown): boolean =>
  PUBLISHING_ACTIONS.has(action) ||
  ((action === 'create' || action === 'update') && (params as { status?: string })?.status === 'published');

/**
 * Runs `work` once the write is visible to everyone: at once outside a transaction, or after the commit of the
 * transaction the write belongs to (the Content Manager publishes inside one). Inside it, a version would be
 * numbered from a snapshot that cannot see other instances' versions, and a cache refilled before the commit
 * would keep the old document under the new revision marker.
 */
const afterCommit = async (strapi: Core.Strapi, work: () => Promise<void>): Promise<void> => {
  if (!strapi.db.inTransaction()) return work();
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(() => {
      // Nobody awaits it here: the versions service keeps it until it ends, so a shutdown (or a test) can wait for it.
      getService(strapi, 'versions').track(
        work().catch((error: unknown) => {
          strapi.log.error(`[privacy] after a publish: ${(error as Error).message}`);
        })
      );
    });
  });
};

/** The generated documents are the public interface: the raw entries (and the internal registers) stay out of GraphQL's automatic schema. */
const hideRawTypesFromGraphql = (strapi: Core.Strapi): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension') as unknown as GraphqlExtension;
  for (const uid of [...EDITABLE_UIDS, UID.policyVersion, ...REGISTER_UIDS]) extension.shadowCRUD(uid).disable();
};

/**
 * publicAccess (default true) opens the public routes without any permission lookup; false leaves them to
 * users-permissions and API tokens, role by role, like any other content-API route.
 */
const applyPublicAccess = (strapi: Core.Strapi): void => {
  const { publicAccess } = strapi.config.get('plugin::privacy') as PrivacyPluginConfig;
  const routes = strapi.plugin('privacy').routes as unknown as PluginRoutes;
  // Set both ways: the route objects are module-level, shared by every Strapi instance of the process.
  for (const route of routes['content-api'].routes) {
    const { auth: _previous, ...rest } = route.config ?? {};
    // A 405 reveals nothing, so those routes stay open and never show up as a permission to grant.
    // The preview page checks its own signed link.
    const open = publicAccess || route.handler === 'documents.methodNotAllowed' || route.handler === 'preview.page';
    route.config = open ? { ...rest, auth: false } : rest;
  }
};

const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  strapi.documents.use(createValidationMiddleware(strapi));
  strapi.documents.use(async (ctx, next) => {
    if (!EDITABLE_UIDS.includes(ctx.uid) || !WRITE_ACTIONS.has(ctx.action)) return next();
    // The organizations the entry feeds before the write (the one it may leave) and after it (the one it joins):
    // only their documents can change, so only they are recorded again.
    const documentId = (ctx.params as { documentId?: string } | undefined)?.documentId;
    const before = documentId ? await affectedOrganizations(strapi, ctx.uid, documentId) : new Set<string>();
    const result = await next();
    const written = documentId ?? (result as { documentId?: string } | null)?.documentId;
    const after = written && ctx.action !== 'delete' ? await affectedOrganizations(strapi, ctx.uid, written) : new Set<string>();
    const organizations = [...new Set([...before, ...after])].sort();
    // Decided now, not after the commit: inside a batch, the batch's end records the versions once.
    const record = changesPublished(ctx.action, ctx.params) && !getService(strapi, 'versions').isBatching();
    await afterCommit(strapi, async () => {
      if (record && organizations.length) await getService(strapi, 'versions').recordChanges(organizations);
      await getService(strapi, 'cache').invalidate(organizations);
    });
    return result;
  });
  hideRawTypesFromGraphql(strapi);
  applyPublicAccess(strapi);
  if ((strapi.config.get('plugin::privacy') as PrivacyPluginConfig).contentManagerPreview) installContentManagerPreview(strapi);
  registerWithDocumentation(strapi);
  // The GraphQL locale enum lists the languages that have a translation file; the i18n check still applies per request.
  registerGraphql(strapi, getService(strapi, 'engine').translator.languages);
};

export default register;
