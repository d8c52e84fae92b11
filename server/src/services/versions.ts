// Versions of the published documents: recorded whenever a publish changes the output, numbered without gaps or duplicates.
import type { Core } from '@strapi/strapi';
import { policyView } from '../documents/data-subjects';
import { loadFacts } from '../documents/load-facts';
import type { DocumentFormat } from '../documents/formats';
import { DOCUMENT_KINDS, type DocumentKind } from '../documents/model';
import { documentContent, renderDocumentBodies } from '../documents/render-document';
import { snapshotOf, summarize, type ChangeSummary, type FactsSnapshot } from '../versions/change-summary';
import { UID } from '../uids';
import { getService } from '../utils/get-service';
import { emitVersionCreated } from '../webhooks';

export interface StoredVersion {
  organization: string;
  kind: DocumentKind;
  locale: string;
  number: number;
  effectiveAt: string;
  hash: string;
  /** The hash of the facts and engine it was rendered from (null on versions recorded before it existed). */
  sourceHash: string | null;
  content: { bodies: Partial<Record<DocumentFormat, string>>; facts: FactsSnapshot };
  changeSummary: ChangeSummary;
  materialChange: boolean;
  note: string | null;
}

export type VersionListing = Omit<StoredVersion, 'content' | 'sourceHash'>;

/** The few columns that tell whether the latest version holds a document, without reading its stored bodies. */
export type VersionHead = Pick<StoredVersion, 'number' | 'effectiveAt' | 'hash' | 'sourceHash'> & { id: number };

const HEAD_FIELDS = ['id', 'number', 'effectiveAt', 'hash', 'sourceHash'];

/**
 * Each stored format in a column of its own, so serving one format reads one body. `content` keeps the facts
 * snapshot; versions recorded before these columns existed have their bodies in `content.bodies` instead.
 */
const BODY_COLUMNS = {
  json: 'bodyJson',
  html: 'bodyHtml',
  markdown: 'bodyMarkdown',
  text: 'bodyText',
  jsonld: 'bodyJsonld',
} as const satisfies Partial<Record<DocumentFormat, string>>;
type StoredFormat = keyof typeof BODY_COLUMNS;
type BodyColumns = Partial<Record<(typeof BODY_COLUMNS)[StoredFormat], string | null>>;
const STORED_FORMATS = Object.keys(BODY_COLUMNS) as StoredFormat[];
const isStoredFormat = (format: string): format is StoredFormat => format in BODY_COLUMNS;

const columnsOf = (bodies: StoredVersion['content']['bodies']): BodyColumns =>
  Object.fromEntries(STORED_FORMATS.map((format) => [BODY_COLUMNS[format], bodies[format] ?? null]));

/** A row's bodies: its columns, or the `content.bodies` of a version recorded before them. */
const bodiesOfRow = (row: BodyColumns & { content?: StoredVersion['content'] | null }): StoredVersion['content']['bodies'] => {
  const bodies: StoredVersion['content']['bodies'] = { ...(row.content?.bodies ?? {}) };
  for (const format of STORED_FORMATS) {
    const body = row[BODY_COLUMNS[format]];
    if (typeof body === 'string') bodies[format] = body;
  }
  return bodies;
};

const versionKey = (organization: string, kind: string, locale: string, number: number): string =>
  `${organization}|${kind}|${locale}|${number}`;

/** A second writer took the number first: SQLite, PostgreSQL and MySQL/MariaDB each say so in their own words. */
const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; errno?: number; message?: string } | null;
  return (
    e?.code === '23505' ||
    e?.code === 'ER_DUP_ENTRY' ||
    e?.errno === 1062 ||
    (typeof e?.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT')) ||
    /unique constraint|duplicate entry|UNIQUE constraint failed/i.test(e?.message ?? '')
  );
};

const LISTING_FIELDS = ['organization', 'kind', 'locale', 'number', 'effectiveAt', 'hash', 'changeSummary', 'materialChange', 'note'];

const toIso = (value: unknown): string => new Date(value as string).toISOString();

/** A JSON value with every object's keys in alphabetical order, whatever order the database returned them in. */
const sortedKeys = <T>(value: T): T => {
  if (Array.isArray(value)) return value.map(sortedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])])
  ) as T;
};

const createVersionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => getService(strapi, 'engine');
  const versions = () => strapi.db.query(UID.policyVersion);
  let suspended = 0;
  const pending = new Set<Promise<void>>();

  const normalize = <T extends { effectiveAt: unknown }>(row: T): T => ({ ...row, effectiveAt: toIso(row.effectiveAt) });

  const latest = async (organization: string, kind: DocumentKind, locale: string): Promise<StoredVersion | null> => {
    const row = (await versions().findOne({ where: { organization, kind, locale }, orderBy: { number: 'desc' } })) as StoredVersion | null;
    return row ? normalize(row) : null;
  };

  const latestHead = async (organization: string, kind: DocumentKind, locale: string): Promise<VersionHead | null> => {
    const row = (await versions().findOne({
      select: HEAD_FIELDS,
      where: { organization, kind, locale },
      orderBy: { number: 'desc' },
    })) as VersionHead | null;
    return row ? normalize({ ...row, sourceHash: row.sourceHash ?? null }) : null;
  };

  /** Records a new version of one document when its content changed; returns it, or null when nothing changed. */
  const recordOne = async (
    organization: string,
    kind: DocumentKind,
    locale: string,
    note: string | null
  ): Promise<StoredVersion | null> => {
    const facts = await loadFacts(strapi, { slug: organization, locale, status: 'published' });
    if (!facts) return null;
    const { translator, renderer } = engine();
    const t = translator.forLocale(locale);
    const source = engine().sourceHash(kind, facts);
    const head = await latestHead(organization, kind, locale);
    // Same facts, same engine: the latest version already holds this document, no need to build it.
    if (head && head.sourceHash === source) return null;
    const content = documentContent(t, kind, facts);
    const { hash } = content;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const previous = await latest(organization, kind, locale);
      if (previous?.hash === hash) return null;
      const number = (previous?.number ?? 0) + 1;
      const effectiveAt = new Date().toISOString();
      const rendered = renderDocumentBodies(renderer, t, kind, facts, { version: number, effectiveAt }, content);
      // What the public documents show: a purpose for an internal audience alone is no change of the public policy.
      const snapshot = snapshotOf(policyView(facts));
      const changeSummary = summarize(previous?.content.facts ?? null, snapshot);
      const version: StoredVersion = {
        organization,
        kind,
        locale,
        number,
        effectiveAt,
        hash,
        sourceHash: source,
        content: { bodies: rendered.bodies, facts: snapshot },
        changeSummary,
        materialChange: changeSummary.material,
        note,
      };
      try {
        await versions().create({
          data: {
            ...version,
            content: { bodies: {}, facts: snapshot },
            ...columnsOf(rendered.bodies),
            versionKey: versionKey(organization, kind, locale, number),
          },
        });
        await emitVersionCreated(strapi, version);
        return version;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Another publish recorded this number first: read again, and record after it unless it recorded the same content.
      }
    }
    throw new Error(`could not record a version of ${kind} for '${organization}' (${locale}): too many concurrent publishes`);
  };

  /** Every document of the organizations named (all published ones when none are), in every allowed locale. */
  const recordAll = async (options: { organizations?: readonly string[]; note?: string | null } = {}): Promise<StoredVersion[]> => {
    const { codes } = await getService(strapi, 'resolution').allowedLocales();
    const slugs = options.organizations ?? (await getService(strapi, 'resolution').organizationSlugs('published'));
    const created: StoredVersion[] = [];
    for (const organization of slugs) {
      for (const locale of codes) {
        for (const kind of DOCUMENT_KINDS) {
          const version = await recordOne(organization, kind, locale, options.note ?? null);
          if (version) created.push(version);
        }
      }
    }
    return created;
  };

  return {
    latest,
    latestHead,

    /**
     * One stored format of one version, read by id (versions never change once written): its column alone, or for a
     * version recorded before the columns, its `content`. Undefined when the version does not have that format.
     */
    async bodyOf(id: number, format: DocumentFormat): Promise<string | undefined> {
      if (!isStoredFormat(format)) return undefined;
      const column = BODY_COLUMNS[format];
      const row = (await versions().findOne({ select: [column], where: { id } })) as BodyColumns | null;
      if (typeof row?.[column] === 'string') return row[column] as string;
      const old = (await versions().findOne({ select: ['content'], where: { id } })) as Pick<StoredVersion, 'content'> | null;
      return old?.content?.bodies?.[format];
    },

    async find(organization: string, kind: DocumentKind, locale: string, number: number): Promise<StoredVersion | null> {
      const row = (await versions().findOne({ where: { organization, kind, locale, number } })) as (StoredVersion & BodyColumns) | null;
      if (!row) return null;
      const { content } = row;
      return normalize({ ...row, content: { ...content, bodies: bodiesOfRow(row) } });
    },

    /** Newest first, without the stored content. */
    async list(where: { organization: string; kind?: DocumentKind; locale?: string }): Promise<VersionListing[]> {
      const rows = (await versions().findMany({
        select: LISTING_FIELDS,
        where: Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined)),
        orderBy: [{ effectiveAt: 'desc' }, { number: 'desc' }],
      })) as VersionListing[];
      // PostgreSQL's jsonb reorders object keys: sorted keys give every database the same bytes (and ETag).
      return rows.map((row) => ({ ...normalize(row), changeSummary: sortedKeys(row.changeSummary) }));
    },

    /**
     * After a publish: a version for each document of these organizations whose output changed (the ones a write can
     * change, see versions/affected-organizations.ts; every organization when none are named). Nothing while a batch
     * is running: the batch's end records once.
     */
    async recordChanges(organizations?: readonly string[]): Promise<StoredVersion[]> {
      if (suspended > 0) return [];
      return recordAll({ organizations });
    },

    /** An explicit publication by an editor, with an optional note. */
    publish(organization: string, note: string | null): Promise<StoredVersion[]> {
      return recordAll({ organizations: [organization], note });
    },

    /** Keeps the recording that runs after a transaction's commit until it ends (see register.ts). */
    track(work: Promise<void>): void {
      pending.add(work);
      void work.finally(() => pending.delete(work));
    },

    /** Resolves once no recording started after a commit is still running: awaited on shutdown, before the database closes. */
    async idle(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },

    /** True while a batch defers recording: a write made now is recorded at the batch's end. */
    isBatching: (): boolean => suspended > 0,

    /** Runs many writes (a seed, an import) and records the versions once at the end. */
    async batch<T>(work: () => Promise<T>): Promise<T> {
      suspended += 1;
      try {
        return await work();
      } finally {
        suspended -= 1;
        if (suspended === 0) await recordAll();
      }
    },
  };
};

export type VersionsService = ReturnType<typeof createVersionsService>;
export default createVersionsService;
