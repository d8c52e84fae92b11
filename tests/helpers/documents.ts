// The Document Service for the plugin's uids, typed loosely: the test app's generated types do not know the plugin's schemas.
import type { Core } from '@strapi/strapi';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an entry as the Document Service returns it; tests read fields by name
type Entry = Record<string, any>;
interface Params {
  documentId?: string;
  locale?: string;
  status?: 'draft' | 'published';
  data?: Record<string, unknown>;
  filters?: Record<string, unknown>;
  populate?: string[] | Record<string, unknown>;
  fields?: string[];
}

export interface LooseDocuments {
  create(params: Params): Promise<Entry>;
  update(params: Params): Promise<Entry | null>;
  findOne(params: Params): Promise<Entry | null>;
  findFirst(params: Params): Promise<Entry | null>;
  findMany(params: Params): Promise<Entry[]>;
  count(params: Params): Promise<number>;
  publish(params: Params): Promise<unknown>;
  unpublish(params: Params): Promise<unknown>;
  delete(params: Params): Promise<unknown>;
}

export const documentsOf = (strapi: Core.Strapi, uid: string): LooseDocuments =>
  strapi.documents(uid as never) as unknown as LooseDocuments;
