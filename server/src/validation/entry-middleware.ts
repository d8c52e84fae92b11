// Document Service middleware: refuses, with a 400 naming field and article, any save that breaks a cross-field rule.
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../uids';
import { crossFieldProblems, hasCrossFieldRules, type FieldProblem } from './cross-field-rules';
import { cookieProviderProblems } from './cookie-provider';
import { purposeKeyProblems } from './purpose-key';

type Entry = Record<string, unknown>;
type Middleware = Modules.Documents.Middleware.Middleware;

const WRITE_ACTIONS = new Set(['create', 'update']);

export const toValidationError = (problems: FieldProblem[]): errors.ValidationError =>
  new errors.ValidationError(problems.map((p) => p.message).join('; '), {
    errors: problems.map((p) => ({ path: [p.path], message: p.message, name: 'ValidationError', value: null })),
  });

/** The draft of the same document and locale, which an update only partly overwrites. */
const findStoredDraft = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string | undefined,
  locale: string | undefined
): Promise<Entry | null> => {
  if (!documentId) return null;
  const where: Entry = { documentId, publishedAt: null };
  if (locale) where.locale = locale;
  return (await strapi.db.query(uid as never).findOne({ where })) as Entry | null;
};

/** The slug of an organization names it in every API call: one slug per organization, the same in every locale. */
const slugProblems = async (strapi: Core.Strapi, documentId: string | undefined, slug: unknown): Promise<FieldProblem[]> => {
  if (typeof slug !== 'string' || slug === '') return [];
  const rows = (await strapi.db.query(UID.organization).findMany({
    select: ['documentId', 'locale', 'slug', 'name'],
    where: documentId ? { $or: [{ slug }, { documentId }] } : { slug },
  })) as Array<{ documentId: string; locale: string; slug: string; name: string }>;
  const taken = rows.find((row) => row.slug === slug && row.documentId !== documentId);
  if (taken) {
    return [{ path: 'slug', message: `slug '${slug}' is already used by organization '${taken.name}': choose another slug` }];
  }
  const drift = rows.find((row) => row.documentId === documentId && row.slug !== slug);
  if (drift) {
    return [
      {
        path: 'slug',
        message: `slug must be the same in every locale: it is '${drift.slug}' in locale '${drift.locale}', set '${drift.slug}' here too`,
      },
    ];
  }
  return [];
};

export const createValidationMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    const isOrganization = ctx.uid === UID.organization;
    if (!WRITE_ACTIONS.has(ctx.action) || !(isOrganization || hasCrossFieldRules(ctx.uid))) {
      return next();
    }
    const params = ctx.params as { documentId?: string; locale?: string; data?: Entry };
    const data = params.data ?? {};
    const stored = ctx.action === 'update' ? await findStoredDraft(strapi, ctx.uid, params.documentId, params.locale) : null;
    const merged: Entry = { ...(stored ?? {}), ...data };
    const problems = crossFieldProblems(ctx.uid, merged);
    if (isOrganization) {
      problems.push(...(await slugProblems(strapi, params.documentId, merged.slug)));
    }
    if (ctx.uid === UID.purpose) {
      problems.push(...(await purposeKeyProblems(strapi, data, merged, params.documentId)));
    }
    if (ctx.uid === UID.cookie) {
      problems.push(...(await cookieProviderProblems(strapi, data, merged, params.documentId, params.locale)));
    }
    if (problems.length > 0) throw toValidationError(problems);
    return next();
  };
