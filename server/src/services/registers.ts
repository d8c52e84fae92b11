// The rights-request and breach registers: list, read, record and update entries, each returned with its computed clock.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  toBreach,
  toRightsRequest,
  viewBreach,
  viewRightsRequest,
  type BreachRecord,
  type RightsRequestRecord,
} from '../registers/records';
import { BREACH_RULES, RIGHTS_REQUEST_RULES, violations, type Rule, type RuleViolation } from '../registers/rules';
import { UID } from '../uids';
import { getService } from '../utils/get-service';

type Row = Record<string, unknown>;

interface RegisterSpec<R, V> {
  uid: typeof UID.rightsRequest | typeof UID.breach;
  /** What an entry is called in messages. */
  noun: string;
  toRecord(row: Row): R;
  view(record: R, now: Date): V;
  rules: Array<Rule<R>>;
  sort: string;
}

export const validationError = (found: RuleViolation[]): errors.ValidationError =>
  new errors.ValidationError(found.map((v) => v.message).join('; '), {
    errors: found.map((v) => ({ path: [v.path], message: v.message, name: 'ValidationError' })),
  });

const createRegister = <R extends { documentId: string; organization: string }, V>(strapi: Core.Strapi, spec: RegisterSpec<R, V>) => {
  const documents = () => strapi.documents(spec.uid);

  const findRow = async (documentId: string): Promise<Row> => {
    const row = (await documents().findOne({ documentId })) as Row | null;
    if (!row) throw new errors.NotFoundError(`no ${spec.noun} has the id '${documentId}'`);
    return row;
  };

  /** The organization must exist (in any state: a register is kept from the first draft on). */
  const checkOrganization = async (slug: string): Promise<void> => {
    const slugs = await getService(strapi, 'resolution').organizationSlugs('draft');
    if (!slugs.includes(slug)) {
      throw validationError([
        { path: 'organization', message: `organization '${slug}' was not found: use one of ${slugs.join(', ') || '(none yet)'}` },
      ]);
    }
  };

  const check = (row: Row): void => {
    const found = violations(spec.rules, spec.toRecord(row));
    if (found.length) throw validationError(found);
  };

  return {
    async list(organization: string | undefined, now: Date = new Date()): Promise<V[]> {
      const rows = (await documents().findMany({
        filters: organization ? { organization } : {},
        sort: spec.sort,
        limit: 10_000,
      })) as Row[];
      return rows.map((row) => spec.view(spec.toRecord(row), now));
    },

    async get(documentId: string, now: Date = new Date()): Promise<V> {
      return spec.view(spec.toRecord(await findRow(documentId)), now);
    },

    async record(documentId: string): Promise<R> {
      return spec.toRecord(await findRow(documentId));
    },

    async create(data: Row, now: Date = new Date()): Promise<V> {
      await checkOrganization(String(data.organization));
      check({ ...data, documentId: '' });
      const created = (await documents().create({ data } as never)) as Row;
      return spec.view(spec.toRecord(created), now);
    },

    /** A partial update, checked against the whole entry it produces; the organization never changes. */
    async update(documentId: string, patch: Row, now: Date = new Date()): Promise<V> {
      const existing = await findRow(documentId);
      if (patch.organization !== undefined && patch.organization !== existing.organization) {
        throw validationError([
          { path: 'organization', message: 'organization cannot change: record the entry again under the other organization' },
        ]);
      }
      check({ ...existing, ...patch });
      const updated = (await documents().update({ documentId, data: patch } as never)) as Row;
      return spec.view(spec.toRecord(updated), now);
    },
  };
};

const createRegistersService = ({ strapi }: { strapi: Core.Strapi }) => ({
  requests: createRegister<RightsRequestRecord, ReturnType<typeof viewRightsRequest>>(strapi, {
    uid: UID.rightsRequest,
    noun: 'rights request',
    toRecord: toRightsRequest,
    view: viewRightsRequest,
    rules: RIGHTS_REQUEST_RULES,
    sort: 'receivedAt:desc',
  }),
  breaches: createRegister<BreachRecord, ReturnType<typeof viewBreach>>(strapi, {
    uid: UID.breach,
    noun: 'breach',
    toRecord: toBreach,
    view: viewBreach,
    rules: BREACH_RULES,
    sort: 'awareAt:desc',
  }),
});

export type RegistersService = ReturnType<typeof createRegistersService>;
export default createRegistersService;
