// Admin routes (admin JWT and the plugin's RBAC actions): organizations, draft preview, completeness report, register, versions.
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import type { DocumentKind } from '../documents/model';
import { UID } from '../uids';
import { getService } from '../utils/get-service';
import { CONSENT_COPY_QUERY, parseDocumentQuery, VERSIONS_QUERY, type QuerySpec } from '../validation/document-query';

const KIND_OPTION = { kind: { values: ['privacy-policy', 'cookie-policy'], default: 'privacy-policy' } };
const PREVIEW_QUERY: QuerySpec<'json'> = { formats: ['json'], options: KIND_OPTION };
const REPORT_QUERY: QuerySpec<'json'> = { formats: ['json'], options: { lang: { values: ['en', 'fr'], default: 'en' } } };
const REGISTER_QUERY: QuerySpec<'json' | 'csv'> = { formats: ['json', 'csv'] };

const publishBody = yup
  .object({
    organization: yup.string().matches(/^[A-Za-z0-9._~-]{1,255}$/, "organization must be an organization's slug").optional(),
    note: yup.string().max(2000, 'note must be at most 2,000 characters').optional().nullable(),
  })
  .noUnknown(true, 'unknown field ${unknown}: allowed fields are organization, note');

const adminController = ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => getService(strapi, 'documents');
  const admin = () => getService(strapi, 'admin-documents');
  const query = (ctx: Context) => ctx.query as Record<string, unknown>;
  const parse = <F extends string>(spec: QuerySpec<F>, ctx: Context) => parseDocumentQuery(spec, query(ctx), ctx.querystring);

  return {
    /** The organizations an editor can pick, from drafts (every entry has one). */
    async organizations(ctx: Context) {
      parse({ formats: ['json'] }, ctx);
      const rows = (await strapi.db.query(UID.organization).findMany({
        select: ['slug', 'name', 'locale'],
        where: { publishedAt: { $null: true } },
        orderBy: { name: 'asc' },
      })) as Array<{ slug: string; name: string; locale: string }>;
      const bySlug = new Map<string, { slug: string; name: string; locales: string[] }>();
      for (const row of rows) {
        const entry = bySlug.get(row.slug) ?? { slug: row.slug, name: row.name, locales: [] };
        entry.locales.push(row.locale);
        bySlug.set(row.slug, entry);
      }
      ctx.body = { data: [...bySlug.values()] };
    },

    async preview(ctx: Context) {
      const q = parse(PREVIEW_QUERY, ctx);
      const organization = await documents().resolveOrganization(q.organization, 'draft');
      const locale = await documents().resolveLocale(q.locale);
      ctx.body = { data: await admin().preview(q.options.kind as DocumentKind, organization, locale) };
    },

    async report(ctx: Context) {
      const q = parse(REPORT_QUERY, ctx);
      const organization = await documents().resolveOrganization(q.organization, 'draft');
      ctx.body = { data: await admin().report(organization, q.options.lang) };
    },

    async register(ctx: Context) {
      const q = parse(REGISTER_QUERY, ctx);
      const organization = await documents().resolveOrganization(q.organization, 'published');
      const locale = await documents().resolveLocale(q.locale);
      const register = await admin().register(organization, locale, q.format);
      if (q.format === 'csv') {
        ctx.type = 'text/csv; charset=utf-8';
        ctx.set('Content-Disposition', `attachment; filename="register-${organization}-${locale}.csv"`);
        ctx.body = register;
        return;
      }
      ctx.body = { data: register };
    },

    /** The same kit as the public route, for the admin page (which works even when the public routes are closed). */
    async consentCopy(ctx: Context) {
      const rendered = await documents().consentCopy(parse(CONSENT_COPY_QUERY, ctx));
      ctx.type = rendered.contentType;
      ctx.body = rendered.bytes;
    },

    async versions(ctx: Context) {
      const q = parse(VERSIONS_QUERY, ctx);
      const rendered = await documents().history(q);
      ctx.type = rendered.contentType;
      ctx.body = rendered.bytes;
    },

    methodNotAllowed(ctx: Context) {
      const allowed = ctx.path.endsWith('/versions') ? 'GET, POST' : 'GET';
      ctx.set('Allow', allowed);
      ctx.throw(405, `${ctx.method} is not allowed on ${ctx.path}: use ${allowed}`);
    },

    async publishVersion(ctx: Context) {
      const raw = (ctx.request as unknown as { body?: unknown }).body;
      if (raw !== undefined && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
        throw new errors.ValidationError('the body must be a JSON object such as {"organization": "acme", "note": "…"}', {
          errors: [{ path: ['body'], message: 'the body must be a JSON object', name: 'ValidationError' }],
        });
      }
      const body = await validateYupSchema(publishBody)(raw ?? {});
      const organization = await documents().resolveOrganization(body.organization, 'published');
      const created = await getService(strapi, 'versions').publish(organization, body.note ?? null);
      await documents().invalidate();
      ctx.body = {
        data: {
          organization,
          created: created.map(({ content, sourceHash, number, ...rest }) => ({ ...rest, version: number })),
          message: created.length ? `${created.length} new version(s) recorded` : 'nothing changed since the last version: no version recorded',
        },
      };
    },
  };
};

export default adminController;
