// Strapi 5's Content Manager preview for the plugin's entries: the generated policy of the entry's organization, drafts included.
import type { Core } from '@strapi/strapi';
import { EDITABLE_UIDS, UID } from '../uids';
import { previewQuery, type PreviewTarget } from './signed-link';

interface PreviewParams {
  documentId: string;
  locale?: string | null;
  status?: 'draft' | 'published' | null;
}
type PreviewHandler = (uid: string, params: PreviewParams) => string | undefined | null | Promise<string | undefined | null>;
interface AdminPreviewConfig {
  enabled?: boolean;
  config?: { handler?: PreviewHandler; allowedOrigins?: unknown; [key: string]: unknown };
  [key: string]: unknown;
}

/** The secret preview links are signed with: the admin's JWT secret, which every Strapi app has. */
export const previewSecret = (strapi: Core.Strapi): string | undefined => {
  const secret = strapi.config.get('admin.auth.secret');
  return typeof secret === 'string' && secret !== '' ? secret : undefined;
};

interface SlugRow {
  slug?: string | null;
  organization?: { slug?: string | null } | null;
}

/**
 * The organization whose documents an entry belongs to: itself, the entry's organization, or for a DPO the first
 * organization (by slug) that names it. Null when there is none yet (an entry not linked to an organization).
 */
const organizationOf = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> => {
  const query = (target: string) => strapi.db.query(target as never);
  let slugs: Array<string | null | undefined>;
  if (uid === UID.organization) {
    slugs = ((await query(uid).findMany({ where: { documentId }, select: ['slug'] })) as SlugRow[]).map((row) => row.slug);
  } else if (uid === UID.dpo) {
    slugs = ((await query(UID.organization).findMany({ where: { dpo: { documentId } }, select: ['slug'] })) as SlugRow[]).map(
      (row) => row.slug
    );
  } else {
    const rows = (await query(uid).findMany({ where: { documentId }, populate: { organization: { select: ['slug'] } } })) as SlugRow[];
    slugs = rows.map((row) => row.organization?.slug);
  }
  return slugs.filter((slug): slug is string => typeof slug === 'string').sort()[0] ?? null;
};

/** Where the preview of one of the plugin's entries is served, or undefined (no preview) when it has no organization. */
export const previewUrlFor = async (strapi: Core.Strapi, uid: string, params: PreviewParams): Promise<string | undefined> => {
  const secret = previewSecret(strapi);
  const organization = await organizationOf(strapi, uid, params.documentId);
  if (!secret || !organization) return undefined;
  const i18n = strapi.plugin('i18n')?.service('locales') as { getDefaultLocale?: () => Promise<string> } | undefined;
  const locale = params.locale ?? (await i18n?.getDefaultLocale?.()) ?? 'en';
  const target: PreviewTarget = {
    organization,
    locale,
    kind: uid === UID.cookie ? 'cookie-policy' : 'privacy-policy',
    status: params.status === 'published' ? 'published' : 'draft',
  };
  // Relative to the admin's origin unless the admin is served from another one (admin.url with a host).
  const prefix = (strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api';
  const path = `${prefix}/privacy/preview?${previewQuery(secret, target)}`;
  const adminUrl = strapi.config.get('admin.url') as string | undefined;
  const absolute = typeof adminUrl === 'string' && /^https?:\/\//.test(adminUrl);
  return absolute ? `${String(strapi.config.get('server.absoluteUrl')).replace(/\/$/, '')}${path}` : path;
};

/**
 * Adds the plugin's entries to admin.preview: its handler answers for the plugin's types and hands every other type
 * to the app's own handler, if it has one. An app that turned preview off (enabled: false) keeps it off.
 */
export const installContentManagerPreview = (strapi: Core.Strapi): void => {
  const current = strapi.config.get('admin.preview') as AdminPreviewConfig | undefined;
  if (current?.enabled === false) return;
  const appHandler = current?.config?.handler;
  const handler: PreviewHandler = (uid, params) =>
    EDITABLE_UIDS.includes(uid) ? previewUrlFor(strapi, uid, params) : appHandler ? appHandler(uid, params) : undefined;
  strapi.config.set('admin.preview', { ...current, enabled: true, config: { ...current?.config, handler } });
};
