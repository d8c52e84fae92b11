// A purpose's key names it in consent records, forms and banner categories: one key per purpose within its organization.
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import type { FieldProblem } from './cross-field-rules';

type Entry = Record<string, unknown>;

interface OrganizationRef {
  documentId?: string;
  id?: number;
}

const refOf = (value: unknown): OrganizationRef | undefined => {
  if (typeof value === 'string' && value !== '') return { documentId: value };
  if (typeof value === 'number') return { id: value };
  if (Array.isArray(value)) return value.length === 1 ? refOf(value[0]) : undefined;
  if (value && typeof value === 'object') {
    const object = value as Entry;
    if (typeof object.documentId === 'string') return { documentId: object.documentId };
    if (typeof object.id === 'number') return { id: object.id };
    // Strapi 5 relation input: { connect: [...] } or { set: [...] }; a manyToOne keeps the last one connected.
    for (const verb of ['set', 'connect'] as const) {
      const list = object[verb];
      if (Array.isArray(list) && list.length > 0) return refOf(list[list.length - 1]);
      if (list && !Array.isArray(list)) return refOf(list);
    }
  }
  return undefined;
};

/** The organization the purpose will belong to once saved: the one the write names, else the stored one. */
const organizationOf = async (strapi: Core.Strapi, data: Entry, documentId: string | undefined): Promise<string | undefined> => {
  const named = refOf(data.organization);
  if (named?.documentId) return named.documentId;
  if (named?.id !== undefined) {
    const row = (await strapi.db.query(UID.organization).findOne({ where: { id: named.id }, select: ['documentId'] })) as {
      documentId?: string;
    } | null;
    return row?.documentId;
  }
  if (!documentId) return undefined;
  const stored = (await strapi.db.query(UID.purpose).findOne({
    where: { documentId },
    populate: { organization: { select: ['documentId'] } },
  })) as { organization?: { documentId?: string } | null } | null;
  return stored?.organization?.documentId ?? undefined;
};

export const purposeKeyProblems = async (
  strapi: Core.Strapi,
  data: Entry,
  merged: Entry,
  documentId: string | undefined
): Promise<FieldProblem[]> => {
  const key = merged.key;
  if (typeof key !== 'string' || key === '') return [];
  const organization = await organizationOf(strapi, data, documentId);
  if (!organization) return [];
  const rows = (await strapi.db.query(UID.purpose).findMany({
    where: { key, organization: { documentId: organization } },
    select: ['documentId', 'name'],
  })) as Array<{ documentId: string; name: string }>;
  const taken = rows.find((row) => row.documentId !== documentId);
  if (!taken) return [];
  return [
    {
      path: 'key',
      message: `key '${key}' is already used by purpose '${taken.name}' of the same organization: choose another key (consent records and forms name a purpose by its key)`,
    },
  ];
};
