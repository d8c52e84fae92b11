// A tracker must say who sets it: its provider typed in, or the recipient its data goes to (whose name is then shown).
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import { isBlank, type FieldProblem } from './cross-field-rules';

type Entry = Record<string, unknown>;

export type RelationInput = 'set' | 'cleared' | 'unchanged';

/**
 * What a write does to a manyToOne relation, from the forms Strapi 5 accepts: a documentId or id, an object with one,
 * `{ set }`, `{ connect, disconnect }` (the Content Manager sends both empty when the relation is untouched), or null.
 */
export const relationInput = (value: unknown): RelationInput => {
  if (value === undefined) return 'unchanged';
  if (value === null || value === '') return 'cleared';
  if (typeof value === 'string' || typeof value === 'number') return 'set';
  if (Array.isArray(value)) return value.length > 0 ? 'set' : 'cleared';
  if (typeof value === 'object') {
    const object = value as Entry;
    if (typeof object.documentId === 'string' || typeof object.id === 'number') return 'set';
    if (Array.isArray(object.set)) return object.set.length > 0 ? 'set' : 'cleared';
    if (object.set !== undefined && object.set !== null) return 'set';
    const connect = object.connect;
    if ((Array.isArray(connect) && connect.length > 0) || (connect && !Array.isArray(connect))) return 'set';
    const disconnect = object.disconnect;
    if ((Array.isArray(disconnect) && disconnect.length > 0) || (disconnect && !Array.isArray(disconnect))) return 'cleared';
  }
  return 'unchanged';
};

const PROBLEM: FieldProblem = {
  path: 'provider',
  message:
    'provider is empty and no recipient is linked: type who sets the tracker (e.g. Google), or choose in recipient the recipient that receives its data, whose name is then shown (CNIL 2020 cookie guidelines; GDPR Art. 13(1)(e))',
};

/** The cookie's rule "provider or recipient", reading the stored draft's recipient when the write leaves it alone. */
export const cookieProviderProblems = async (
  strapi: Core.Strapi,
  data: Entry,
  merged: Entry,
  documentId: string | undefined,
  locale: string | undefined
): Promise<FieldProblem[]> => {
  if (!isBlank(merged.provider)) return [];
  const input = relationInput(data.recipient);
  if (input === 'set') return [];
  if (input === 'cleared' || !documentId) return [PROBLEM];
  const where: Entry = { documentId, publishedAt: null };
  if (locale) where.locale = locale;
  const stored = (await strapi.db.query(UID.cookie).findOne({ where, populate: ['recipient'] })) as Entry | null;
  return stored?.recipient ? [] : [PROBLEM];
};
