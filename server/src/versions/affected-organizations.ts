// Which organizations' documents one write can change: the entry's own organization, and those that reach it through a link.
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';

interface SlugRow {
  slug?: string | null;
}
interface OwnedRow {
  organization?: SlugRow | null;
}

const slugsOf = (rows: SlugRow[]): string[] => rows.map((row) => row.slug).filter((slug): slug is string => typeof slug === 'string');
const ownersOf = (rows: OwnedRow[]): string[] => slugsOf(rows.map((row) => row.organization ?? {}));

/**
 * The slugs whose documents the entry `documentId` of `uid` feeds, in any locale and status, read in the database as it
 * is now. Called before a write (the organization an entry leaves) and after it (the one it joins), the union is every
 * organization the write can change:
 * - an organization: itself;
 * - a DPO: every organization that names it;
 * - a purpose or a cookie: its organization;
 * - a recipient: its organization, and the organizations of every purpose and every cookie that uses it (a purpose or a
 *   cookie may link to another organization's recipient);
 * - a retention rule: its organization, and the organizations of every purpose that uses it.
 */
export const affectedOrganizations = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<Set<string>> => {
  const query = (target: string) => strapi.db.query(target as never);
  const owned = async (target: string, where: Record<string, unknown>) =>
    ownersOf((await query(target).findMany({ where, populate: { organization: { select: ['slug'] } } })) as OwnedRow[]);
  const slugs: string[] = [];
  if (uid === UID.organization) {
    slugs.push(...slugsOf((await query(UID.organization).findMany({ where: { documentId }, select: ['slug'] })) as SlugRow[]));
  } else if (uid === UID.dpo) {
    slugs.push(...slugsOf((await query(UID.organization).findMany({ where: { dpo: { documentId } }, select: ['slug'] })) as SlugRow[]));
  } else if (uid === UID.purpose || uid === UID.cookie) {
    slugs.push(...(await owned(uid, { documentId })));
  } else if (uid === UID.recipient) {
    slugs.push(
      ...(await owned(uid, { documentId })),
      ...(await owned(UID.purpose, { recipients: { documentId } })),
      ...(await owned(UID.cookie, { recipient: { documentId } }))
    );
  } else if (uid === UID.retentionRule) {
    slugs.push(...(await owned(uid, { documentId })), ...(await owned(UID.purpose, { retention: { documentId } })));
  }
  return new Set(slugs);
};
